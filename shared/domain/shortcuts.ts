// Keyboard shortcuts as the user's platform names them: macOS writes ⌘ and ⌥ where Linux and Windows
// write Ctrl and Alt. One function makes every label and `aria-keyshortcuts` value, so the navigation,
// the quick log and the forms never disagree.

/** `primary` is ⌘ on macOS and Ctrl elsewhere; `alt` is ⌥ on macOS and Alt elsewhere. */
export type ShortcutModifier = 'primary' | 'alt' | 'shift';

export type Shortcut = { modifiers: readonly ShortcutModifier[]; key: string };

export type ShortcutText = {
  /** For `aria-keyshortcuts` (WAI-ARIA names: Control, Meta, Alt, Shift). */
  aria: string;
  /** As shown on screen: `⌘L`, `Ctrl+L`, `⌥1`, `Alt+1`. */
  label: string;
};

const MAC_SYMBOLS: Record<ShortcutModifier, string> = { primary: '⌘', alt: '⌥', shift: '⇧' };
const OTHER_NAMES: Record<ShortcutModifier, string> = { primary: 'Ctrl', alt: 'Alt', shift: 'Shift' };

export function shortcutText(shortcut: Shortcut, isMac: boolean): ShortcutText {
  const aria = [
    ...shortcut.modifiers.map((modifier) =>
      modifier === 'primary' ? (isMac ? 'Meta' : 'Control') : modifier === 'alt' ? 'Alt' : 'Shift',
    ),
    shortcut.key,
  ].join('+');
  const label = isMac
    ? shortcut.modifiers.map((modifier) => MAC_SYMBOLS[modifier]).join('') + shortcut.key
    : [...shortcut.modifiers.map((modifier) => OTHER_NAMES[modifier]), shortcut.key].join('+');
  return { aria, label };
}

/** A new strategy moment, from anywhere: the moment a decision is heard of is when it is best recorded. */
export const NEW_MOMENT_KEYS: Shortcut = { modifiers: ['primary', 'shift'], key: 'M' };

/**
 * The conversation form's own shortcuts, for the quick log by keyboard alone: add a promise either way, rate
 * how it felt, and reach the details (kind, time, title, tags) that default to "1:1, now".
 */
export const CONVERSATION_FORM_KEYS = {
  iOwe: { modifiers: ['alt'], key: 'I' },
  theyOwe: { modifiers: ['alt'], key: 'T' },
  /** Alt+1 … Alt+5 rate it; Alt+0 clears the rating. */
  warmth: { modifiers: ['alt'], key: '1…5' },
  details: { modifiers: ['alt'], key: 'K' },
} as const satisfies Record<string, Shortcut>;
