import type { Page } from '@playwright/test';

// These run in the page; the e2e tsconfig has no DOM types, hence the casts of globalThis.
interface ClipboardItemLike {
  types: readonly string[];
  getType(type: string): Promise<{ text(): Promise<string> }>;
}

/** The clipboard's plain text, as the page reads it (grant 'clipboard-read' first). */
export function readClipboardText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const clipboard = (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard;
    return clipboard.readText();
  });
}

/** Every flavour on the clipboard (text/html, text/plain…) with its content. */
export function readClipboardFlavours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const clipboard = (globalThis as unknown as { navigator: { clipboard: { read(): Promise<ClipboardItemLike[]> } } }).navigator.clipboard;
    const flavours: Record<string, string> = {};
    for (const item of await clipboard.read()) {
      for (const type of item.types) flavours[type] = await (await item.getType(type)).text();
    }
    return flavours;
  });
}

/** From the next load on, the page's clipboard refuses plain-text writes, as a browser may. */
export async function refuseClipboardWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const clipboard = (globalThis as unknown as { navigator: { clipboard: { writeText(text: string): Promise<void> } } }).navigator.clipboard;
    clipboard.writeText = () => Promise.reject(new Error('Write permission denied.'));
  });
}
