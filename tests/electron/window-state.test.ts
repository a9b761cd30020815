import { describe, expect, it } from 'vitest';
import { parseWindowState, serializeWindowState } from '../../electron/main/window-state';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 900 };
const SAVED = { x: 100, y: 80, width: 1100, height: 700, maximized: false };

describe('parseWindowState', () => {
  it('reads back what was saved', () => {
    const text = serializeWindowState({ x: 100, y: 80, width: 1100, height: 700 }, false);
    expect(parseWindowState(text, [LAPTOP])).toEqual(SAVED);
  });

  it.each([
    ['no file', null],
    ['empty text', ''],
    ['broken JSON', '{"x": 1'],
    ['a string', '"hello"'],
    ['an array', '[1,2,3]'],
    ['a missing field', JSON.stringify({ x: 1, y: 1, width: 800 })],
    ['fractions', JSON.stringify({ ...SAVED, width: 800.5 })],
    ['a tiny window', JSON.stringify({ ...SAVED, width: 10, height: 10 })],
    ['a huge window', JSON.stringify({ ...SAVED, width: 1e9 })],
    ['an extra field', JSON.stringify({ ...SAVED, extra: true })],
    ['a __proto__ key', '{"x":100,"y":80,"width":1100,"height":700,"maximized":false,"__proto__":{"polluted":1}}'],
  ])('ignores %s', (_case, text) => {
    expect(parseWindowState(text, [LAPTOP])).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('ignores a position on a monitor that is no longer there', () => {
    const onSecondMonitor = JSON.stringify({ ...SAVED, x: 2000 });
    expect(parseWindowState(onSecondMonitor, [LAPTOP])).toBeNull();
    expect(parseWindowState(onSecondMonitor, [LAPTOP, { x: 1440, y: 0, width: 1920, height: 1080 }])).toEqual({
      ...SAVED,
      x: 2000,
    });
  });

  it('keeps a window that is partly off screen but can still be grabbed', () => {
    const partly = { ...SAVED, x: -900 };
    expect(parseWindowState(JSON.stringify(partly), [LAPTOP])).toEqual(partly);
  });
});
