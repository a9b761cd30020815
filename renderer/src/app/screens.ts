import { shortcut } from '@renderer/platform/keyboard';
import type { ShortcutText } from '@shared/domain/shortcuts';

/** The screens of the main navigation, in order; Alt+1 … Alt+6 go to them. */
export const SCREENS = [
  { path: '/', label: 'Today' },
  { path: '/people', label: 'People' },
  { path: '/log', label: 'Log' },
  { path: '/check-in', label: 'Check-in' },
  { path: '/roadmap', label: 'Roadmap room' },
  { path: '/settings', label: 'Settings' },
] as const;

/** Alt+1 … Alt+6 (⌥1 … ⌥6 on a Mac). */
export function shortcutFor(index: number): ShortcutText {
  return shortcut({ modifiers: ['alt'], key: String(index + 1) });
}
