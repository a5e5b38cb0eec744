/**
 * Whether a modal dialog or a menu is open. Page-wide keys (Escape to leave, a shortcut to move
 * on) wait while one is: there Escape closes it, and nothing behind it should move.
 */
export function isOverlayOpen(): boolean {
  return document.querySelector('dialog[open], [role="menu"]') !== null;
}
