import { decodeText } from './decode-text';

/**
 * The first step of reading a vCard file: its bytes into content lines ("properties"), each with
 * its group, name, parameters and still-encoded value, and the line of the file it starts on.
 *
 * What joins lines differs by property:
 * - RFC folding (vCard 3.0/4.0, also common in 2.1): a line break followed by a space or tab
 *   continues the line; the break and that one character go.
 * - Quoted-printable soft line breaks (vCard 2.1, Android and Outlook): a QP value ending in "="
 *   continues on the next line whatever that line starts with, the "=" going. This is decided
 *   before folding, so a continuation that starts with a space keeps it.
 * - vCard 2.1 BASE64 values (PHOTO, KEY, LOGO…) run over lines of base64 text, indented or not,
 *   up to a blank line; a line with no ":" inside such a value is taken as more of it.
 * - A folded line never swallows BEGIN:VCARD or END:VCARD, and a card written with every line
 *   indented (vCards that web pages build from indented templates) is read without its indent.
 *
 * Encodings: a file that is valid UTF-8 (with or without a byte-order mark) or UTF-16 (Outlook;
 * decodeText knows it with or without a mark) is read as text. Any other file is read byte by byte
 * ("binary": each character of a value stands for one byte) and each value is decoded on its own
 * (its CHARSET, else UTF-8, else windows-1252; vcard-values.ts), so a fold that splits a UTF-8
 * character, or one windows-1252 line in a UTF-8 file, spoils nothing.
 */

export interface VCardParams {
  /** TYPE values and bare 2.1 type parameters, lower case ("cell", "pref", "internet"…). */
  types: string[];
  /** ENCODING, lower case ("quoted-printable", "base64", "b"…), or null. */
  encoding: string | null;
  /** CHARSET as written, or null. */
  charset: string | null;
  /** The vCard 4.0 PREF number (1 is most preferred), or null. */
  pref: number | null;
  /** Every other parameter: upper-case name → values (unquoted, RFC 6868 ^-escapes decoded); null when there are none. */
  other: Map<string, string[]> | null;
}

/** One property of a card. Its parameters are read when first asked for: most lines never need them. */
export class ContentLine {
  private parsedParams: VCardParams | null;

  constructor(
    /** Line of the file where the property starts (1-based). */
    readonly line: number,
    /** The group before the name ("item1" in "item1.URL"), lower case, or null. */
    readonly group: string | null,
    /** Upper case. */
    readonly name: string,
    /** The parameters as written, after the first ";" and before the ":". */
    private readonly paramText: string,
    /** The value as written: folds and soft line breaks removed, still quoted-printable and escaped when it was. */
    readonly value: string,
    /** True when the file was not text: each character of `value` stands for one byte, still to be decoded. */
    readonly binary: boolean,
    params: VCardParams | null = null,
  ) {
    this.parsedParams = params;
  }

  get params(): VCardParams {
    this.parsedParams ??= parseParams(this.paramText);
    return this.parsedParams;
  }
}

const ENCODINGS = new Set(['quoted-printable', 'base64', 'b', '8bit', '7bit']);
const CHARSET_LIKE = /^(?:utf-?8|utf-16|us-ascii|ascii|iso-8859-\d+|iso8859-\d+|windows-125\d|cp125\d|latin-?1|shift_jis|euc-jp|euc-kr|gb2312|gbk|gb18030|big5|koi8-[ru])$/u;

/**
 * The file's content lines, in file order, one at a time (a caller that keeps only the current
 * card's lines keeps memory small); lines that are not properties (no ":") are left out.
 */
