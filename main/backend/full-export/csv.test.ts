import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvLines, type Cell } from './csv';

const toCsv = (header: string[], rows: Cell[][]) => [...csvLines(header, rows)].join('');

describe('CSV for spreadsheets', () => {
  it('writes RFC 4180 with a byte-order mark and CRLF, quoting only what needs it, and reads back', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'Zoë 🎉 يوسف דנה & ? # % +', ''];
    const csv = toCsv(['text', 'n', 'flag', 'empty'], values.map((value, index) => [value, index, index % 2 === 0, null]));
    expect(csv.startsWith('\uFEFFtext,n,flag,empty\r\nplain,0,true,\r\n"a,b",1,false,\r\n"say ""hi""",2,true,\r\n"two\nlines",3,false,\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed.slice(1).map((row) => row[0])).toEqual(values);
  });

  it('makes text a spreadsheet would run as a formula inert with a leading apostrophe', () => {
    const csv = toCsv(['v'], [['=SUM(A1:A2)'], ['+1 555 0100'], ['-2+3'], ['@cmd'], ['\t=1'], ['\r=1'], ['=HYPERLINK("x","y")'], ['a=1'], [-1]]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1).map((row) => row[0]);
    expect(parsed).toEqual(["'=SUM(A1:A2)", "'+1 555 0100", "'-2+3", "'@cmd", "'\t=1", "'\r=1", `'=HYPERLINK("x","y")`, 'a=1', '-1']);
  });
});
