/** What one check says, before review-note gives it its id. */
export interface CheckResult {
  ok: boolean;
  message: string;
  /** Text the UI may offer to insert with one click. */
  suggestion?: string;
}

/** Quotes text from the note in a message, shortened so the message stays one line. */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/[\u2060\u2063]/gu, '').replace(/\s+/gu, ' ').trim();
  return `“${clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean}”`;
}

/** "A", "A and B", "A, B and C", "A, B and 2 more" (at most `shown` named, or all when one more would be left). */
export function listOf(items: readonly string[], shown = 2): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length <= shown + 1) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}
