import { clickLink } from './click-link';

/** How long the file's object URL lives: the download starts asynchronously after the click. */
const REVOKE_AFTER_MS = 60_000;

/** Saves `content` (text or bytes) as a file through the browser's download (browser mode's "Save as email draft", exports). */
export function downloadFile(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  clickLink(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
