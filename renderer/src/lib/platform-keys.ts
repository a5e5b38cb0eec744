/** The one place that knows whether this is a Mac, and how its keyboard writes a shortcut. */
export const IS_MAC = navigator.platform.startsWith('Mac');

const MAC_NAMES: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Enter: '↵' };
const OTHER_NAMES: Record<string, string> = { Mod: 'Ctrl' };

const partsOf = (keys: string) => (keys.length === 1 ? [keys] : keys.split(/[-+]/u));
const keyName = (part: string) => (part.length === 1 ? part.toUpperCase() : part);

/**
 * A shortcut as the user's keyboard says it: `Mod+L` (or CodeMirror's `Mod-Shift-8`) is "⌘L" /
 * "⌘⇧8" on a Mac and "Ctrl+L" / "Ctrl+Shift+8" elsewhere.
 */
export function keyLabel(keys: string, mac: boolean = IS_MAC): string {
  const names = partsOf(keys).map((part) => keyName(mac ? (MAC_NAMES[part] ?? part) : (OTHER_NAMES[part] ?? part)));
  return names.join(mac ? '' : '+');
}

/** The same shortcut for `aria-keyshortcuts` ("Control+B", "Meta+B"). */
export function ariaKeys(keys: string, mac: boolean = IS_MAC): string {
  return partsOf(keys)
    .map((part) => keyName(part === 'Mod' ? (mac ? 'Meta' : 'Control') : part))
    .join('+');
}

/** The keys that save a form, as shown on its button. */
export const SUBMIT_SHORTCUT_LABEL = keyLabel('Mod+Enter');
