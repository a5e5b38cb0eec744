import type { OccasionKind } from '../domain/occasion-kinds';

/**
 * The end of a note: one closing line and the signature, never two closings.
 *
 * `{{signOff}}` is built from Settings: a signature that already starts with a closing
 * ("Best regards,\nJordan Rivera") is used as it is; otherwise the closing that fits the kind of
 * occasion goes above the signature, or above your name when you have no signature.
 */
export const DEFAULT_CLOSINGS: Record<OccasionKind, string> = {
  interview: 'Warm regards,',
  referral: 'Thanks again,',
  recommendation: 'With gratitude,',
  'advocacy-call': 'Many thanks,',
  'informational-interview': 'With thanks,',
  mentoring: 'Thank you again,',
  other: 'All the best,',
};

/** The closing that fits a kind of occasion (the "other" one for a kind it does not know). */
export function closingFor(kind: OccasionKind | undefined): string {
  return DEFAULT_CLOSINGS[kind ?? 'other'] ?? DEFAULT_CLOSINGS.other;
}

/** The words a closing line starts with, checked case-insensitively against the start of a line. */
const CLOSING_WORDS = [
  String.raw`(?:with\s+)?(?:best|kind|kindest|warm|warmest|many)\s+(?:regards|wishes|thanks)`,
  String.raw`(?:with\s+)?(?:gratitude|appreciation|thanks)`,
  String.raw`(?:yours\s+)?(?:sincerely|truly|faithfully|gratefully|respectfully)(?:\s+yours)?`,
  String.raw`thanks(?:\s+(?:again|so\s+much|a\s+lot))?`,
  String.raw`thank\s+you(?:\s+(?:again|so\s+much))?`,
  String.raw`all\s+the\s+best|regards|best|warmly|cheers|yours|take\s+care|talk\s+soon|many\s+thanks`,
].join('|');
/** A closing alone ("Best regards,") or followed by a name on the same line ("Thanks, Sam"). */
const CLOSING_LINE = new RegExp(String.raw`^(?:${CLOSING_WORDS})\s*(?:[,.!]\s*|[—–-]\s*|$)(?=$|\p{Lu})`, 'iu');

/** Markdown emphasis and escapes around a line, which do not change what it says. */
const plainLine = (line: string) => line.replace(/[*_\\]/gu, '').trim();

/** A line of a note or signature that is a closing, with or without a name after it. */
export function isClosingLine(line: string): boolean {
  const plain = plainLine(line);
  if (plain === '') return false;
  const match = CLOSING_LINE.exec(plain);
  if (!match) return false;
  const name = plain.slice(match[0].length);
  return name.split(/\s+/u).filter(Boolean).length <= 4;
}

/**
 * A signature without the closing it starts with: "Best regards,\nJordan" → "Jordan",
 * "Thanks, Sam" → "Sam". Anything else is returned as it is.
 */
export function withoutClosing(signature: string): string {
  const lines = signature.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1 || !isClosingLine(lines[first]!)) return signature;
  const plain = plainLine(lines[first]!);
  const name = plain.slice(CLOSING_LINE.exec(plain)![0].length).trim();
  return [...(name === '' ? [] : [name]), ...lines.slice(first + 1)].join('\n').trim();
}

/** Whether the last line with text before `offset` is a closing line (a template's own "Warm regards,"). */
export function followsClosingLine(text: string, offset: number): boolean {
  const before = text.slice(0, offset).split('\n');
  // The field's own line, up to the field, counts only when it has text ("Thanks, {{me.name}}").
  const own = before.pop()!;
  if (own.trim() !== '') return isClosingLine(own);
  const last = before.reverse().find((line) => line.trim() !== '');
  return last !== undefined && isClosingLine(last);
}

/**
 * The sign-off as Markdown: the signature when it has its own closing; else the kind's closing
 * above the signature (or the name). `signature` is Markdown, `name` already escaped. Empty when
 * there is neither a signature nor a name.
 */
export function signOffMarkdown(kind: OccasionKind | undefined, signature: string, name: string): { closing: string; signature: string } {
  const closing = closingFor(kind);
  if (signature !== '' && isClosingLine(signature.split('\n').find((line) => line.trim() !== '') ?? '')) return { closing: '', signature };
  return { closing, signature: signature || name };
}
