import { decodeText } from './decode-text';
import { readCsv, splitRecord, type CsvRow } from './linkedin-csv';
import { LinkedInFileError, NOT_CONNECTIONS } from './linkedin-error';
import { connectionDate, emailAddress, profileUrl } from './linkedin-fields';
import { connectionsFromZip, isZip } from './linkedin-zip';

export { LinkedInFileError } from './linkedin-error';

/**
 * Reads LinkedIn's connections export (Connections.csv, or the ZIP LinkedIn sends with it inside)
 * into the people a user may want to thank.
 *
 * Pure: bytes in, connections out, nothing saved. What it copes with, all seen in real exports:
 * - the ZIP (the small "Connections" one or the large complete export), Connections.csv at any
 *   depth and in any case; only that entry is unpacked (linkedin-zip.ts);
 * - any encoding decode-text.ts reads (UTF-8 with or without byte-order mark, UTF-16,
 *   windows-1252); CRLF, LF or CR line ends;
 * - the "Notes:" preamble LinkedIn writes before the header (a quoted, possibly multi-line
 *   paragraph and a blank line), or none;
 * - a header in any case, with columns in any order and extra columns; or no header at all, then
 *   LinkedIn's column order: First Name, Last Name, URL, Email Address, Company, Position,
 *   Connected On, or the older one without URL (told apart by the number of values and by
 *   whether the third holds a LinkedIn address);
 * - a whole row wrapped in quotes as one value, which is split again (linkedin-csv.ts);
 * - a file re-saved by a spreadsheet with ";" or tabs between values.
 *
 * Per row: names are trimmed and otherwise kept exactly (emoji, credentials such as "Jane Doe,
 * PhD", right-to-left scripts); an email that is empty or not an address becomes null; the
 * profile becomes "https://www.linkedin.com/in/<slug>" or null (linkedin-fields.ts); "Connected
 * On" becomes "YYYY-MM-DD", or null when empty or unreadable (the row is still imported). Line
 * breaks inside a value become spaces.
 *
 * Blank lines, and the header repeated (files put one after another), are ignored. A row without
 * a first and a last name, with more values than there are columns, or whose quotes do not pair
 * up is skipped and listed in `skipped` with its line. A file that is not LinkedIn's connections
 * export is a LinkedInFileError with a message for the user; no other error escapes.
 */

export interface LinkedInConnection {
  firstName: string;
  lastName: string;
  email: string | null;
  company: string | null;
  position: string | null;
  profileUrl: string | null;
  /** "YYYY-MM-DD", or null when the file has none or an unreadable one. */
  connectedOn: string | null;
}

export interface ParsedConnections {
  rows: LinkedInConnection[];
  /** Rows that could not be read: `row` is the line the row starts on (1-based), `reason` says why, for the user. */
  skipped: { row: number; reason: string }[];
}

export function parseLinkedInConnections(bytes: Uint8Array): ParsedConnections {
  try {
    return parse(bytes);
  } catch (error) {
    if (error instanceof LinkedInFileError) throw error;
    throw new LinkedInFileError("This file could not be read as LinkedIn's Connections.csv. Download it from LinkedIn again and try once more.");
  }
}

type Field = keyof LinkedInConnection;

/** Where each field is, by column index. */
type Columns = Partial<Record<Field, number>>;

/** Header names (lower case, spaces single) to fields. LinkedIn writes the first of each. */
const HEADER_NAMES: ReadonlyMap<string, Field> = new Map<string, Field>([
  ['first name', 'firstName'], ['firstname', 'firstName'], ['first', 'firstName'], ['given name', 'firstName'],
  ['last name', 'lastName'], ['lastname', 'lastName'], ['last', 'lastName'], ['surname', 'lastName'], ['family name', 'lastName'],
  ['url', 'profileUrl'], ['profile url', 'profileUrl'], ['linkedin url', 'profileUrl'], ['public profile url', 'profileUrl'], ['profile', 'profileUrl'],
  ['email address', 'email'], ['email', 'email'], ['e-mail address', 'email'], ['e-mail', 'email'],
  ['company', 'company'], ['company name', 'company'],
  ['position', 'position'],
  ['connected on', 'connectedOn'], ['connected', 'connectedOn'], ['connection date', 'connectedOn'], ['date connected', 'connectedOn'],
]);

