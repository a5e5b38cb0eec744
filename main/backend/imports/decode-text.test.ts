import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string, mark: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (mark ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  if (mark) {
    view.setUint16(0, 0xfeff, true);
    offset = 2;
  }
  for (let index = 0; index < text.length; index++) view.setUint16(offset + index * 2, text.charCodeAt(index), true);
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Zoë')]))).toBe('Zoë');
  });

  it('reads UTF-16 little-endian with and without a byte-order mark', () => {
    expect(decodeText(utf16le('BEGIN:VCARD\r\nFN:Zoë Núñez\r\n', true))).toBe('BEGIN:VCARD\r\nFN:Zoë Núñez\r\n');
    expect(decodeText(utf16le('BEGIN:VCARD\r\nFN:Zoë Núñez\r\n', false))).toBe('BEGIN:VCARD\r\nFN:Zoë Núñez\r\n');
  });

  it('reads UTF-16 big-endian by its mark', () => {
    const little = utf16le('FN:Zoë', true);
    const big = new Uint8Array(little.length);
    for (let index = 0; index < little.length; index += 2) {
      big[index] = little[index + 1]!;
      big[index + 1] = little[index]!;
    }
    expect(decodeText(big)).toBe('FN:Zoë');
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    // "Müller – Straße" in windows-1252: ü = FC, en dash = 96, ß = DF.
    expect(decodeText(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x96, 0x20, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65]))).toBe('Müller – Straße');
  });

  it('unfolds CRLF, LF and CR followed by a space or a tab, only when asked', () => {
    expect(decodeText(utf8('CN=Priya R\r\n aman\nX\n\tY\rZ\r W'), { unfold: true })).toBe('CN=Priya Raman\nXY\rZW');
    expect(decodeText(utf8('A\r\n B'))).toBe('A\r\n B');
  });

  it('unfolds a fold that splits a UTF-8 character before decoding it', () => {
    const ue = utf8('ü'); // C3 BC
    const bytes = new Uint8Array([...utf8('CN=J'), ue[0]!, 0x0d, 0x0a, 0x20, ue[1]!, ...utf8('rgen')]);
    expect(decodeText(bytes, { unfold: true })).toBe('CN=Jürgen');
  });

  it('keeps a line break that is not followed by white space', () => {
    expect(decodeText(utf8('A\r\nB\nC'), { unfold: true })).toBe('A\r\nB\nC');
  });
});
