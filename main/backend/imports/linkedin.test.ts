import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LinkedInFileError, parseLinkedInConnections, type LinkedInConnection, type ParsedConnections } from './linkedin';
import { connectionDate, emailAddress, profileUrl } from './linkedin-fields';

const FIXTURE = path.resolve(__dirname, 'samples/shared/linkedin-connections.csv');
const SAMPLES = path.resolve(__dirname, 'samples/linkedin');

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const NOTES = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

/** A file of the given lines, LF-separated, with a final line break. */
function file(...lines: string[]): Uint8Array {
  return utf8([...lines, ''].join('\n'));
}

function parse(bytes: Uint8Array): ParsedConnections {
  return parseLinkedInConnections(bytes);
}

function only(bytes: Uint8Array): LinkedInConnection {
  const { rows, skipped } = parse(bytes);
  expect(skipped).toEqual([]);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

function failure(bytes: Uint8Array): LinkedInFileError {
  try {
    parse(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(LinkedInFileError);
    return error as LinkedInFileError;
  }
  throw new Error('expected a LinkedInFileError');
}

function connection(fields: Partial<LinkedInConnection> & Pick<LinkedInConnection, 'firstName' | 'lastName'>): LinkedInConnection {
  return { email: null, company: null, position: null, profileUrl: null, connectedOn: null, ...fields };
}

/** Bytes of `text` in windows-1252 (only Latin-1 characters used). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function utf16le(text: string): Uint8Array {
  const units = `\uFEFF${text}`;
  const bytes = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index++) {
    bytes[index * 2] = units.charCodeAt(index) & 0xff;
    bytes[index * 2 + 1] = units.charCodeAt(index) >> 8;
  }
  return bytes;
}

const FIXTURE_ROWS: LinkedInConnection[] = [
  connection({
    firstName: 'Priya',
    lastName: 'Raman',
    profileUrl: 'https://www.linkedin.com/in/priya-raman-42',
    email: 'priya.raman@example.com',
    company: 'Northwind Traders, Inc.',
    position: 'Engineering Manager',
    connectedOn: '2026-11-03',
  }),
  connection({
    firstName: 'Tomás',
    lastName: 'Ortega',
    profileUrl: 'https://www.linkedin.com/in/tomasortega',
    company: 'Contoso',
    position: 'Talent Partner, Product',
    connectedOn: '2026-10-28',
  }),
  connection({
    firstName: 'Aiko',
    lastName: 'Tanaka 田中',
    profileUrl: 'https://www.linkedin.com/in/aiko-tanaka',
    company: 'Fabrikam',
    position: 'Staff Engineer',
    connectedOn: '2026-01-01',
  }),
  connection({
    firstName: 'Dana',
    lastName: 'O"Neil',
    profileUrl: 'https://www.linkedin.com/in/dana-oneil',
    email: 'dana@oneil.example.org',
    position: 'Career Coach 🚀',
    connectedOn: '2025-07-15',
  }),
  connection({
    firstName: 'Youssef',
    lastName: 'حداد',
    profileUrl: 'https://www.linkedin.com/in/youssef-haddad',
    company: 'Adventure Works',
    position: 'Recruiter',
    connectedOn: '2025-12-07',
  }),
  connection({
    firstName: 'Lena',
    lastName: 'Fischer',
    profileUrl: 'https://www.linkedin.com/in/lena-fischer',
    email: 'lena.fischer+jobs@example.de',
    company: 'Tailspin Toys',
    position: 'Head of Design',
  }),
];

describe('parseLinkedInConnections: the shared fixture', () => {
  it('reads the team’s shared fixture, kept in the repository (samples/shared)', () => {
    expect(existsSync(FIXTURE)).toBe(true);
  });

  it('reads all six rows exactly (BOM, notes, CRLF, quoted commas and quotes, RTL, URL without scheme, empty date)', () => {
    const bytes = readFileSync(FIXTURE);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(0x0d)).toBe(true);
    expect(parse(bytes)).toEqual({ rows: FIXTURE_ROWS, skipped: [] });
  });

  it('reads the same rows from the ZIP LinkedIn sends', () => {
    const zip = zipSync({ 'Basic_LinkedInDataExport_12-07-2025/Connections.csv': readFileSync(FIXTURE) });
    expect(parse(zip)).toEqual({ rows: FIXTURE_ROWS, skipped: [] });
  });
});

describe('parseLinkedInConnections: ZIP input', () => {
  const csv = file(HEADER, 'Priya,Raman,https://www.linkedin.com/in/priya-raman-42,,Acme,Engineer,03 Nov 2026');

  it('finds Connections.csv in a nested folder of a complete export', () => {
    const zip = zipSync({
      'Complete_LinkedInDataExport_12-07-2025': {
        'messages.csv': utf8('CONVERSATION ID,FROM,CONTENT\n1,Someone,Hello\n'),
        'Profile.csv': utf8('First Name,Last Name,Headline\nSam,Candidate,Engineer\n'),
        data: { 'Connections.csv': csv },
      },
    });
    expect(parse(zip).rows.map((row) => row.firstName)).toEqual(['Priya']);
  });

  it('finds it whatever the case of its name, and prefers the shallowest', () => {
    expect(only(zipSync({ 'export/connections.CSV': csv })).lastName).toBe('Raman');
    const two = zipSync({
      'a/b/Connections.csv': file(HEADER, 'Deep,Copy,,,,,'),
      'a/CONNECTIONS.csv': csv,
    });
    expect(only(two).firstName).toBe('Priya');
  });

  it("ignores macOS's __MACOSX copies", () => {
    const zip = zipSync({ '__MACOSX/export/Connections.csv': utf8('\u0000\u0005\u0016\u0007Mac OS X'), 'export/Connections.csv': csv });
    expect(only(zip).firstName).toBe('Priya');
  });

  it('inflates only Connections.csv: a damaged other entry does not matter', () => {
    const zip = zipSync({ 'export/messages.csv': [utf8('x'.repeat(5000)), { level: 6 }], 'export/Connections.csv': csv });
    // The first local entry is messages.csv: overwrite its compressed data with an invalid deflate block.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const compressed = view.getUint32(18, true);
    const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
    zip.fill(0xff, start, start + compressed);
    expect(() => unzipSync(zip)).toThrow();
    expect(only(zip).firstName).toBe('Priya');
  });

  it('says so when the ZIP has no Connections.csv', () => {
    const error = failure(zipSync({ 'export/messages.csv': utf8('a,b\n'), 'export/Connections_old.csv': csv }));
    expect(error.message).toMatch(/^This ZIP has no Connections\.csv/u);
    expect(error.row).toBeNull();
    expect(failure(zipSync({})).message).toMatch(/^This ZIP has no Connections\.csv/u);
  });

  it('names an Excel workbook for what it is', () => {
    const xlsx = zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'xl/workbook.xml': utf8('<workbook/>') });
    expect(failure(xlsx).message).toMatch(/Excel workbook/u);
  });

  it('says so when the ZIP is damaged', () => {
    const zip = zipSync({ 'Connections.csv': csv });
    expect(failure(zip.subarray(0, 40)).message).toMatch(/could not be opened/u);
  });
});

describe('parseLinkedInConnections: layouts', () => {
  const priya = connection({
    firstName: 'Priya',
    lastName: 'Raman',
    profileUrl: 'https://www.linkedin.com/in/priya-raman-42',
    company: 'Acme',
    position: 'Engineer',
    connectedOn: '2026-11-03',
  });
  const row = 'Priya,Raman,https://www.linkedin.com/in/priya-raman-42,,Acme,Engineer,03 Nov 2026';

  it('reads a file without the notes', () => {
    expect(only(file(HEADER, row))).toEqual(priya);
  });

  it('reads the notes with a multi-line quoted paragraph and a blank line before the header', () => {
    const bytes = file('Notes:', '"When exporting your connection data,', 'you may notice that some of the email addresses are missing."', '', HEADER, row, 'Tom,Ode,,,Beta,PM,', ',,,,Gamma,,01 Jan 2020');
    expect(parse(bytes)).toEqual({
      rows: [priya, connection({ firstName: 'Tom', lastName: 'Ode', company: 'Beta', position: 'PM' })],
      skipped: [{ row: 8, reason: 'It has no first or last name.' }],
    });
  });

  it('reads notes written as quoted lines without a blank line, and a quoted "Notes:"', () => {
    expect(only(file('Notes:', '"Sample data."', '"No real people."', HEADER, row))).toEqual(priya);
    expect(only(file('"Notes:"', '"When exporting your connection data, you may notice that some fields are empty."', '', HEADER, row))).toEqual(priya);
  });

  it('matches the header in any case, in any order, with extra columns', () => {
    const bytes = file('connected on,EMAIL ADDRESS,last name,First Name,Tags,Url,COMPANY,position', '03 Nov 2026,priya@example.com,Raman,Priya,vip,linkedin.com/in/priya-raman-42,Acme,Engineer');
    expect(only(bytes)).toEqual({ ...priya, email: 'priya@example.com' });
  });

  it('reads the old header without URL', () => {
    const bytes = file('First Name,Last Name,Email Address,Company,Position,Connected On', 'Priya,Raman,priya@example.com,Acme,Engineer,1/8/18, 6:14 PM');
    // "1/8/18, 6:14 PM" is one unquoted value too many: the old export quoted it; here it is not.
    expect(parse(bytes).skipped).toHaveLength(1);
    const quoted = file('First Name,Last Name,Email Address,Company,Position,Connected On', 'Priya,Raman,priya@example.com,Acme,Engineer,"1/8/18, 6:14 PM"');
    expect(only(quoted)).toEqual(connection({ firstName: 'Priya', lastName: 'Raman', email: 'priya@example.com', company: 'Acme', position: 'Engineer', connectedOn: '2018-01-08' }));
  });

  it('reads a file with no header in the current column order', () => {
    const bytes = file(row, 'Tom,Ode,https://www.linkedin.com/in/tom-ode,tom@example.com,Beta,PM,7 Dec 2025');
    expect(parse(bytes)).toEqual({
      rows: [priya, connection({ firstName: 'Tom', lastName: 'Ode', profileUrl: 'https://www.linkedin.com/in/tom-ode', email: 'tom@example.com', company: 'Beta', position: 'PM', connectedOn: '2025-12-07' })],
      skipped: [],
    });
  });

  it('reads a file with no header in the old order without URL, rows wrapped in quotes among them', () => {
    const bytes = file(
      'Raoul,Ortiz,,Contoso,Lead Business Analyst,11 Jun 2021',
      '"Laura,Hart,,Fabrikam, ""Digital Products & Technology, Working Student"",07 May 2021"',
      '"Serena,""Capo, MBA"",,Northwind,Senior Recruiter,23 Oct 2018"',
      'Clemens J.,Dorn,,,,06 May 2021',
    );
    expect(parse(bytes)).toEqual({
      rows: [
        connection({ firstName: 'Raoul', lastName: 'Ortiz', company: 'Contoso', position: 'Lead Business Analyst', connectedOn: '2021-06-11' }),
        connection({ firstName: 'Laura', lastName: 'Hart', company: 'Fabrikam', position: 'Digital Products & Technology, Working Student', connectedOn: '2021-05-07' }),
        connection({ firstName: 'Serena', lastName: 'Capo, MBA', company: 'Northwind', position: 'Senior Recruiter', connectedOn: '2018-10-23' }),
        connection({ firstName: 'Clemens J.', lastName: 'Dorn', connectedOn: '2021-05-06' }),
      ],
      skipped: [],
    });
  });

  it('reads a file with no header after the notes', () => {
    expect(only(file(...NOTES, row))).toEqual(priya);
  });

  it('splits a whole row wrapped in quotes under a header', () => {
    const bytes = file(HEADER, '"Priya,Raman,https://www.linkedin.com/in/priya-raman-42,,Acme,Engineer,03 Nov 2026"', '"Jane,""Doe, PhD"",,,""Acme, Inc."",""VP, Sales"",1 Jan 2026"');
    expect(parse(bytes).rows).toEqual([
      priya,
      connection({ firstName: 'Jane', lastName: 'Doe, PhD', company: 'Acme, Inc.', position: 'VP, Sales', connectedOn: '2026-01-01' }),
    ]);
  });

  it('reads CRLF, LF and CR line ends alike', () => {
    for (const newline of ['\r\n', '\n', '\r']) {
      const bytes = utf8([...NOTES, HEADER, row, ''].join(newline));
      expect(only(bytes)).toEqual(priya);
    }
  });

  it('reads a file a spreadsheet saved with semicolons or tabs', () => {
    expect(only(utf8(`${HEADER.replaceAll(',', ';')}\nPriya;Raman;https://www.linkedin.com/in/priya-raman-42;;Acme;Engineer;03 Nov 2026\n`))).toEqual(priya);
    expect(only(utf8(`${HEADER.replaceAll(',', '\t')}\nPriya\tRaman\thttps://www.linkedin.com/in/priya-raman-42\t\tAcme\tEngineer\t03 Nov 2026\n`))).toEqual(priya);
  });

  it('reads windows-1252 and UTF-16 files', () => {
    expect(only(latin1(`${HEADER}\r\nTom\xe1s,M\xfcller,,,Caf\xe9 Ol\xe9,Ma\xeetre,01 Jan 2024\r\n`))).toEqual(
      connection({ firstName: 'Tomás', lastName: 'Müller', company: 'Café Olé', position: 'Maître', connectedOn: '2024-01-01' }),
    );
    expect(only(utf16le(`${HEADER}\r\n${row}\r\n`))).toEqual(priya);
  });

  it('ignores the header repeated further down (two exports put together)', () => {
    expect(parse(file(HEADER, row, HEADER, 'Tom,Ode,,,Beta,PM,')).rows.map((connection) => connection.firstName)).toEqual(['Priya', 'Tom']);
  });

  it('reads a file with a header and no connections', () => {
    expect(parse(file(...NOTES, HEADER))).toEqual({ rows: [], skipped: [] });
  });
});

describe('parseLinkedInConnections: values', () => {
  it('keeps quoted commas, doubled quotes, emoji, credentials and right-to-left names exactly, trimmed', () => {
    const bytes = file(
      HEADER,
      '"  Jane ","Doe, PhD",,,"Acme, Inc.","Head of ""Growth""",',
      'Sam 🌱,"MBA, CPA",,,,,',
      'مريم,العلي,,,شركة,مهندسة,',
      'Igor\t,  Rudenko  ,,,,,',
    );
    expect(parse(bytes).rows).toEqual([
      connection({ firstName: 'Jane', lastName: 'Doe, PhD', company: 'Acme, Inc.', position: 'Head of "Growth"' }),
      connection({ firstName: 'Sam 🌱', lastName: 'MBA, CPA' }),
      connection({ firstName: 'مريم', lastName: 'العلي', company: 'شركة', position: 'مهندسة' }),
      connection({ firstName: 'Igor', lastName: 'Rudenko' }),
    ]);
  });

  it('makes line breaks inside a value one space', () => {
    expect(only(file(HEADER, 'Zoe,Wills,,,"Anthropic', 'PBC",Recruiter,08 Aug 2025')).company).toBe('Anthropic PBC');
  });

  it('gives a null email when empty or not an address', () => {
    const bytes = file(HEADER, 'A,One,,,,,', 'B,Two,,not an email,,,', 'C,Three,,c@example,,,', 'D,Four,,D.Four@Example.COM,,,', 'E,Five,,mailto:e@example.org,,,');
    // The domain is lower-cased; a local part in capitals only as well (Outlook writes some so).
    expect(parse(bytes).rows.map((row) => row.email)).toEqual([null, null, null, 'D.Four@example.com', 'e@example.org']);
  });

  it('normalises the profile URL', () => {
    const urls = [
      'https://www.linkedin.com/in/priya-raman-42',
      'www.linkedin.com/in/youssef-haddad?trk=public_profile',
      'linkedin.com/in/alex-johnson',
      'http://uk.linkedin.com/in/chloe-h/',
      'https://de.linkedin.com/in/jürgen-müller?originalSubdomain=de#about',
      'https://www.linkedin.com/in/ArjunMehta/details/experience/',
      'https://www.linkedin.com/in/d%C3%A9sir%C3%A9e-van-adrichem-379b6186',
      '',
      'not-a-url',
      'https://www.linkedin.com/company/acme',
      'https://www.linkedin.com/pub/john-chen/1b/215/b97',
      'https://www.linkedin.com/in/',
      'https://evil-linkedin.com/in/x',
      'https://linkedin.com.example.org/in/x',
      'https://example.org/?next=linkedin.com/in/x',
    ];
    expect(urls.map(profileUrl)).toEqual([
      'https://www.linkedin.com/in/priya-raman-42',
      'https://www.linkedin.com/in/youssef-haddad',
      'https://www.linkedin.com/in/alex-johnson',
      'https://www.linkedin.com/in/chloe-h',
      'https://www.linkedin.com/in/jürgen-müller',
      'https://www.linkedin.com/in/ArjunMehta',
      'https://www.linkedin.com/in/d%C3%A9sir%C3%A9e-van-adrichem-379b6186',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(only(file(HEADER, 'A,B,  https://ca.linkedin.com/in/a-b/?trk=x  ,,,,')).profileUrl).toBe('https://www.linkedin.com/in/a-b');
  });

  it('reads every date format LinkedIn has written', () => {
    const dates = ['07 Dec 2025', '7 Dec 2025', '1/8/18, 6:14 PM', '6-Feb-26', '2025-12-07', 'Dec 7, 2025', '05/14/23', '12/7/2025', '15-Jan-24', '07 December 2025', 'Sept 3, 2024', '2025-12-07T10:00:00Z', '29 Feb 2024'];
    expect(dates.map(connectionDate)).toEqual([
      '2025-12-07', '2025-12-07', '2018-01-08', '2026-02-06', '2025-12-07', '2025-12-07', '2023-05-14', '2025-12-07', '2024-01-15',
      '2025-12-07', '2024-09-03', '2025-12-07', '2024-02-29',
    ]);
    expect(['', '   ', 'yesterday', '31 Feb 2025', '13/14/2025', 'Dec 2025', '07 Foo 2025', '2025-13-01', '0 Jan 2025'].map(connectionDate)).toEqual(Array(9).fill(null));
  });

  it('imports a row with an unreadable date, with no date', () => {
    expect(only(file(HEADER, 'Ana,Silva,,,Acme,Eng,sometime in 2019'))).toEqual(connection({ firstName: 'Ana', lastName: 'Silva', company: 'Acme', position: 'Eng' }));
  });

  it('reads email addresses as the vCard importer does', () => {
    expect(emailAddress(' a.b+c@example.co.uk ')).toBe('a.b+c@example.co.uk');
    expect(emailAddress('a@b.c')).toBeNull();
    expect(emailAddress('two@@example.com')).toBeNull();
  });
});

describe('parseLinkedInConnections: rows that cannot be read', () => {
  it('skips a row without a first and a last name, naming its line, and ignores blank lines', () => {
    const bytes = file(...NOTES, HEADER, '', 'Kwame,,https://www.linkedin.com/in/kwame-a,,,,13 Jul 2023', '   ', ',Nakamura,,,Toyota,,', ',,https://www.linkedin.com/in/nobody,,Ghost Co,Nobody,01 Jan 2020', ',,,,,,', '');
    expect(parse(bytes)).toEqual({
      rows: [
        connection({ firstName: 'Kwame', lastName: '', profileUrl: 'https://www.linkedin.com/in/kwame-a', connectedOn: '2023-07-13' }),
        connection({ firstName: '', lastName: 'Nakamura', company: 'Toyota' }),
      ],
      skipped: [{ row: 9, reason: 'It has no first or last name.' }],
    });
  });

  it('counts lines across quoted line breaks', () => {
    const bytes = file(HEADER, 'Zoe,Wills,,,"Anthropic', 'PBC",Recruiter,', ',,,,Nameless,,');
    expect(parse(bytes).skipped).toEqual([{ row: 4, reason: 'It has no first or last name.' }]);
  });

  it('skips a row with more values than columns, saying why', () => {
    const { rows, skipped } = parse(file(HEADER, 'Priya,Raman,,,Northwind Traders, Inc.,Engineer,03 Nov 2026', 'Tom,Ode,,,Beta,PM,01 Jan 2024,'));
    expect(rows.map((row) => row.firstName)).toEqual(['Tom']);
    expect(skipped).toEqual([{ row: 2, reason: expect.stringMatching(/^It has 8 values for the 7 columns of the header \(line 1\)/u) as string }]);
  });

  it('skips a row whose quote never closes and reads on from the next line', () => {
    const { rows, skipped } = parse(file(HEADER, 'Ana,"Silva,https://www.linkedin.com/in/ana,,Acme,Eng,01 Jan 2024', 'Ben,Ode,,,Beta,PM,02 Jan 2024'));
    expect(rows.map((row) => row.firstName)).toEqual(['Ben']);
    expect(skipped).toEqual([{ row: 2, reason: expect.stringMatching(/never closed/u) as string }]);
  });

  it('skips a row whose quotes run it into the next lines', () => {
    const { rows, skipped } = parse(file(HEADER, 'Ana,"Silva,,,Acme,Eng,01 Jan 2024', 'Ben,Ode,,,"Beta, Inc.",PM,02 Jan 2024', 'Cy,Ray,,,Gamma,PM,03 Jan 2024'));
    expect(skipped).toEqual([{ row: 2, reason: expect.stringMatching(/^Its quotes do not pair up, so lines 2–3/u) as string }]);
    expect(rows.map((row) => row.firstName)).toEqual(['Cy']);
  });
});

describe('parseLinkedInConnections: files that are not LinkedIn connections', () => {
  it('refuses a CSV with unrelated columns, naming its first line', () => {
    const error = failure(file('id,name,price', '1,Widget,9.99', '2,Gadget,19.99'));
    expect(error.message).toMatch(/^This does not look like LinkedIn's Connections\.csv: line 1 reads “id, name, price”/u);
    expect(error.row).toBe(1);
  });

  it("refuses another program's contacts list with first and last names", () => {
    const error = failure(file('First Name,Last Name,Company,E-mail Address', 'Ana,Silva,Acme,ana@example.com'));
    expect(error.message).toMatch(/^This does not look like LinkedIn's Connections\.csv/u);
  });

  it('refuses a headerless CSV whose rows are not connections', () => {
    expect(failure(file('1,2,3,4,5,6,7', '8,9,10,11,12,13,14')).row).toBe(1);
  });

  it('refuses only the notes, with no header or rows', () => {
    expect(failure(file(...NOTES)).message).toMatch(/^This does not look like LinkedIn's Connections\.csv/u);
  });

  it('refuses an empty file', () => {
    expect(failure(new Uint8Array()).message).toBe("This does not look like LinkedIn's Connections.csv: the file is empty.");
    expect(failure(utf8('\uFEFF \r\n\r\n')).message).toMatch(/the file is empty/u);
  });

  it('refuses a binary file', () => {
    const png = new Uint8Array(600);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    for (let index = 16; index < png.length; index++) png[index] = (index * 37) % 256;
    expect(failure(png).message).toMatch(/^This does not look like LinkedIn's Connections\.csv: it is not a text file/u);
  });

  it('refuses plain text', () => {
    expect(failure(utf8('Dear Sam,\nthank you for the interview.\n')).row).toBe(1);
  });
});

describe('parseLinkedInConnections: a large export', () => {
  it('reads 10,000 rows', () => {
    const lines = [...NOTES, HEADER];
    for (let index = 0; index < 10_000; index++) {
      lines.push(`First${index},"Last, ${index}",https://www.linkedin.com/in/person-${index}/,${index % 3 === 0 ? `p${index}@example.com` : ''},"Company ${index}, Inc.",Engineer,${(index % 28) + 1} Mar 2024`);
    }
    const started = performance.now();
    const { rows, skipped } = parse(utf8(`\uFEFF${lines.join('\r\n')}\r\n`));
    const elapsed = performance.now() - started;
    expect(skipped).toEqual([]);
    expect(rows).toHaveLength(10_000);
    expect(rows[0]).toEqual(
      connection({ firstName: 'First0', lastName: 'Last, 0', profileUrl: 'https://www.linkedin.com/in/person-0', email: 'p0@example.com', company: 'Company 0, Inc.', position: 'Engineer', connectedOn: '2024-03-01' }),
    );
    expect(rows[9_999]).toEqual(
      connection({ firstName: 'First9999', lastName: 'Last, 9999', profileUrl: 'https://www.linkedin.com/in/person-9999', email: 'p9999@example.com', company: 'Company 9999, Inc.', position: 'Engineer', connectedOn: '2024-03-04' }),
    );
    expect(rows.filter((row) => row.email !== null)).toHaveLength(3334);
    expect(elapsed).toBeGreaterThan(0); // measured for a look in a debugger, not asserted
  });
});

describe('parseLinkedInConnections: real-world samples', () => {
  const sample = (name: string) => parse(readFileSync(path.join(SAMPLES, name)));

  it('parses every sample without error', () => {
    const names = readdirSync(SAMPLES).filter((name) => name.endsWith('.csv'));
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) expect(sample(name).rows.length, name).toBeGreaterThan(0);
  });

  it('flashesofbrilliance: two blank lines after the notes, an empty last date', () => {
    const { rows, skipped } = sample('flashesofbrilliance-two-blank-lines-empty-date.csv');
    expect(skipped).toEqual([]);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual(
      connection({ firstName: 'Ada', lastName: 'Lovelace', profileUrl: 'https://www.linkedin.com/in/ada', company: 'Analytical Engines', position: 'Founder & CEO', connectedOn: '2026-05-14' }),
    );
    expect(rows[6]).toEqual(connection({ firstName: 'Tim', lastName: 'Berners-Lee', profileUrl: 'https://www.linkedin.com/in/tim', company: 'Web Foundation', position: 'Head of Standards' }));
  });

  it('hirefrank: a shortened notes paragraph', () => {
    const { rows, skipped } = sample('hirefrank-short-notes.csv');
    expect(skipped).toEqual([]);
    expect(rows.map((row) => `${row.firstName} ${row.lastName}`)).toEqual([
      'Ada Lovelace', 'Jane Doe', 'John Smith', 'Alice Chen', 'Bob Lee', 'Carol Nguyen', 'Dan Park', 'Eve Kim', 'Frank Wu', 'Grace Zhao',
    ]);
    expect(rows[9]).toEqual(
      connection({ firstName: 'Grace', lastName: 'Zhao', profileUrl: 'https://www.linkedin.com/in/grace', company: 'University of Nowhere', position: 'Professor', connectedOn: '2024-10-10' }),
    );
  });

  it('kawsay: byte-order mark, accents, quoted commas', () => {
    expect(sample('kawsay-bom-quoted-commas.csv')).toEqual({
      rows: [
        connection({ firstName: 'José', lastName: 'García', profileUrl: 'https://www.linkedin.com/in/josegarcia', company: 'Acme, Inc.', position: 'Senior Engineer', connectedOn: '2024-01-15' }),
        connection({
          firstName: 'Æsop',
          lastName: 'Fontaine',
          profileUrl: 'https://www.linkedin.com/in/aesop',
          email: 'aesop@example.com',
          company: 'Globex',
          position: 'Director, Operations',
          connectedOn: '2024-02-03',
        }),
      ],
      skipped: [],
    });
  });

  it('labeldekho: unquoted notes, URL as the last column, URLs without www', () => {
    const { rows, skipped } = sample('labeldekho-url-last-column.csv');
    expect(skipped).toEqual([]);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual(
      connection({
        firstName: 'Alice',
        lastName: 'Johnson',
        email: 'alice.johnson@example.com',
        company: 'TechCorp',
        position: 'CTO',
        connectedOn: '2023-01-15',
        profileUrl: 'https://www.linkedin.com/in/alicejohnson',
      }),
    );
    expect(rows[2]!.email).toBeNull();
    expect(rows[9]).toMatchObject({ firstName: 'Jack', company: 'OpenAI', connectedOn: '2024-03-25', profileUrl: 'https://www.linkedin.com/in/jackanderson' });
  });

  it('mba-mcp: a US numeric date and a row without names', () => {
    const { rows, skipped } = sample('mba-mcp-us-date-nameless-row.csv');
    expect(skipped).toEqual([{ row: 9, reason: 'It has no first or last name.' }]);
    expect(rows.map((row) => row.connectedOn)).toEqual(['2025-06-18', '2021-02-02', '2024-11-11', '2023-05-14']);
    expect(rows[2]).toEqual(
      connection({
        firstName: 'Dana',
        lastName: 'Whitfield',
        profileUrl: 'https://www.linkedin.com/in/dwhitfield',
        email: 'dana@example.com',
        company: 'McKinsey & Company, Inc.',
        position: 'Campus Recruiting Lead',
        connectedOn: '2024-11-11',
      }),
    );
  });

  it('mutuals: padded names, missing names, upper-case email, a company over two lines', () => {
    const { rows, skipped } = sample('mutuals-messy-rows.csv');
    expect(skipped).toEqual([]);
    expect(rows).toHaveLength(40);
    const byName = (first: string, last: string) => rows.filter((row) => row.firstName === first && row.lastName === last);
    expect(byName('Jürgen', 'Müller')[0]).toMatchObject({ position: 'Head of Engineering, Diagnostics', connectedOn: '2021-02-02' });
    expect(byName('Lena', 'Schmidt')).toHaveLength(2);
    expect(byName('Lena', 'Schmidt')[1]).toEqual(connection({ firstName: 'Lena', lastName: 'Schmidt', company: 'Anthropic', position: 'Research Engineer', connectedOn: '2025-01-23' }));
    expect(byName('Kwame', '')[0]).toMatchObject({ company: null, position: null, connectedOn: '2023-07-13' });
    expect(byName('', 'Nakamura')[0]).toMatchObject({ company: 'Toyota', profileUrl: 'https://www.linkedin.com/in/nakamura-k' });
    expect(byName('Elena', 'Petrova')[0]).toMatchObject({ email: 'elena.petrova@example.ru', company: 'Yandex N.V.', position: 'Lead Designer, Maps & Navigation' });
    expect(byName('Zoe', 'Williams')[0]).toMatchObject({ company: 'Anthropic PBC', position: 'Recruiter', connectedOn: '2025-08-08' });
    expect(byName('Tobias', 'Rothe')[0]).toMatchObject({ connectedOn: '2025-03-11' });
    expect(byName('Ingrid', 'Larsen')[0]!.company).toBe('Ørsted');
  });

  it('sanketmuchhala: quoted notes lines without a blank line, no final line break', () => {
    const { rows, skipped } = sample('sanketmuchhala-no-blank-line-no-final-newline.csv');
    expect(skipped).toEqual([]);
    expect(rows.map((row) => row.firstName)).toEqual(['Tony', 'Pepper', 'Thor', "T'Challa", 'Groot', 'Hank']);
    expect(rows[0]!.email).toBe('tony@example.com');
    expect(rows[5]).toEqual(
      connection({
        firstName: 'Hank',
        lastName: 'Pym',
        profileUrl: 'https://www.linkedin.com/in/hankpym145',
        company: 'Pym Technologies',
        position: "Founder & Deep Learning Scientist - Don't Call Me Ant Man",
        connectedOn: '2025-09-21',
      }),
    );
  });

  it('sanketmuchhala: twenty rows, some with email', () => {
    const { rows, skipped } = sample('sanketmuchhala-twenty-rows.csv');
    expect(skipped).toEqual([]);
    expect(rows).toHaveLength(20);
    expect(rows.filter((row) => row.email !== null).map((row) => row.email)).toEqual([
      'sarah@example.com', 'emily.t@example.com', 'rob@example.com', 'chris@example.com', 'jess@example.com', 'kevin@example.com', 'steph@example.com',
    ]);
    expect(rows[19]).toMatchObject({ firstName: 'Jonathan', lastName: 'Clark', company: 'NVIDIA', connectedOn: '2025-12-25' });
  });
});
