import { describe, expect, it } from 'vitest';
import { shortcutText } from '@shared/domain/shortcuts';

describe('shortcutText', () => {
  it.each([
    [{ modifiers: ['primary'], key: 'L' }, true, { aria: 'Meta+L', label: '⌘L' }],
    [{ modifiers: ['primary'], key: 'L' }, false, { aria: 'Control+L', label: 'Ctrl+L' }],
    [{ modifiers: ['alt'], key: '1' }, true, { aria: 'Alt+1', label: '⌥1' }],
    [{ modifiers: ['alt'], key: '1' }, false, { aria: 'Alt+1', label: 'Alt+1' }],
    [{ modifiers: ['primary', 'shift'], key: 'K' }, false, { aria: 'Control+Shift+K', label: 'Ctrl+Shift+K' }],
    [{ modifiers: ['primary', 'shift'], key: 'K' }, true, { aria: 'Meta+Shift+K', label: '⌘⇧K' }],
    [{ modifiers: [], key: 'Escape' }, false, { aria: 'Escape', label: 'Escape' }],
  ] as const)('%o on a Mac: %s', (keys, isMac, expected) => {
    expect(shortcutText(keys, isMac)).toEqual(expected);
  });
});
