import { ariaKeys, IS_MAC, keyLabel } from '../lib/platform-keys';

/**
 * Alt+N (⌥N) moves on to the next thank-you owed. Free in the editor: CodeMirror's keymaps and
 * ours use Mod and Shift (Mod+Enter inserts a blank line there), and the app's own is Mod+L.
 */
export const NEXT_OWED_SHORTCUT = { label: keyLabel('Alt+N'), aria: ariaKeys('Alt+N') };

/** On a Mac, ⌥N types a dead key ("˜"), so the key's place on the keyboard is what counts there. */
export function isNextOwedKey(event: KeyboardEvent, mac: boolean = IS_MAC): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  return event.key.toLowerCase() === 'n' || (mac && event.code === 'KeyN');
}
