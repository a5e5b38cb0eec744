/** What goes on the clipboard: plain text, and for rich text the HTML a mail editor pastes with formatting. */
export interface ClipboardContent {
  text: string;
  html: string | null;
}

/**
 * Puts the note on the clipboard from the page (browser mode). Rejects when the browser refuses
 * (no permission, the window not focused, no Clipboard API), so the caller can say so and show
 * the text instead.
 *
 * Rich text goes through a copy event: its clipboardData takes the HTML as it is. The Clipboard
 * API's `write` would do too, but Chromium sanitizes the HTML by parsing it in this page, whose
 * CSP (`style-src 'self'`) refuses the mail's inline style attributes, one console error each.
 */
export async function writeClipboard({ text, html }: ClipboardContent): Promise<void> {
  if (html === null) return navigator.clipboard.writeText(text);
  if (copyThroughEvent({ 'text/html': html, 'text/plain': text })) return;
  // No copy event allowed (the click that asked is too long ago): the Clipboard API, with the
  // HTML's style attributes left out so that parsing it breaks no rule (the formatting stays).
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([withoutStyleAttributes(html)], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    }),
  ]);
}

/** Writes `flavours` from a copy event the page starts itself; false when the browser does not let it. */
function copyThroughEvent(flavours: Record<string, string>): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    for (const [type, data] of Object.entries(flavours)) event.clipboardData.setData(type, data);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = true;
  };
  // Without a selection, Chromium runs "copy" only when a beforecopy handler asks for it.
  const onBeforeCopy = (event: Event) => event.preventDefault();
  document.addEventListener('copy', onCopy, true);
  document.addEventListener('beforecopy', onBeforeCopy, true);
  try {
    return document.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy, true);
    document.removeEventListener('beforecopy', onBeforeCopy, true);
  }
}

/** The HTML without its `style="…"` attributes (the markup is ours: markdownToEmailHtml writes them double-quoted). */
export function withoutStyleAttributes(html: string): string {
  return html.replace(/\sstyle="[^"]*"/gu, '');
}
