import { listOf, quote, type CheckResult } from './check-types';

/** Each placeholder once, however its case varies ("TBD", "tbd"). */
function distinct(found: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of found) if (!seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  return [...seen.values()];
}

/** A long prompt shortened at a word, its closing bracket kept: "[One sentence on what you would…]". */
function shorten(text: string, max = 40): string {
  if (text.length <= max) return quote(text, max);
  const closing = /[\]}>%]$/u.test(text) ? text.slice(-1) : '';
  return quote(`${text.slice(0, max - 4).replace(/\s+\S*$/u, '')}…${closing}`, max);
}

/** `body` and `subject`: placeholders as collected by reader-text (Markdown links and escapes already excluded). */
export function checkPlaceholders(body: readonly string[], subject: readonly string[]): CheckResult {
  const found = distinct(body).map((text) => shorten(text));
  for (const text of distinct(subject)) found.push(`${shorten(text)} in the subject`);
  if (found.length === 0) return { ok: true, message: 'No placeholders left to fill in.' };
  if (found.length === 1) return { ok: false, message: `Fill in the placeholder ${found[0]}.` };
  return { ok: false, message: `Fill in ${found.length} placeholders: ${listOf(found, 3)}.` };
}
