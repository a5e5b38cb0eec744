/**
 * Puts focus back after an overlay (dialog, menu) is gone: on the control that opened it when
 * that is still on the page, else on the main content, so a keyboard or screen-reader user is
 * never left on <body> at the top of the document. Focus that the overlay's own action moved
 * somewhere on purpose (a new screen's heading, another dialog) is left where it is.
 */
export function returnFocus(opener: HTMLElement | null, overlay: HTMLElement): void {
  const current = document.activeElement;
  const lost = current === null || current === document.body || overlay.contains(current) || !current.isConnected;
  if (!lost) return;
  if (opener?.isConnected) {
    opener.focus({ preventScroll: true });
    if (document.activeElement === opener) return;
  }
  document.getElementById('main')?.focus({ preventScroll: true });
}
