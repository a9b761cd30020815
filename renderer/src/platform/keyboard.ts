import { shortcutText, type Shortcut, type ShortcutText } from '@shared/domain/shortcuts';

/** macOS uses ⌘ and ⌥ where other systems use Ctrl and Alt. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A shortcut's label and `aria-keyshortcuts` value for this machine. */
export function shortcut(keys: Shortcut): ShortcutText {
  return shortcutText(keys, IS_MAC);
}
