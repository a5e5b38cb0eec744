/**
 * The text layer shared by the vCard 3.0 (RFC 2426) and iCalendar (RFC 5545) writers: escaping of
 * values and parameters, line folding, UTC stamps and file names.
 *
 * Written here rather than taken from ical.js 2.2.1 (whose reader the tests use): its serializer
 * was checked and folds continuation lines at 76 octets (a space plus 75), one more than RFC 5545
 * §3.1 and RFC 2426 §2.6 allow, and writes a double quote in a parameter as RFC 6868 `^'`, which
 * Outlook shows as it is. Building jCal/jCard arrays for it and folding again would be more code
 * than the few lines here.
 */

export const CRLF = '\r\n';

/** Octets a line may hold, the line break not counted (RFC 5545 §3.1, RFC 2426 §2.6). */
const MAX_OCTETS = 75;

// eslint-disable-next-line no-control-regex -- control characters are what we remove
const CONTROLS_EXCEPT_TAB_AND_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f]/gu;
// eslint-disable-next-line no-control-regex -- control characters are what we remove
const CONTROLS = /[\u0000-\u001f\u007f]+/gu;
/** With the u flag, a surrogate range matches only a surrogate without its pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * A TEXT value, escaped: "\" "," ";" and line breaks (any of CRLF, CR, LF) become "\\" "\,"
 * "\;" and "\n". Other control characters (none get past the contract) are dropped, and a lone
 * surrogate becomes U+FFFD, so the output is always valid UTF-8.
 *
 * `semicolons: false` leaves ";" as it is, for vCard values that are not structured (see
 * vcard-export.ts): RFC 6350 escapes ";" only where it separates components, and readers that
 * follow it (ical.js, so Thunderbird) show a "\;" in a note with its backslash.
 */
export function escapeText(value: string, { semicolons = true }: { semicolons?: boolean } = {}): string {
  return value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/gu, '\n')
    .replace(CONTROLS_EXCEPT_TAB_AND_NEWLINE, '')
    .replace(semicolons ? /[\\;,\n]/gu : /[\\,\n]/gu, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/**
 * A value written as it is (a URI, a UID that came from another file): only line breaks and other
 * control characters, which no value may hold, are taken out.
 */
export function verbatim(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS, ' ').trim();
}

/**
 * A parameter value (RFC 5545 §3.2, RFC 2426 §4): in double quotes when it holds "," ";" or ":".
 * A parameter value cannot hold a double quote at all; RFC 6868's `^'` is read by few programs
 * (Outlook shows it as it is), so a double quote becomes a single one. Line breaks become spaces.
 */
export function paramValue(value: string): string {
  const clean = verbatim(value).replace(/"/gu, "'").replace(/\s+/gu, ' ');
  return /[,;:]/u.test(clean) ? `"${clean}"` : clean;
}

/**
 * One content line folded (RFC 5545 §3.1): no physical line longer than 75 octets of UTF-8, the
 * leading space of a continuation counted; breaks fall only between characters (code points), so
 * a multi-byte character is never split, and never inside a backslash escape ("\n", "\,"), which
 * some readers unescape before they unfold.
 */
export function foldLine(line: string): string {
  if (line.length <= MAX_OCTETS && !/[^\x20-\x7e]/u.test(line)) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const unit of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    const size = utf8Length(unit);
    if (octets + size > MAX_OCTETS && current !== '') {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function utf8Length(text: string): number {
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return length;
}

/** Content lines as a file: each folded, each ended by CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

/** An instant as a UTC DATE-TIME, "20261201T190000Z" (seconds kept, milliseconds dropped); null for an unreadable one. */
export function utcStamp(instant: Date | string): string | null {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (!Number.isFinite(time)) return null;
  return new Date(time).toISOString().replace(/\.\d{3}/u, '').replace(/[-:]/gu, '');
}

/** The local calendar date of an instant, "2026-12-01". */
export function localDate(instant: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(instant.getFullYear()).padStart(4, '0')}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** Names Windows keeps for devices, whatever follows the first dot ("CON.vcf", "Nul.tar.gz" cannot be saved). */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(?:\.|$)/iu;

/**
 * A file name safe on Windows, macOS and Linux: the characters none of them allow or that
 * Windows reserves (`/ \ : * ? " < > |` and control characters) become spaces, runs of spaces
 * one, no leading dot (a hidden file on macOS and Linux) nor trailing dot or space (Windows drops
 * them), at most 80 characters before the extension; a device name such as "CON" gets a "_" before it.
 * `fallback` stands in when nothing is left.
 */
export function safeFileName(base: string, extension: string, fallback: string): string {
  let cleaned = base
    .replace(LONE_SURROGATE, '')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/gu, ' ') // eslint-disable-line no-control-regex -- control characters are what we remove
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[. ]+/u, '');
  cleaned = Array.from(cleaned).slice(0, 80).join('').replace(/[. ]+$/u, '');
  if (cleaned === '') cleaned = fallback;
  if (WINDOWS_RESERVED.test(cleaned)) cleaned = `_${cleaned}`;
  return `${cleaned}.${extension}`;
}
