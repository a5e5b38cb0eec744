import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipTextFiles } from './zip-writer';

describe('ZIP of text files deflated piece by piece', () => {
  it('gives back every file exactly, across many batches and multi-byte characters', async () => {
    const lines = Array.from({ length: 60_000 }, (_, index) => `${index}: Zoë 🎉 يوسف דנה & ? # % + "q"\n`);
    const zip = await zipTextFiles(
      [
        ['big.txt', lines],
        ['empty.csv', []],
        ['one.vcf', ['BEGIN:VCARD\r\nEND:VCARD\r\n']],
      ],
      new Date('2026-12-05T12:00:00Z'),
    );
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['big.txt', 'empty.csv', 'one.vcf']);
    expect(decoder.decode(files['big.txt'])).toBe(lines.join(''));
    // Over two batches of text (a batch is 1 Mi characters).
    expect(lines.join('').length).toBeGreaterThan(2 * (1 << 20));
    expect(decoder.decode(files['empty.csv'])).toBe('');
    expect(decoder.decode(files['one.vcf'])).toBe('BEGIN:VCARD\r\nEND:VCARD\r\n');
  });
});
