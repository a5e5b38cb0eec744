/** What goes on the clipboard: plain text, and for rich text the HTML a mail editor pastes with formatting. */
export interface ClipboardContent {
  text: string;
  html: string | null;
}

/**
 * Puts the note on the clipboard from the page (browser mode). Rejects when the browser refuses
 * (no permission, the window not focused, no Clipboard API), so the caller can say so and show
 * the text instead.
 */
export async function writeClipboard({ text, html }: ClipboardContent): Promise<void> {
  if (html === null) return navigator.clipboard.writeText(text);
  // Both flavours: a rich editor (Gmail, Outlook on the web) takes the HTML, a plain box the text.
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    }),
  ]);
}
