import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VCardFileError, parseVCards, type VCardContact } from './vcard';

const FIXTURES = path.resolve(__dirname, 'samples/shared');
const SAMPLES = path.resolve(__dirname, 'samples/vcard');

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A file of the given lines, CRLF-separated. */
function file(...lines: string[]): Uint8Array {
  return utf8([...lines, ''].join('\r\n'));
}

/** One card with the given properties, CRLF-separated. */
function card(version: '2.1' | '3.0' | '4.0', ...lines: string[]): string[] {
  return ['BEGIN:VCARD', `VERSION:${version}`, ...lines, 'END:VCARD'];
}

function only(bytes: Uint8Array): VCardContact {
  const { cards } = parseVCards(bytes);
  expect(cards).toHaveLength(1);
  return cards[0]!;
}

function failure(bytes: Uint8Array): VCardFileError {
  try {
    parseVCards(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(VCardFileError);
    return error as VCardFileError;
  }
  throw new Error('expected a VCardFileError');
}

/** Bytes of `text` in windows-1252 (only Latin-1 characters used). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index++) {
    const code = units.charCodeAt(index);
    bytes[index * 2 + (order === 'le' ? 0 : 1)] = code & 0xff;
    bytes[index * 2 + (order === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

describe('parseVCards: the shared fixtures', () => {
  it('reads the team’s shared fixtures, kept in the repository (samples/shared)', () => {
    expect(existsSync(path.join(FIXTURES, 'contacts-apple-v3.vcf'))).toBe(true);
  });

  it('reads the macOS Contacts export', () => {
    const { cards } = parseVCards(readFileSync(path.join(FIXTURES, 'contacts-apple-v3.vcf')));
    expect(cards).toEqual([
      {
        fullName: 'Priya Raman',
        givenName: 'Priya',
        emails: ['priya.raman@example.com', 'priya.r@example.net'],
        phone: '+1 (555) 010-2233',
        company: 'Northwind Traders, Inc.',
        title: 'Engineering Manager',
        linkedin: 'https://www.linkedin.com/in/priya-raman-42',
        notes: 'Met at the Northwind platform team panel. Loves distributed tracing; asked about my OpenTelemetry work.',
      },
      {
        fullName: 'Dr. Chidi Okafor',
        givenName: 'Chidi',
        emails: ['c.okafor@contoso.example'],
        phone: null,
        company: 'Contoso Research',
        title: 'Principal Scientist',
        linkedin: 'https://www.linkedin.com/in/chidi-okafor',
        notes: null,
      },
    ]);
  });

  it('reads the Android export', () => {
    expect(only(readFileSync(path.join(FIXTURES, 'contacts-android-v21.vcf')))).toEqual({
      fullName: 'Jürgen Müller',
      givenName: 'Jürgen',
      emails: ['juergen.mueller@example.de'],
      phone: '+49 151 2345678',
      company: 'Tailspin Toys GmbH',
      title: 'Geschäftsführer und Gründer',
      linkedin: null,
      notes: null,
    });
  });
});

describe('parseVCards: lines and encodings', () => {
  const priya = card('3.0', 'FN:Priya Raman', 'EMAIL:priya@example.com');

  it('reads CRLF, LF and CR line ends alike', () => {
    for (const separator of ['\r\n', '\n', '\r']) {
      expect(only(utf8(priya.join(separator))), JSON.stringify(separator)).toMatchObject({ fullName: 'Priya Raman', emails: ['priya@example.com'] });
    }
  });

  it('unfolds lines continued with a space or a tab', () => {
    expect(only(file(...card('3.0', 'FN:Priya', '  Raman', 'NOTE:one', '\ttwo', 'EMAIL:priya.ra', ' man@example.com')))).toMatchObject({
      fullName: 'Priya Raman',
      notes: 'onetwo',
      emails: ['priya.raman@example.com'],
    });
  });

  it('keeps a character whose UTF-8 bytes a fold splits', () => {
    const bytes = new Uint8Array([...utf8('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:J'), 0xc3, ...utf8('\r\n '), 0xbc, ...utf8('rgen\r\nEND:VCARD\r\n')]);
    expect(only(bytes).fullName).toBe('Jürgen');
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    const text = card('3.0', 'FN:Zoë Ångström').join('\r\n');
    expect(only(utf8(`\uFEFF${text}`)).fullName).toBe('Zoë Ångström');
    expect(only(utf8(text)).fullName).toBe('Zoë Ångström');
  });

  it('reads UTF-16 (Outlook) little- and big-endian, with and without a byte-order mark', () => {
    const text = card('2.1', 'N:Ødegård;Åse', 'FN:Åse Ødegård', 'EMAIL;PREF;INTERNET:ase@example.no').join('\r\n');
    for (const [order, bom] of [['le', true], ['le', false], ['be', true], ['be', false]] as const) {
      expect(only(utf16(text, order, bom)), `${order} ${bom}`).toMatchObject({ fullName: 'Åse Ødegård', givenName: 'Åse', emails: ['ase@example.no'] });
    }
  });

  it('reads a windows-1252 file with no CHARSET, line by line', () => {
    const bytes = latin1(card('3.0', 'N:Müller;Jürgen;;;', 'FN:Jürgen Müller', 'ORG:Bäckerei Größer', 'NOTE:Café – 5 €').join('\r\n').replace('–', '\x96').replace('€', '\x80'));
    expect(only(bytes)).toMatchObject({ fullName: 'Jürgen Müller', givenName: 'Jürgen', company: 'Bäckerei Größer', notes: 'Café – 5 €' });
  });

  it('reads each line on its own when one windows-1252 line spoils an otherwise UTF-8 file', () => {
    const bytes = new Uint8Array([...utf8('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nORG:Caf'), 0xe9, ...utf8(' Noir\r\nEND:VCARD\r\n')]);
    expect(only(bytes)).toMatchObject({ fullName: 'Zoë Ångström', company: 'Café Noir' });
  });

  it('skips blank lines between cards and ignores text outside them', () => {
    const bytes = file('Exported from somewhere', '', ...priya, '', '', 'junk: between', ...card('3.0', 'FN:Sam'), 'END:VCARD', 'trailing text');
    expect(parseVCards(bytes).cards.map((found) => found.fullName)).toEqual(['Priya Raman', 'Sam']);
  });

  it('reads property names, BEGIN and END in any case, and groups', () => {
    const bytes = file('begin:vCard', 'version:3.0', 'fn:Priya Raman', 'Item1.Email;Type=Internet:priya@example.com', 'item1.x-ablabel:Work', 'end:vcard');
    expect(only(bytes)).toMatchObject({ fullName: 'Priya Raman', emails: ['priya@example.com'] });
  });

  it('reads parameters whose quoted values hold ":" and ";"', () => {
    const bytes = file(...card('4.0', 'FN;ALTID="a:b;c":Priya Raman', 'EMAIL;X-NOTE="work: main; old":priya@example.com', 'TEL;TYPE="work,voice";PREF=1:+1 555 0100'));
    expect(only(bytes)).toMatchObject({ fullName: 'Priya Raman', emails: ['priya@example.com'], phone: '+1 555 0100' });
  });

  it('reads a card whose lines are all indented, as web pages write them', () => {
    const bytes = utf8('BEGIN:VCARD\n  VERSION:3.0\n  FN:Aryan Awasthi\n  \n  item1.URL:https://www.linkedin.com/in/aryan-a/\n  item1.X-ABLabel:LinkedIn\n  NOTE:folded\n   text\n  END:VCARD\n');
    expect(only(bytes)).toMatchObject({ fullName: 'Aryan Awasthi', linkedin: 'https://www.linkedin.com/in/aryan-a', notes: 'foldedtext' });
  });
});

describe('parseVCards: vCard 2.1', () => {
  it('reads quoted-printable with CHARSET=UTF-8 and a soft line break, before unfolding', () => {
    const bytes = file(...card('2.1', 'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=', 'ller', 'NOTE;ENCODING=QUOTED-PRINTABLE:first=0D=0Asecond =', ' with a space'));
    expect(only(bytes)).toMatchObject({ fullName: 'Jürgen Müller', notes: 'first\nsecond  with a space' });
  });

  it('reads quoted-printable without CHARSET as UTF-8, falling back to windows-1252', () => {
    expect(only(file(...card('2.1', 'FN;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9e')))).toMatchObject({ fullName: 'Renée' });
    expect(only(file(...card('2.1', 'FN;ENCODING=QUOTED-PRINTABLE:Ren=E9e')))).toMatchObject({ fullName: 'Renée' });
  });

  it('reads quoted-printable in ISO-8859-1 and windows-1252, and the bare QUOTED-PRINTABLE parameter', () => {
    const bytes = file(...card('2.1', 'FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Fran=E7oise', 'TITLE;CHARSET=windows-1252;QUOTED-PRINTABLE:=93Chef=94 =80', 'ORG;utf-8;QUOTED-PRINTABLE:Stra=C3=9Fe AG'));
    expect(only(bytes)).toMatchObject({ fullName: 'Françoise', title: '“Chef” €', company: 'Straße AG' });
  });

  it('falls back to windows-1252 when quoted-printable said to be UTF-8 is not', () => {
    expect(only(file(...card('2.1', 'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ren=E9e =80')))).toMatchObject({ fullName: 'Renée €' });
  });

  it('reads quoted-printable in its CHARSET inside a UTF-16 file', () => {
    const text = card('2.1', 'FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Bj=F6rn', 'TITLE:Größter Chef').join('\r\n');
    expect(only(utf16(text, 'le', true))).toMatchObject({ fullName: 'Björn', title: 'Größter Chef' });
  });

  it('reads raw 8-bit values in their CHARSET', () => {
    const bytes = new Uint8Array([...utf8('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1:Ana Pe'), 0xf1, ...utf8('a\r\nEND:VCARD\r\n')]);
    expect(only(bytes).fullName).toBe('Ana Peña');
  });

  it('never lets a soft line break swallow END:VCARD', () => {
    const { cards } = parseVCards(file(...card('2.1', 'FN:Ann', 'NOTE;ENCODING=QUOTED-PRINTABLE:broken='), ...card('2.1', 'FN:Bob')));
    expect(cards.map((found) => [found.fullName, found.notes])).toEqual([
      ['Ann', 'broken'],
      ['Bob', null],
    ]);
  });

  it('skips BASE64 photos: indented lines up to a blank line, unindented lines, and 3.0 folded ones', () => {
    const bytes = file(
      ...card('2.1', 'FN:Ann', 'PHOTO;ENCODING=BASE64;TYPE=JPEG:', '    /9j/4AAQSkZJRgABAQEAYABgAAD/2wBD', '    AAYEBQYFBAYGBQYHBwYIChAKCgkJChQO', '', 'EMAIL;INTERNET:ann@example.com'),
      ...card('2.1', 'FN:Bob', 'PHOTO;JPEG;BASE64:/9j/4AAQSkZJRgABAQEAYABg', 'AAD/2wBDAAYEBQYFBAYGBQYHBwYIChAK', 'CgkJChQO==', '', 'TEL;CELL:+1 555 0101'),
      ...card('3.0', 'FN:Cy', 'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQEAYABg', ' AAD/2wBDAAYEBQYFBAYGBQYHBwYIChAK', 'TITLE:Boss'),
    );
    expect(parseVCards(bytes).cards.map(({ fullName, emails, phone, title }) => ({ fullName, emails, phone, title }))).toEqual([
      { fullName: 'Ann', emails: ['ann@example.com'], phone: null, title: null },
      { fullName: 'Bob', emails: [], phone: '+1 555 0101', title: null },
      { fullName: 'Cy', emails: [], phone: null, title: 'Boss' },
    ]);
  });

  it('reads bare type parameters', () => {
    const bytes = file(...card('2.1', 'FN:Ann', 'TEL;WORK;FAX:+1 555 0199', 'TEL;CELL:+1 555 0100', 'EMAIL;WORK;INTERNET:ann@work.example', 'EMAIL;HOME;INTERNET;PREF:ann@home.example'));
    expect(only(bytes)).toMatchObject({ phone: '+1 555 0100', emails: ['ann@home.example', 'ann@work.example'] });
  });

  it('undoes only the 2.1 escapes: "\\;" and "\\,", not "\\n"', () => {
    const bytes = file(...card('2.1', 'N:Doe;John;Richter,James;;', 'FN:John Doe', 'ORG:Smith\\; Sons, Ltd;Sales', 'NOTE:C:\\new folder\\; see'));
    expect(only(bytes)).toMatchObject({ company: 'Smith; Sons, Ltd', notes: 'C:\\new folder; see', givenName: 'John' });
  });

  it('skips a 2.1 AGENT card nested after AGENT:', () => {
    const bytes = file(...card('2.1', 'FN:Ann Boss', 'AGENT:', 'BEGIN:VCARD', 'VERSION:2.1', 'FN:Assistant', 'EMAIL:assistant@example.com', 'END:VCARD', 'EMAIL:ann@example.com'));
    expect(only(bytes)).toMatchObject({ fullName: 'Ann Boss', emails: ['ann@example.com'] });
  });
});

describe('parseVCards: names', () => {
  it('takes FN, unescaped', () => {
    expect(only(file(...card('3.0', 'N:Doe;John;;;', 'FN:Doe\\, John')))).toMatchObject({ fullName: 'Doe, John', givenName: 'John' });
  });

  it('builds the name from N when there is no FN: prefix, given, additional, family, suffix', () => {
    expect(only(file(...card('3.0', 'N:Okafor;Chidi;Ngozi;Dr.;PhD')))).toMatchObject({ fullName: 'Dr. Chidi Ngozi Okafor PhD', givenName: 'Chidi' });
    expect(only(file(...card('4.0', 'N:Perreault;Simon;;;ing. jr,M.Sc.', 'FN:')))).toMatchObject({ fullName: 'Simon Perreault ing. jr M.Sc.' });
  });

  it('falls back to the company, then to the first email, and skips a card with neither', () => {
    const bytes = file(
      ...card('3.0', 'ORG:Contoso\\, Ltd;Research'),
      ...card('3.0', 'EMAIL:someone@example.com', 'EMAIL;TYPE=pref:preferred@example.com'),
      ...card('3.0', 'TEL:+1 555 0100', 'NOTE:nobody'),
    );
    expect(parseVCards(bytes).cards.map(({ fullName, givenName }) => [fullName, givenName])).toEqual([
      ['Contoso, Ltd', null],
      ['preferred@example.com', null],
    ]);
  });

  it('takes the given name from N, else the first word of FN that is not a title', () => {
    expect(only(file(...card('3.0', 'FN:Dr. Chidi Okafor'))).givenName).toBe('Chidi');
    expect(only(file(...card('3.0', 'FN:Mrs Ada Lovelace'))).givenName).toBe('Ada');
    expect(only(file(...card('3.0', 'N:Lovelace;;;;', 'FN:Ada Lovelace'))).givenName).toBe('Ada');
    expect(only(file(...card('3.0', 'N:;Augusta;;;', 'FN:Ada Lovelace'))).givenName).toBe('Augusta');
    expect(only(file(...card('3.0', 'FN:Dr.'))).givenName).toBeNull();
  });

  it('skips contact groups', () => {
    const bytes = file(...card('4.0', 'KIND:group', 'FN:Friends', 'MEMBER:urn:uuid:1'), ...card('3.0', 'X-ADDRESSBOOKSERVER-KIND:group', 'FN:Team'), ...card('4.0', 'KIND:individual', 'FN:Ann'));
    expect(parseVCards(bytes).cards.map((found) => found.fullName)).toEqual(['Ann']);
  });
});

describe('parseVCards: emails and phones', () => {
  it('puts the preferred email first: 2.1 PREF, 3.0 type=pref and TYPE=INTERNET,PREF', () => {
    expect(only(file(...card('2.1', 'FN:A', 'EMAIL;INTERNET:a@one.example', 'EMAIL;PREF;INTERNET:a@two.example'))).emails).toEqual(['a@two.example', 'a@one.example']);
    expect(only(file(...card('3.0', 'FN:A', 'EMAIL;type=INTERNET:a@one.example', 'EMAIL;type=INTERNET;type=pref:a@two.example'))).emails).toEqual(['a@two.example', 'a@one.example']);
    expect(only(file(...card('3.0', 'FN:A', 'EMAIL;TYPE=INTERNET:a@one.example', 'EMAIL;TYPE=INTERNET,PREF:a@two.example'))).emails).toEqual(['a@two.example', 'a@one.example']);
  });

  it('orders 4.0 PREF numbers lowest first, the rest in file order', () => {
    const bytes = file(...card('4.0', 'FN:A', 'EMAIL:a@one.example', 'EMAIL;PREF=2:a@two.example', 'EMAIL:a@three.example', 'EMAIL;TYPE=work;PREF=1:a@four.example'));
    expect(only(bytes).emails).toEqual(['a@four.example', 'a@two.example', 'a@one.example', 'a@three.example']);
  });

  it('drops repeats (ignoring case) and values that are not addresses; reads mailto: and "Name <address>"', () => {
    const bytes = file(...card('3.0', 'FN:A', 'EMAIL:Ann@Example.com', 'EMAIL:ann@example.com', 'EMAIL:not an address', 'EMAIL:ann@localhost', 'EMAIL:', 'EMAIL:mailto:ann@work.example', 'EMAIL:"Ann B" <ann@home.example>'));
    expect(only(bytes).emails).toEqual(['Ann@example.com', 'ann@work.example', 'ann@home.example']);
  });

  it('takes the preferred phone, else the first; fax and pager numbers only when there is nothing else', () => {
    expect(only(file(...card('3.0', 'FN:A', 'TEL;TYPE=HOME:1', 'TEL;TYPE=CELL,PREF:2'))).phone).toBe('2');
    expect(only(file(...card('3.0', 'FN:A', 'TEL;TYPE=HOME:1', 'TEL;TYPE=CELL:2'))).phone).toBe('1');
    expect(only(file(...card('3.0', 'FN:A', 'TEL;TYPE=WORK,FAX:1', 'TEL;TYPE=CELL:2'))).phone).toBe('2');
    expect(only(file(...card('3.0', 'FN:A', 'TEL;TYPE=FAX:1'))).phone).toBe('1');
    expect(only(file(...card('4.0', 'FN:A', 'TEL;VALUE=uri;TYPE=cell:tel:+1-418-262-6501', 'TEL;VALUE=uri;PREF=1:tel:+1-418-656-9254;ext=102'))).phone).toBe('+1-418-656-9254 ext. 102');
  });
});

describe('parseVCards: company, title, notes', () => {
  it('takes the first ORG component with its escapes undone', () => {
    expect(only(file(...card('3.0', 'FN:A', 'ORG:Smith\\, Jones \\& Co\\; Partners \\\\ Friends\\nLtd;Sales;EMEA'))).company).toBe('Smith, Jones & Co; Partners \\ Friends\nLtd');
  });

  it('reads TITLE and NOTE, joining several notes and leaving empty ones out', () => {
    expect(only(file(...card('3.0', 'FN:A', 'TITLE:Head of Platform\\, EMEA', 'NOTE:Line 1\\nLine 2', 'NOTE:', 'NOTE:Second note')))).toMatchObject({
      title: 'Head of Platform, EMEA',
      notes: 'Line 1\nLine 2\n\nSecond note',
    });
    expect(only(file(...card('3.0', 'FN:A', 'NOTE:  ', 'TITLE:')))).toMatchObject({ notes: null, title: null });
  });
});

describe('parseVCards: LinkedIn', () => {
  const linkedinOf = (...lines: string[]) => only(file(...card('3.0', 'FN:A', ...lines))).linkedin;
  const PROFILE = 'https://www.linkedin.com/in/jane-doe-42';

  it('reads a URL labelled LinkedIn through its group, and any URL to linkedin.com/in/', () => {
    expect(linkedinOf('item7.URL:https://example.com', 'item7.X-ABLabel:_$!<HomePage>!$_', 'item8.URL;type=pref:http\\://www.linkedin.com/in/jane-doe-42/', 'item8.X-ABLabel:LinkedIn')).toBe(PROFILE);
    expect(linkedinOf('URL:https://de.linkedin.com/in/jane-doe-42?trk=public_profile')).toBe(PROFILE);
    expect(linkedinOf('URL;TYPE=WORK:linkedin.com/in/jane-doe-42')).toBe(PROFILE);
    expect(linkedinOf('item1.URL:jane-doe-42', 'item1.X-ABLabel:LinkedIn')).toBe(PROFILE);
  });

  it('reads X-SOCIALPROFILE as a URL, an x-apple: name or only its x-user', () => {
    expect(linkedinOf('X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/jane-doe-42')).toBe(PROFILE);
    expect(linkedinOf('X-SOCIALPROFILE;type=linkedin;x-user=jane-doe-42:x-apple:jane-doe-42')).toBe(PROFILE);
    expect(linkedinOf('X-SOCIALPROFILE;type=linkedin;x-user=jane-doe-42:x-apple:')).toBe(PROFILE);
    expect(linkedinOf('X-SOCIALPROFILE;type=LinkedIn:www.linkedin.com/in/jane-doe-42/')).toBe(PROFILE);
    expect(linkedinOf('X-SOCIALPROFILE;type=linkedin;x-user=jane:https://www.linkedin.com', ' /in/jane-doe-42')).toBe(PROFILE);
    expect(linkedinOf('X-SOCIALPROFILE;type=twitter;x-user=janedoe:x-apple:janedoe')).toBeNull();
  });

  it('reads X-LINKEDIN, 4.0 SOCIALPROFILE and IMPP with a LinkedIn service type', () => {
    expect(linkedinOf('X-LINKEDIN:jane-doe-42')).toBe(PROFILE);
    expect(linkedinOf('X-LINKEDIN:HTTP://LinkedIn.com/in/jane-doe-42#about')).toBe(PROFILE);
    expect(linkedinOf('SOCIALPROFILE;SERVICE-TYPE=LinkedIn:https://linkedin.com/in/jane-doe-42')).toBe(PROFILE);
    expect(linkedinOf('IMPP;X-SERVICE-TYPE=LinkedIn:x-apple:jane-doe-42')).toBe(PROFILE);
  });

  it('gives null for other sites, company pages and no profile', () => {
    expect(linkedinOf('URL:https://example.com/in/jane')).toBeNull();
    expect(linkedinOf('item1.URL:https://www.linkedin.com/company/contoso/', 'item1.X-ABLabel:LinkedIn')).toBeNull();
    expect(linkedinOf('URL:https://www.linkedin.com/in/')).toBeNull();
    expect(linkedinOf('TITLE:Engineer')).toBeNull();
  });
});

describe('parseVCards: vCard 4.0 and several cards', () => {
  it('reads a 4.0 card', () => {
    const bytes = file(
      ...card(
        '4.0',
        'FN:Simon Perreault',
        'N:Perreault;Simon;;;ing. jr,M.Sc.',
        'ORG;TYPE=work:Viagenie',
        'TITLE:Research Engineer',
        'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102',
        'EMAIL;TYPE=work:simon.perreault@viagenie.ca',
        'SOCIALPROFILE;SERVICE-TYPE=LinkedIn:https://www.linkedin.com/in/simon-perreault',
        'NOTE;LANGUAGE=fr:Rencontr\u00e9 \u00e0 l\\, IETF',
      ),
    );
    expect(only(bytes)).toEqual({
      fullName: 'Simon Perreault',
      givenName: 'Simon',
      emails: ['simon.perreault@viagenie.ca'],
      phone: '+1-418-656-9254 ext. 102',
      company: 'Viagenie',
      title: 'Research Engineer',
      linkedin: 'https://www.linkedin.com/in/simon-perreault',
      notes: 'Rencontré à l, IETF',
    });
  });

  it('reads many cards of mixed versions in file order', () => {
    const bytes = file(...card('2.1', 'FN:One'), ...card('3.0', 'FN:Two'), ...card('4.0', 'FN:Three'), '', ...card('3.0', 'FN:Four'));
    expect(parseVCards(bytes).cards.map((found) => found.fullName)).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('reads 10,000 cards well within a second', () => {
    const lines: string[] = [];
    for (let index = 0; index < 10_000; index++) {
      lines.push(
        ...card(
          '3.0',
          `N:Person${index};Given${index};;;`,
          `FN:Given${index} Person${index}`,
          `ORG:Company ${index}\\, Inc.;Dept`,
          'TITLE:Engineer',
          `EMAIL;type=INTERNET;type=WORK;type=pref:person${index}@example.com`,
          `EMAIL;type=INTERNET;type=HOME:p${index}@example.net`,
          'TEL;type=CELL;type=VOICE;type=pref:+1 (555) 010-2233',
          `item1.URL;type=pref:https://www.linkedin.com/in/person-${index}`,
          'item1.X-ABLabel:LinkedIn',
          'NOTE:A note that is long enough to be folded by the writer of the file\\, as it is in real exports; it goes on a b',
          ' it further.',
        ),
      );
    }
    const bytes = utf8(lines.join('\r\n'));
    parseVCards(file(...lines.slice(0, lines.length / 100))); // 100 cards first: the first call also loads the code
    const started = performance.now();
    const { cards } = parseVCards(bytes);
    const elapsed = performance.now() - started;
    expect(cards).toHaveLength(10_000);
    expect(cards[9_999]).toMatchObject({ fullName: 'Given9999 Person9999', linkedin: 'https://www.linkedin.com/in/person-9999' });
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('parseVCards: files it cannot read', () => {
  it('says a file without BEGIN:VCARD has no contacts', () => {
    for (const bytes of [new Uint8Array(), utf8('name,email\nAnn,ann@example.com\n'), utf8('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'), Uint8Array.from({ length: 300 }, (_, index) => (index * 37) % 256)]) {
      const error = failure(bytes);
      expect(error.message).toMatch(/^This file has no contacts in it \(no BEGIN:VCARD\)/u);
      expect(error.line).toBeNull();
    }
  });

  it('names the line of a contact that never ends', () => {
    const error = failure(file(...card('3.0', 'FN:Ann'), '', 'BEGIN:VCARD', 'VERSION:3.0', 'FN:Bob'));
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/^Line 6: a contact starts here but never ends/u);
  });

  it('names the line where a second contact starts inside the first', () => {
    const error = failure(file('BEGIN:VCARD', 'VERSION:3.0', 'FN:Ann', 'BEGIN:VCARD', 'FN:Bob', 'END:VCARD'));
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^Line 4: a new contact starts here, but the one that starts on line 1 has not ended/u);
  });

  it('throws nothing but VCardFileError for any cut-off or damaged file', () => {
    const sources = [readFileSync(path.join(FIXTURES, 'contacts-apple-v3.vcf')), readFileSync(path.join(FIXTURES, 'contacts-android-v21.vcf'))];
    for (const source of sources) {
      for (let cut = 0; cut < source.length; cut += 7) {
        try {
          parseVCards(source.subarray(0, cut));
        } catch (error) {
          expect(error).toBeInstanceOf(VCardFileError);
        }
        const damaged = Uint8Array.from(source);
        damaged[cut] = (damaged[cut]! + 97) % 256;
        try {
          parseVCards(damaged);
        } catch (error) {
          expect(error).toBeInstanceOf(VCardFileError);
        }
      }
    }
  });
});

describe('parseVCards: real-world samples', () => {
  const files = readdirSync(SAMPLES).filter((name) => name.endsWith('.vcf'));
  const sample = (name: string) => parseVCards(readFileSync(path.join(SAMPLES, name))).cards;
  const EXPECTED_ERRORS = new Set(['truncated-v21-no-end.vcf']);

  it('has the samples the README lists, each small', () => {
    const readme = readFileSync(path.join(SAMPLES, 'README.md'), 'utf8');
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const name of files) {
      expect(readme, name).toContain(`\`${name}\``);
      expect(readFileSync(path.join(SAMPLES, name)).length, name).toBeLessThan(20 * 1024);
    }
  });

  it.each(files)('reads %s, or rejects it with a VCardFileError where expected', (name) => {
    if (EXPECTED_ERRORS.has(name)) {
      expect(failure(readFileSync(path.join(SAMPLES, name))).message).toMatch(/^Line \d+: /u);
      return;
    }
    const cards = sample(name);
    expect(cards.length).toBeGreaterThan(0);
    for (const found of cards) {
      expect(found.fullName.trim()).not.toBe('');
      for (const email of found.emails) expect(email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/u);
      expect(found.fullName).not.toMatch(/\uFFFD/u);
    }
  });

  it('Android 2.1: cards with only an email, QP with soft breaks, photo ended by a blank line', () => {
    const cards = sample('android-v21-qp-base64-photo.vcf');
    expect(cards.map((found) => found.fullName)).toEqual(['john.doe@company.com', 'jane.doe@company.com', 'Ñ Ñ Ñ Ñ Ñ', 'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ', 'Ñ Ñ Ñ Ñ', 'ÑÑÑÑ']);
    expect(cards[4]).toMatchObject({ emails: ['bob@company.com'], phone: '123456', company: 'Ñ'.repeat(12) });
    expect(cards[5]).toMatchObject({ emails: ['henry@company.com'], phone: '55556666', company: 'Ñ'.repeat(44) });
  });

  it('BlackBerry 2.1: a card after a one-line photo', () => {
    expect(sample('blackberry-v21-photo-blank-line.vcf')).toEqual([
      { fullName: 'John Doe', givenName: 'john', emails: [], phone: '+96123456789', company: 'Acme Solutions', title: null, linkedin: null, notes: null },
    ]);
  });

  it('Evolution 3.0: folded values and quoted parameters', () => {
    const [found] = sample('evolution-v30-folded-params.vcf');
    expect(found).toMatchObject({ fullName: 'Mr. John Richter, James Doe Sr.', givenName: 'John', emails: ['john.doe@ibm.com'], phone: '905-666-1234', company: 'IBM', title: 'Money Counter' });
    expect(found!.notes).toMatch(/^THIS SOFTWARE IS PROVIDED .* WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED .*SUCH DAMAGE\.$/u);
  });

  it('Gmail 3.0: escaped quotes and newlines in the note, groups', () => {
    const [found] = sample('gmail-v30-escaped-url.vcf');
    expect(found).toMatchObject({ fullName: 'Mr. John Richter, James Doe Sr.', emails: ['john.doe@ibm.com'], phone: '905-555-1234', company: 'IBM' });
    expect(found!.notes).toMatch(/^THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND /u);
    expect(found!.notes).toMatch(/DAMAGE\.\nFavotire Color: Blue$/u);
    expect(sample('gmail-v30-item-groups.vcf')[0]).toMatchObject({
      fullName: 'VCard Test',
      emails: ['email@example.com', 'homeemail@example.com', 'workemail@example.com', 'otheremail@example.com', 'customcategory@example.com'],
      phone: '5555551111',
      notes: 'note line 1\nnote line 2\nCustomField: field value',
    });
  });

  it('Outlook 2.1: PREF;INTERNET email, QP notes with CRLFs, indented BASE64 ended by blank lines', () => {
    expect(sample('outlook-v21-pref-internet.vcf')[0]).toMatchObject({ fullName: 'Mr. John Richter James Doe Sr.', givenName: 'John', emails: ['john.doe@ibm.cm'], phone: '(905) 555-1234', company: 'IBM' });
    expect(sample('outlook2003-v21-indented-base64.vcf')[0]).toMatchObject({
      fullName: 'John Doe III',
      company: 'Company, The',
      title: 'The Job Title',
      emails: ['jdoe@hotmail.com'],
      notes: 'This is the note field!!\nSecond line\n\nThird line is empty',
    });
    expect(sample('outlook2007-v21-qp-note.vcf')[0]).toMatchObject({
      fullName: 'Mr. Michael Angstadt Jr.',
      givenName: 'Michael',
      emails: ['mike.angstadt@gmail.com'],
      phone: '(111) 555-1111',
      notes: "This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\nBut I'm not sure because there's text formatting going on here.\nIt does not preserve the formatting",
    });
    expect(sample('outlook-v21-windows1252-label.vcf')[0]).toMatchObject({ fullName: 'Rudi Wimmel', company: 'Wurstdarm KG', title: 'Compliance Officer', emails: ['Wimmel@wurstdarm.de'] });
  });

  it('the RFC examples: mixed-case BEGIN with LF, TYPE=INTERNET,PREF, tel: URIs', () => {
    expect(sample('rfc2426-v30-lf-lowercase-begin.vcf').map(({ fullName, emails, phone }) => ({ fullName, emails, phone }))).toEqual([
      { fullName: 'Frank Dawson', emails: ['Frank_Dawson@lotus.com', 'fdawson@earthlink.net'], phone: '+1-919-676-9515' },
      { fullName: 'Tim Howes', emails: ['howes@netscape.com'], phone: '+1-415-937-3419' },
    ]);
    expect(sample('rfc6350-v40-tel-uri.vcf')[0]).toMatchObject({ fullName: 'Simon Perreault', givenName: 'Simon', company: 'Viagenie', phone: '+1-418-656-9254 ext. 102' });
  });

  it('4.0 exports: FullContact, CardBook, an odd LABEL parameter', () => {
    expect(sample('fullcontact-v40-odd-param.vcf')[0]).toMatchObject({ fullName: 'Prefix FirstName MiddleName LastName Suffix', givenName: 'FirstName', company: 'Organization1', title: 'Title1', emails: ['home@example.com', 'work@example.com', 'school@example.com', 'other@example.com', 'custom@example.com'] });
    expect(sample('cardbook-v40-pref.vcf').map(({ fullName, givenName, company, title }) => ({ fullName, givenName, company, title }))).toEqual([
      { fullName: 'Möhrke Gerda', givenName: 'Gerda', company: 'KiTa Öhrdingen', title: null },
      { fullName: 'Dr. Max Horst Mustermann jr. Maxl SED', givenName: 'Max', company: 'SED', title: 'Gröfaz' },
    ]);
    expect(sample('caret-escaped-param-v40.vcf')).toEqual([
      { fullName: 'Dummy, Dummy', givenName: 'Dummy', emails: ['dummy.dummy@dummy.com'], phone: '+49 1234 56789', company: 'Dummy GmbH', title: null, linkedin: null, notes: null },
    ]);
  });

  it('the same cards in UTF-16 with a byte-order mark and in windows-1252', () => {
    const expected = [
      { fullName: 'Folker Kinzel', givenName: 'Folker', emails: ['email1@wumms.de', 'email2@folker-kinzel.de'], phone: '0123-45678', company: null, title: null, linkedin: null, notes: null },
      { fullName: 'KMS Außenstelle', givenName: 'WSF', emails: ['blablö@blub.com'], phone: '03443-303776', company: 'KMS Außenstelle', title: null, linkedin: null, notes: null },
    ];
    expect(sample('utf16le-bom-v30.vcf')).toEqual(expected);
    expect(sample('windows1252-v30.vcf')).toEqual(expected);
    expect(sample('windows1252-v21-bare-qp.vcf')[0]).toMatchObject({ fullName: 'Sören Täve Nüßlebaum', givenName: 'Sören' });
  });

  it('Windows Address Book 2.1: bare charset parameters and a long QP note', () => {
    const [found] = sample('wab-v21-bare-charset-params.vcf');
    expect(found).toMatchObject({ fullName: 'Maxl', givenName: 'Max', company: 'Firma', title: 'Position', phone: 'Tel geschäftlich', emails: ['privat@folker-kinzel.de', 'business@folker-kinzel.de', 'andere@folker-kinzel.de'] });
    expect(found!.notes!.split('\n')).toEqual(Array.from({ length: 6 }, () => 'Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüüüü ßßßßßß'));
  });

  it('a cut-off 2.1 file names line 1', () => {
    expect(failure(readFileSync(path.join(SAMPLES, 'truncated-v21-no-end.vcf'))).line).toBe(1);
  });

  it('several 3.0 cards with TYPE=PREF, and a Thunderbird card with CHARSET on 3.0 properties', () => {
    const cards = sample('several-v30-type-pref.vcf');
    expect(cards.map((found) => found.fullName)).toEqual(['Thies-Tillman Jacobsen', 'Lenn Biernoth', 'Ludwig-Götz Graßl', 'Marita Kreutzer', 'Kathi Hoelzl']);
    expect(cards[3]!.notes).toBe('Interessen: Handarbeiten\nLieblingsfarbe: Weiß\nLieblingsessen: Orangen');
    expect(sample('thunderbird-v30-charset-params.vcf')[0]).toMatchObject({
      fullName: 'John Doe',
      company: 'TheOrganization',
      title: 'TheTitle',
      emails: ['doe.john@hotmail.com', 'additional-email@company.com', 'additional-email1@company.com', 'additional-email2@company.com', 'additional-email3@company.com'],
      notes: 'This is the notes field.\nSecond Line\n\nFourth Line\nYou can put anything in the "note" field; even curse words.',
    });
  });
});
