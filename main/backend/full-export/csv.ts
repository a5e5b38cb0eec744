/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a value holding a quote, comma or
 * line break in double quotes with its quotes doubled), in UTF-8 with a byte-order mark: without
 * it Excel reads the file as the system's legacy code page and garbles "Zoë" and "يوسف".
 *
 * Text that a spreadsheet would run as a formula (it starts with = + - @, or a tab or carriage
 * return that some programs skip before looking) gets a leading apostrophe, which Excel, Numbers
 * and LibreOffice show as text. The JSON in the same export keeps every value exactly.
 */
export type Cell = string | number | boolean | null;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/** The file line by line (each with its CRLF), so a large table is never one string. */
export function* csvLines(header: readonly string[], rows: Iterable<readonly Cell[]>): Generator<string> {
  yield `${BOM}${header.map(cell).join(',')}\r\n`;
  for (const row of rows) yield `${row.map(cell).join(',')}\r\n`;
}

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