export function* readContentLines(bytes: Uint8Array): Generator<ContentLine> {
  const { text, binary } = fileText(bytes);
  const breaks = new LineBreaks(text);
  let current: Pending | null = null;
  let lineNumber = 0;
  let start = 0;
  let indent = 0;
  while (start < text.length) {
    const { end, next } = breaks.after(start);
    lineNumber++;
    let raw = text.slice(start, end);
    start = next;

    // A card whose lines are all indented (web pages that write vCards from indented templates):
    // the indentation of the line after BEGIN:VCARD is taken off every line up to END:VCARD.
    if (indent > 0) raw = raw.slice(Math.min(indent, firstNonBlank(raw)));
    else if (current !== null && cardBoundary(current.text) === 'begin' && firstNonBlank(raw) > 0 && firstNonBlank(raw) < raw.length) {
      indent = firstNonBlank(raw);
      raw = raw.slice(indent);
    }

    if (current !== null && continues(current, raw)) continue;
    if (current !== null) {
      const line = toContentLine(current, binary);
      current = null;
      if (line) yield line;
    }
    const first = firstNonBlank(raw);
    if (first === raw.length) continue;
    current = { line: lineNumber, text: first === 0 ? raw : raw.slice(first), head: undefined };
    if (cardBoundary(raw) === 'end') indent = 0;
  }
  if (current !== null) {
    const line = toContentLine(current, binary);
    if (line) yield line;
  }
}

/** Finds CRLF, LF and CR line breaks, each text searched once. */
class LineBreaks {
  private cr: number;
  private lf: number;

  constructor(private readonly text: string) {
    this.cr = text.indexOf('\r');
    this.lf = text.indexOf('\n');
  }

  /** Where the line starting at `start` ends, and where the next one starts. */
  after(start: number): { end: number; next: number } {
    if (this.cr !== -1 && this.cr < start) this.cr = this.text.indexOf('\r', start);
    if (this.lf !== -1 && this.lf < start) this.lf = this.text.indexOf('\n', start);
    if (this.cr === -1 && this.lf === -1) return { end: this.text.length, next: this.text.length };
    if (this.cr === -1 || (this.lf !== -1 && this.lf < this.cr)) return { end: this.lf, next: this.lf + 1 };
    return { end: this.cr, next: this.lf === this.cr + 1 ? this.cr + 2 : this.cr + 1 };
  }
}

interface Pending {
  line: number;
  text: string;
  /** The name and parameters once known; undefined until first needed, null when the line has no ":" yet. */
  head: Head | null | undefined;
}

interface Head {
  name: string;
  group: string | null;
  paramText: string;
  valueStart: number;
  /** Parsed only when the reader needs to know the encoding. */
  params: VCardParams | null;
}

/** Appends `raw` to the pending property when it continues it; true if it did. */
function continues(pending: Pending, raw: string): boolean {
  if (pending.text.endsWith('=') && encodingOf(pending) === 'quoted-printable' && cardBoundary(raw) === null) {
    pending.text = pending.text.slice(0, -1) + raw;
    return true;
  }
  const first = raw.charCodeAt(0);
  if ((first === 0x20 || first === 0x09) && cardBoundary(raw) === null) {
    if (firstNonBlank(raw) === raw.length && isBase64(pending)) return false; // a line of only spaces ends 2.1 base64
    pending.text += raw.slice(1);
    return true;
  }
  if (raw.length > 0 && !raw.includes(':') && isBase64(pending)) {
    pending.text += raw;
    return true;
  }
  return false;
}

function isBase64(pending: Pending): boolean {
  const encoding = encodingOf(pending);
  return encoding === 'base64' || encoding === 'b';
}

function encodingOf(pending: Pending): string | null {
  const head = headOf(pending);
  if (!head) return null;
  head.params ??= parseParams(head.paramText);
  return head.params.encoding;
}

function headOf(pending: Pending): Pending['head'] {
  if (!pending.head) pending.head = parseHead(pending.text);
  return pending.head;
}

function toContentLine(pending: Pending, binary: boolean): ContentLine | null {
  const head = headOf(pending);
  if (!head) return null;
  return new ContentLine(pending.line, head.group, head.name, head.paramText, pending.text.slice(head.valueStart), binary, head.params);
}

