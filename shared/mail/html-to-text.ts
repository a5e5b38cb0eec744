import { decodeHTML } from 'entities';

/**
 * Raw HTML typed into a note, as text: line-break tags become line breaks, block ends a line
 * break, comments and every other tag go, entities are decoded. Not a sanitizer for HTML that
 * is kept: its output is text, escaped again wherever it goes into HTML.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr)\s*>/giu, '\n')
    .replace(/<[^>]*>/gu, '');
  return decodeHTML(text);
}