/** LinkedIn's columns when the file has no header: today's, and the older export without URL. */
const CURRENT_LAYOUT: Columns = { firstName: 0, lastName: 1, profileUrl: 2, email: 3, company: 4, position: 5, connectedOn: 6 };
const OLD_LAYOUT: Columns = { firstName: 0, lastName: 1, email: 2, company: 3, position: 4, connectedOn: 5 };

const COLUMN_LIST = 'First Name, Last Name, URL, Email Address, Company, Position and Connected On';
/** How far down the header may be: below LinkedIn's few lines of notes, not in the middle of the data. */
const HEADER_SEARCH_ROWS = 25;

/** The rows to read and how: the columns, how many there are, and the delimiter. */
interface Table {
  columns: Columns;
  width: number;
  delimiter: string;
  /** The line of the header, or null when the file has none. */
  headerLine: number | null;
  /** The header's names as read (lower case), to know a repeated header row (files put together) from data; empty without one. */
  headerKey: string;
  rows: CsvRow[];
  unclosed: number[];
}

function parse(bytes: Uint8Array): ParsedConnections {
  const text = readText(isZip(bytes) ? connectionsFromZip(bytes) : bytes);
  let firstTry: CsvRow[] | null = null;
  for (const delimiter of [',', ';', '\t']) {
    if (delimiter !== ',' && !text.slice(0, 64 * 1024).includes(delimiter)) continue;
    const read = readCsv(text, delimiter);
    firstTry ??= read.rows;
    const table = findHeader(read.rows, delimiter) ?? findHeaderless(read.rows, delimiter);
    if (table) return readTable({ ...table, unclosed: read.unclosed });
  }
  throw notConnections(firstTry ?? []);
}

/** The file's text, line breaks made "\n"; a LinkedInFileError when it is empty or not text. */
function readText(bytes: Uint8Array): string {
  const text = decodeText(bytes);
  if (text.trim() === '') throw new LinkedInFileError(`${NOT_CONNECTIONS}: the file is empty.`);
  if (looksBinary(text.slice(0, 8192))) {
    throw new LinkedInFileError(`${NOT_CONNECTIONS}: it is not a text file. Choose the Connections.csv file (or the ZIP) that LinkedIn sent.`);
  }
  return text.replace(/\r\n?/gu, '\n');
}

/** A NUL, or more than 2% control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function looksBinary(sample: string): boolean {
  let control = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) control++;
  }
  return control > sample.length * 0.02;
}

function findHeader(rows: CsvRow[], delimiter: string): Omit<Table, 'unclosed'> | null {
  let seen = 0;
  for (const [index, row] of rows.entries()) {
    if (isBlank(row.cells)) continue;
    if (++seen > HEADER_SEARCH_ROWS) return null;
    const cells = unwrap(row.cells, delimiter);
    const columns = headerColumns(cells);
    if (columns) return { columns, width: cells.length, delimiter, headerLine: row.line, headerKey: rowKey(cells), rows: rows.slice(index + 1) };
  }
  return null;
}

/**
 * The columns when `cells` is a header LinkedIn could have written: First Name and Last Name, and
 * URL, Position or Connected On (so another program's contacts list with names, company and
 * email is not taken for it).
 */
function headerColumns(cells: string[]): Columns | null {
  const columns: Columns = {};
  cells.forEach((cell, index) => {
    const field = HEADER_NAMES.get(cell.replace(/^\uFEFF/u, '').trim().toLowerCase().replace(/[\s_]+/gu, ' '));
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  });
  const linkedInOnly = columns.profileUrl !== undefined || columns.position !== undefined || columns.connectedOn !== undefined;
  return columns.firstName !== undefined && columns.lastName !== undefined && linkedInOnly ? columns : null;
}

/**
 * A file without a header: the data starts after the notes (rows of fewer than five values, or
 * starting "Notes:"). Its layout is today's when most rows have seven values or more, or the third
 * value is a LinkedIn address; the old one when most have six. It is taken for LinkedIn's only
 * when most of its first rows have a readable date or a LinkedIn profile where the layout puts them.
 */