/** Name, group and parameter text of a property line, and where its value starts; null when there is no ":". */
function parseHead(text: string): Head | null {
  let colon = text.indexOf(':');
  if (colon < 0) return null;
  const quote = text.indexOf('"');
  if (quote !== -1 && quote < colon) colon = colonOutsideQuotes(text) ?? colon;

  const semicolon = text.indexOf(';');
  const hasParams = semicolon !== -1 && semicolon < colon;
  const fullName = (hasParams ? text.slice(0, semicolon) : text.slice(0, colon)).trim();
  const dot = fullName.indexOf('.');
  return {
    group: dot > 0 ? fullName.slice(0, dot).toLowerCase() : null,
    name: (dot > 0 ? fullName.slice(dot + 1) : fullName).toUpperCase(),
    paramText: hasParams ? text.slice(semicolon + 1, colon) : '',
    valueStart: colon + 1,
    params: hasParams ? null : NO_PARAMS,
  };
}

/** The first ":" not inside double quotes; null when a quote is never closed. */
function colonOutsideQuotes(text: string): number | null {
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return index;
  }
  return null;
}

/** The parameters of the many properties that have none; never changed. */
const NO_PARAMS: VCardParams = Object.freeze({ types: Object.freeze([]) as unknown as string[], encoding: null, charset: null, pref: null, other: null });

function parseParams(text: string): VCardParams {
  if (text === '') return NO_PARAMS;
  const params: VCardParams = { types: [], encoding: null, charset: null, pref: null, other: null };
  for (const segment of text.includes('"') ? splitOutsideQuotes(text, ';') : text.split(';')) addParam(params, segment);
  return params;
}

function addParam(params: VCardParams, segment: string): void {
  const equals = segment.indexOf('=');
  if (equals < 0) {
    const bare = unquote(segment.trim()).toLowerCase();
    if (bare === '') return;
    if (ENCODINGS.has(bare)) params.encoding = bare;
    else if (CHARSET_LIKE.test(bare)) params.charset = bare;
    else params.types.push(bare);
    return;
  }
  const key = segment.slice(0, equals).trim().toUpperCase();
  const text = segment.slice(equals + 1);
  // Values are trimmed only here: the plain ones (no quotes, no ^-escapes) skip unquoting.
  const values = text.includes('"') || text.includes('^') ? splitOutsideQuotes(text, ',').map((value) => caretUnescape(unquote(value.trim()))) : text.split(',');
  switch (key) {
    case 'TYPE':
      for (const value of values) {
        const type = value.trim().toLowerCase();
        if (type !== '') params.types.push(type);
      }
      break;
    case 'ENCODING':
      params.encoding = values[0]?.trim().toLowerCase() || null;
      break;
    case 'CHARSET':
      params.charset = values[0]?.trim() || null;
      break;
    case 'PREF': {
      const pref = Number.parseInt(values[0] ?? '', 10);
      if (Number.isFinite(pref) && pref > 0) params.pref = pref;
      break;
    }
    default:
      params.other ??= new Map();
      params.other.set(key, [...(params.other.get(key) ?? []), ...values.map((value) => value.trim())]);
  }
}

/** Splits on `separator` where it is not inside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      parts.push(text.slice(from, index));
      from = index + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}

/** RFC 6868: ^n newline, ^' double quote, ^^ caret. */
function caretUnescape(text: string): string {
  return text.includes('^') ? text.replace(/\^([n'^])/gu, (_, char: string) => (char === 'n' ? '\n' : char === "'" ? '"' : '^')) : text;
}

/** Whether a line is BEGIN:VCARD or END:VCARD (in any case, blanks around allowed). */
function cardBoundary(line: string): 'begin' | 'end' | null {
  if (line.length < 9 || line.length > 24) return null;
  const text = line.trim().toUpperCase();
  return text === 'BEGIN:VCARD' ? 'begin' : text === 'END:VCARD' ? 'end' : null;
}

function firstNonBlank(text: string): number {
  let index = 0;
  while (index < text.length && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09)) index++;
  return index;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file as text when it is UTF-16 or valid UTF-8, else as a binary string (one character per byte). */
function fileText(bytes: Uint8Array): { text: string; binary: boolean } {
  if (looksUtf16(bytes)) {
    const text = decodeText(bytes);
    if (!text.includes('\u0000')) return { text, binary: false };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), binary: false };
  } catch {
    return { text: binaryString(body), binary: true };
  }
}

function binaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(start, start + 8192) as unknown as number[]));
  }
  return parts.join('');
}

function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  return bytes.subarray(0, 512).includes(0);
}
