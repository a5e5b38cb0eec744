import { clickLink } from './click-link';

/** How long the file's object URL lives: the download starts asynchronously after the click. */
const REVOKE_AFTER_MS = 60_000;

/** Saves `content` as a file through the browser's download (browser mode's "Save as email draft"). */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  clickLink(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