function findHeaderless(rows: CsvRow[], delimiter: string): Omit<Table, 'unclosed'> | null {
  const start = rows.findIndex((row) => {
    const cells = unwrap(row.cells, delimiter);
    return cells.length >= 5 && !/^notes:?$/iu.test(cells[0]!.trim());
  });
  if (start === -1) return null;
  const data = rows.slice(start);
  const sample = data
    .slice(0, 200)
    .map((row) => unwrap(row.cells, delimiter))
    .filter((cells) => !isBlank(cells));
  const seven = sample.filter((cells) => cells.length >= 7).length;
  const six = sample.filter((cells) => cells.length === 6).length;
  const withUrl = sample.filter((cells) => profileUrl(cells[2] ?? '') !== null).length;
  const columns = seven > six || withUrl > 0 ? CURRENT_LAYOUT : OLD_LAYOUT;
  const width = columns === CURRENT_LAYOUT ? 7 : 6;
  const checked = sample.slice(0, 50);
  const alike = checked.filter(
    (cells) => connectionDate(cells[columns.connectedOn!] ?? '') !== null || profileUrl(cells[columns.profileUrl ?? -1] ?? '') !== null,
  ).length;
  if (checked.length === 0 || alike * 2 < checked.length) return null;
  return { columns, width, delimiter, headerLine: null, headerKey: '', rows: data };
}

function readTable(table: Table): ParsedConnections {
  const connections: LinkedInConnection[] = [];
  const skipped: ParsedConnections['skipped'] = [];
  const firstLine = table.headerLine === null ? (table.rows[0]?.line ?? Infinity) : table.headerLine + 1;
  for (const line of table.unclosed) {
    if (line >= firstLine) skipped.push({ row: line, reason: 'A quote (") opened in this row is never closed, so its values cannot be told apart.' });
  }
  const { columns, width } = table;
  for (const row of table.rows) {
    const cells = unwrap(row.cells, table.delimiter);
    if (isBlank(cells) || (table.headerKey !== '' && rowKey(cells) === table.headerKey)) continue;
    const values = cells.length;
    if (values > width && cells.slice(width).some((cell) => cell.trim() !== '')) {
      const against = table.headerLine === null ? `LinkedIn's ${width} columns` : `the ${width} columns of the header (line ${table.headerLine})`;
      skipped.push({ row: row.line, reason: `It has ${values} values for ${against}, so they cannot be matched to them; a value with a comma may have lost its quotes.` });
      continue;
    }
    const value = (field: Field): string => {
      const index = columns[field];
      return index === undefined ? '' : clean(cells[index] ?? '');
    };
    const firstName = value('firstName');
    const lastName = value('lastName');
    if (row.lastLine > row.line && [columns.firstName, columns.lastName].some((index) => cells[index ?? -1]?.includes('\n'))) {
      // A name never spans lines: a quote that does not pair up ran this row into the next ones.
      skipped.push({ row: row.line, reason: `Its quotes do not pair up, so lines ${row.line}–${row.lastLine} run together and could not be read.` });
      continue;
    }
    if (firstName === '' && lastName === '') {
      skipped.push({ row: row.line, reason: 'It has no first or last name.' });
      continue;
    }
    connections.push({
      firstName,
      lastName,
      email: emailAddress(value('email')),
      company: value('company') || null,
      position: value('position') || null,
      profileUrl: profileUrl(value('profileUrl')),
      connectedOn: connectionDate(value('connectedOn')),
    });
  }
  skipped.sort((a, b) => a.row - b.row);
  return { rows: connections, skipped };
}

/** A row written as one quoted value holding the whole record is split into its values. */
function unwrap(cells: string[], delimiter: string): string[] {
  return cells.length === 1 && cells[0]!.includes(delimiter) ? splitRecord(cells[0]!, delimiter) : cells;
}

function rowKey(cells: string[]): string {
  return cells.map((cell) => cell.trim().toLowerCase()).join('\u0001');
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Trimmed, with line breaks inside the value (and the spaces around them) made one space. */
function clean(value: string): string {
  const trimmed = value.trim();
  return trimmed.includes('\n') ? trimmed.replace(/\s*\n\s*/gu, ' ') : trimmed;
}

/** The error for a file that is neither a headed nor a headerless connections export, naming its first line of content. */
function notConnections(rows: CsvRow[]): LinkedInFileError {
  const content = rows.filter((row) => !isBlank(row.cells));
  const first = content.find((row) => row.cells.length > 1) ?? content[0];
  if (!first) return new LinkedInFileError(`${NOT_CONNECTIONS}: the file is empty.`);
  const shown = first.cells
    .slice(0, 8)
    .map((cell) => {
      const text = clean(cell);
      return text.length > 40 ? `${text.slice(0, 39)}…` : text;
    })
    .join(', ');
  const more = first.cells.length > 8 ? ', …' : '';
  return new LinkedInFileError(
    `${NOT_CONNECTIONS}: line ${first.line} reads “${shown}${more}”, and no line has LinkedIn's column names (${COLUMN_LIST}) or rows shaped like them.`,
    first.line,
  );
}
