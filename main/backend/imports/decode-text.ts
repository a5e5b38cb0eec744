/**
 * Turns an imported file's bytes into text, whatever program wrote it: UTF-8 with or without a
 * byte-order mark, UTF-16 (Outlook and Windows address books write it, with or without a mark),
 * and, when the bytes are not valid UTF-8, windows-1252 (older Windows exports).
 *
 * `unfold` joins folded lines (RFC 5545 §3.1, RFC 6350 §3.2: a line break followed by one space
 * or tab continues the line). It works on the bytes, before decoding, because real files fold in
 * the middle of a UTF-8 sequence; decoded first, such a split character would be lost.
 */
export function decodeText(bytes: Uint8Array, options: { unfold?: boolean } = {}): string {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16 === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes).replace(/^\uFEFF/u, '');
    return options.unfold ? text.replace(/\r\n[ \t]|\n[ \t]|\r[ \t]/gu, '') : text;
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const unfolded = options.unfold ? unfoldBytes(body) : body;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(unfolded);
  } catch {
    return new TextDecoder('windows-1252').decode(unfolded);
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** 'le' or 'be' when the bytes are UTF-16: by the byte-order mark, else by where the zero bytes of ASCII text fall. */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'be';
  const sample = Math.min(bytes.length - (bytes.length % 2), 512);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'be';
  return null;
}

const CR = 0x0d;
const LF = 0x0a;

/** Drops every CRLF, LF or CR that is followed by a space or a tab, together with that one character. */
function unfoldBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte === CR || byte === LF) {
      const breakLength = byte === CR && bytes[index + 1] === LF ? 2 : 1;
      const next = bytes[index + breakLength];
      if (next === 0x20 || next === 0x09) {
        index += breakLength;
        continue;
      }
    }
    out[length++] = byte;
  }
  return out.subarray(0, length);
}
