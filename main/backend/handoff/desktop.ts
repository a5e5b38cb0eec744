/**
 * What a hand-off needs of the operating system. The Electron shell implements it with `shell`,
 * `clipboard` and `dialog` (main/electron/desktop.ts). In browser mode there is none: the page
 * does these things itself with what the backend prepared (`performedBy: 'page'`).
 */
export interface Desktop {
  /** Opens a `mailto:` link with the default mail app. Rejects when the system could not (none set up). */
  openMailLink(url: string): Promise<void>;
  /** Puts text, and optionally the same as HTML, on the system clipboard. Rejects when it could not. */
  writeClipboard(content: { text: string; html?: string }): Promise<void>;
  /** Asks where to save (a save dialog) and writes the file; resolves to its path, or null when cancelled. */
  saveFile(suggestedName: string, content: string): Promise<string | null>;
  /** Opens a saved file with its default program. Rejects with the system's reason. */
  openFile(path: string): Promise<void>;
}
