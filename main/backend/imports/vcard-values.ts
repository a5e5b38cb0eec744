import type { ContentLine } from './vcard-lines';

/**
 * Values of vCard properties as text: quoted-printable undone, bytes read in their CHARSET (else
 * UTF-8, else windows-1252), and backslash escapes undone the way the card's version writes them.
 * In a file that is valid UTF-8 or UTF-16 a raw value is already text and CHARSET is not needed
 * (and, after UTF-16, would be wrong); quoted-printable bytes always follow their CHARSET.
 */

export type VCardVersion = '2.1' | '3.0' | '4.0';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');
type Decoder = InstanceType<typeof TextDecoder>;
const decoders = new Map<string, Decoder | null>();

const encoder = new TextEncoder();

/**
 * The value's text, before escapes are undone: quoted-printable decoded and read in its CHARSET;
 * in a file that was not text (see ContentLine.binary) every value is read from its bytes.
 */
export function rawText(property: ContentLine): string {
  const { value, binary } = property;
  if (property.params.encoding === 'quoted-printable') {
    return decodeBytes(decodeQuotedPrintable(binary ? binaryBytes(value) : encoder.encode(value)), property.params.charset);
  }
  return binary ? decodeBytes(binaryBytes(value), property.params.charset) : value;
}

/** The bytes a binary string stands for (one character per byte). */
function binaryBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/** The value of a single-text property (FN, TITLE, NOTE, EMAIL, URL…), escapes undone. */
export function textValue(property: ContentLine, version: VCardVersion): string {
  return unescapeText(rawText(property), version);
}

/** The components of a structured value (N, ORG, ADR), split on unescaped ";", each unescaped. */
export function componentValues(property: ContentLine, version: VCardVersion): string[] {
  return splitUnescaped(rawText(property), ';').map((part) => unescapeText(part, version));
}

/**
 * The components of a structured value, each split into its list of values on unescaped ","
 * (3.0 and 4.0: "N:Perreault;Simon;;;ing. jr,M.Sc."); 2.1 has no such lists, a "," is a comma.
 */
export function componentLists(property: ContentLine, version: VCardVersion): string[][] {
  return splitUnescaped(rawText(property), ';').map((part) =>
    version === '2.1' ? [unescapeText(part, version)] : splitUnescaped(part, ',').map((item) => unescapeText(item, version)),
  );
}

/**
 * Undoes backslash escapes. 3.0 and 4.0: `\n` and `\N` are newlines and any other escaped
 * character stands for itself (writers escape more than the RFCs ask: Gmail `\"`, Apple `\:`).
 * 2.1 escapes only `\;` (Android, Outlook; some also `\,` and `\\`); any other backslash is text.
 */
function unescapeText(text: string, version: VCardVersion): string {
  if (!text.includes('\\')) return text;
  const escapes = version === '2.1' ? /\\([\\;,])/gu : /\\(.)/gsu;
  return text.replace(escapes, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Splits on `separator` where no backslash escapes it ("\\;" is an escaped backslash, then a separator). */
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === separator) {
      parts.push(text.slice(from, index));
      from = index + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * "=XX" becomes the byte XX; an "=" at the very end (a soft line break with nothing after it) goes;
 * any other "=" not followed by two hex digits is kept as it is. Soft line breaks are already gone.
 */
function decodeQuotedPrintable(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(0x3d)) return bytes;
  if (bytes[bytes.length - 1] === 0x3d) bytes = bytes.subarray(0, bytes.length - 1);
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte === 0x3d && index + 2 < bytes.length) {
      const high = hexValue(bytes[index + 1]);
      const low = hexValue(bytes[index + 2]);
      if (high >= 0 && low >= 0) {
        out[length++] = high * 16 + low;
        index += 2;
        continue;
      }
    }
    out[length++] = byte;
  }
  return out.subarray(0, length);
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  return -1;
}

/** The bytes in the named charset when it is one this runtime knows and not UTF-8; otherwise UTF-8, falling back to windows-1252 when they are not valid UTF-8. */
function decodeBytes(bytes: Uint8Array, charset: string | null): string {
  const named = charset ? decoderFor(charset) : null;
  if (named) return named.decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}

/** A decoder for a CHARSET other than UTF-8 (ISO-8859-1 is read as windows-1252, as browsers do); null for UTF-8 and unknown names. */
function decoderFor(charset: string): Decoder | null {
  const label = charset.trim().toLowerCase();
  if (!decoders.has(label)) decoders.set(label, namedDecoder(label));
  return decoders.get(label) ?? null;
}

function namedDecoder(label: string): Decoder | null {
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === 'utf-8' ? null : decoder;
  } catch {
    return null;
  }
}
