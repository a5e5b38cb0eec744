/**
 * Puts focus back after an overlay (dialog, menu) is gone: on the control that opened it when
 * that is still on the page, else on the main content, so a keyboard or screen-reader user is
 * never left on <body> at the top of the document. Focus that the overlay's own action moved
 * somewhere on purpose (a new screen's heading, another dialog) is left where it is.
 */
export function returnFocus(opener: HTMLElement | null, overlay: HTMLElement): void {
  const current = document.activeElement;
  // Focus on the main content itself is only ever the stand-in for a lost focus (keepFocusInPage).
  const lost = current === null || current === document.body || current.id === 'main' || overlay.contains(current) || !current.isConnected;
  if (!lost) return;
  if (opener?.isConnected) {
    opener.focus({ preventScroll: true });
    if (document.activeElement === opener) return;
  }
  document.getElementById('main')?.focus({ preventScroll: true });
}

/**
 * Watches `container` (the main content) for the focused control being taken off the page — a
 * row marked sent, a follow-up done, a template deleted, often a moment after the dialog that
 * did it closed — and puts focus on the container instead of leaving it on <body>.
 * Returns the function that stops watching.
 */
export function keepFocusInPage(container: HTMLElement): () => void {
  let lastFocused: Element | null = null;
  const remember = (event: FocusEvent) => {
    lastFocused = event.target instanceof Element ? event.target : null;
  };
  let pending = 0;
  const check = () => {
    pending = 0;
    if (document.activeElement !== document.body || !lastFocused || lastFocused.isConnected) return;
    // A dialog or menu being closed puts focus back itself.
    if (document.querySelector('dialog[open]')) return;
    lastFocused = null;
    container.focus({ preventScroll: true });
  };
  // A frame later: a closing dialog gives focus back in its cleanup, after the DOM has changed.
  const observer = new MutationObserver(() => {
    if (!pending) pending = requestAnimationFrame(check);
  });
  document.addEventListener('focusin', remember);
  observer.observe(container, { childList: true, subtree: true });
  return () => {
    document.removeEventListener('focusin', remember);
    observer.disconnect();
    cancelAnimationFrame(pending);
  };
}
