import Papa from 'papaparse';

/**
 * CSV reading for the LinkedIn importer: rows with the line each starts on, so a skipped row and
 * an error can name it, and recovery from a quote that is never closed.
 */

/** One record of the file: the lines it starts and ends on (1-based), and its values as written (not trimmed). */
export interface CsvRow {
  line: number;
  lastLine: number;
  cells: string[];
}

export interface CsvRead {
  rows: CsvRow[];
  /** Lines whose record opened a quote that never closes; reading went on with the next line. */
  unclosed: number[];
}

/**
 * Reads `text` (line breaks already "\n") into records, blank lines included (as one empty cell).
 *
 * A quoted value may hold line breaks, so a record can span lines: each record's lines are counted
 * from the line breaks inside its values. A quote that is never closed would swallow the rest of
 * the file into one value: that record is given up (its line goes into `unclosed`) and reading
 * starts again on the line after the one it started on.
 */
export function readCsv(text: string, delimiter: string): CsvRead {
  const rows: CsvRow[] = [];
  const unclosed: number[] = [];
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const result = Papa.parse<string[]>(offset === 0 ? text : text.slice(offset), {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      escapeChar: '"',
      skipEmptyLines: false,
    });
    const broken = result.errors.find((error) => error.code === 'MissingQuotes')?.row;
    const complete = broken ?? result.data.length;
    const firstLine = line;
    for (let index = 0; index < complete; index++) {
      const cells = result.data[index]!;
      let breaks = 0;
      for (const cell of cells) breaks += lineBreaks(cell);
      rows.push({ line, lastLine: line + breaks, cells });
      line += breaks + 1;
    }
    if (broken === undefined) break;
    unclosed.push(line);
    // Start again on the line after the broken record's first line.
    for (let skip = line - firstLine + 1; skip > 0 && offset < text.length; skip--) {
      const next = text.indexOf('\n', offset);
      offset = next === -1 ? text.length : next + 1;
    }
    line++;
  }
  return { rows, unclosed };
}

function lineBreaks(value: string): number {
  let count = 0;
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) count++;
  return count;
}

/**
 * Splits one value that holds a whole record, as some exports write a row: wrapped in quotes as a
 * single value (`"Priya,Raman,https://…,,Acme,Engineer,03 Nov 2026"`), its own quotes doubled
 * inside and sometimes after a space (`…,Interhyp Gruppe, ""Working Student, Products"",…`).
 * Quotes open a value also after spaces, and text after a closing quote stays with its value.
 */
export function splitRecord(record: string, delimiter: string): string[] {
  const cells: string[] = [];
  let index = 0;
  for (;;) {
    let start = index;
    while (record[start] === ' ' || record[start] === '\t') start++;
    if (record[start] === '"') {
      let value = '';
      let at = start + 1;
      while (at < record.length) {
        const char = record[at]!;
        if (char === '"') {
          if (record[at + 1] === '"') {
            value += '"';
            at += 2;
            continue;
          }
          at++;
          break;
        }
        value += char;
        at++;
      }
      const next = record.indexOf(delimiter, at);
      cells.push(value + (next === -1 ? record.slice(at) : record.slice(at, next)));
      if (next === -1) return cells;
      index = next + delimiter.length;
    } else {
      const next = record.indexOf(delimiter, index);
      if (next === -1) {
        cells.push(record.slice(index));
        return cells;
      }
      cells.push(record.slice(index, next));
      index = next + delimiter.length;
    }
  }
}
