import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared';
import { parseVCards } from '../imports';
import { foldLine } from './content-lines';
import { peopleToVCards, splitFullName, vcardFileName } from './vcard-export';

/**
 * A stored person. Fields the writer does not read (such as `connectedOn`, being added to the
 * contract as this is written) are left out, hence the assertion.
 */
function person(overrides: Partial<Person> = {}): Person {
  const stored = {
    id: 7,
    fullName: 'Priya Raman',
    addressAsOverride: null,
    addressAs: 'Priya',
    email: 'priya@example.com',
    emails: ['priya@example.com', 'p.raman@work.example'],
    phone: '+1 415 555 0100',
    company: 'Acme, Inc.',
    title: 'Engineering Manager',
    linkedinUrl: 'https://www.linkedin.com/in/priya-raman-42',
    notes: 'Met at the meetup.\nLikes tea.',
    tags: ['mentor', 'bay area'],
    archivedAt: null,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-30T18:45:12.345Z',
    revision: 3,
  };
  return { ...stored, ...overrides } as Person;
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** The physical lines of a file, which must end in CRLF and have no bare CR or LF. */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  return text.slice(0, -2).split('\r\n');
}

function expectWellFormed(text: string): void {
  for (const line of physicalLines(text)) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
  // Every physical line is valid UTF-8 on its own: no fold splits a character.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of physicalLines(text)) expect(() => decoder.decode(Buffer.from(line, 'utf8'))).not.toThrow();
  expect(text).not.toContain('\uFFFD');
}

/** The logical lines of a file, folds undone. */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/gu, '').split('\r\n');
}

/** The cards as ical.js reads them (vCard 3.0 design set). */
function icalCards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  const list = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown as ConstructorParameters<typeof ICAL.Component>[0][];
  return list.map((jcard) => new ICAL.Component(jcard));
}

describe('peopleToVCards', () => {
  it('writes a full card that our importer reads back', () => {
    const text = peopleToVCards([person()]);
    expectWellFormed(text);
    expect(parseVCards(bytes(text)).cards).toEqual([
      {
        fullName: 'Priya Raman',
        givenName: 'Priya',
        emails: ['priya@example.com', 'p.raman@work.example'],
        phone: '+1 415 555 0100',
        company: 'Acme, Inc.',
        title: 'Engineering Manager',
        linkedin: 'https://www.linkedin.com/in/priya-raman-42',
        notes: 'Met at the meetup.\nLikes tea.',
      },
    ]);
  });

  it('writes the properties in the expected form', () => {
    expect(unfold(peopleToVCards([person({ addressAsOverride: 'Pri' })]))).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Thankful//Thankful//EN',
      'N:Raman;Priya;;;',
      'FN:Priya Raman',
      'NICKNAME:Pri',
      'EMAIL;TYPE=INTERNET,PREF:priya@example.com',
      'EMAIL;TYPE=INTERNET:p.raman@work.example',
      'TEL;TYPE=VOICE:+1 415 555 0100',
      'ORG:Acme\\, Inc.',
      'TITLE:Engineering Manager',
      'URL:https://www.linkedin.com/in/priya-raman-42',
      'X-SOCIALPROFILE;TYPE=linkedin;X-USER=priya-raman-42:https://www.linkedin.com/in/priya-raman-42',
      'NOTE:Met at the meetup.\\nLikes tea.',
      'CATEGORIES:mentor,bay area',
      'UID:thankful-person-7@thankful.invalid',
      'REV:20261130T184512Z',
      'END:VCARD',
      '',
    ]);
  });

  it('is read by ical.js with the same values', () => {
    const [card] = icalCards(peopleToVCards([person({ tags: ['a,b', 'c;d', 'e\\f'] })]));
    expect(card!.getFirstPropertyValue('fn')).toBe('Priya Raman');
    expect(card!.getFirstProperty('n')!.getValues()[0]).toEqual(['Raman', 'Priya', '', '', '']);
    expect(card!.getFirstPropertyValue('org')).toBe('Acme, Inc.');
    expect(card!.getFirstPropertyValue('note')).toBe('Met at the meetup.\nLikes tea.');
    expect(card!.getAllProperties('email').map((property) => property.getFirstValue())).toEqual(['priya@example.com', 'p.raman@work.example']);
    expect(card!.getFirstProperty('email')!.getParameter('type')).toEqual(['INTERNET', 'PREF']);
    expect(card!.getFirstProperty('categories')!.getValues()).toEqual(['a,b', 'c;d', 'e\\f']);
    expect(card!.getFirstPropertyValue('url')).toBe('https://www.linkedin.com/in/priya-raman-42');
    expect(card!.getFirstProperty('x-socialprofile')!.getParameter('type')).toBe('linkedin');
  });

  it('writes a person with only a name as a minimal card', () => {
    const bare = person({ fullName: 'Madonna', emails: [], email: null, phone: '', company: '', title: '', linkedinUrl: '', notes: '', tags: [] });
    const text = peopleToVCards([bare]);
    expect(unfold(text)).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Thankful//Thankful//EN',
      'N:;Madonna;;;',
      'FN:Madonna',
      'UID:thankful-person-7@thankful.invalid',
      'REV:20261130T184512Z',
      'END:VCARD',
      '',
    ]);
    expect(parseVCards(bytes(text)).cards).toEqual([
      { fullName: 'Madonna', givenName: 'Madonna', emails: [], phone: null, company: null, title: null, linkedin: null, notes: null },
    ]);
  });

  it('writes one card per person, in order, and nothing for nobody', () => {
    const text = peopleToVCards([person(), person({ id: 8, fullName: 'Tom Li', emails: ['tom@example.com'] })]);
    expect(parseVCards(bytes(text)).cards.map((card) => [card.fullName, card.emails])).toEqual([
      ['Priya Raman', ['priya@example.com', 'p.raman@work.example']],
      ['Tom Li', ['tom@example.com']],
    ]);
    expect(unfold(text).filter((line) => line.startsWith('UID:'))).toEqual(['UID:thankful-person-7@thankful.invalid', 'UID:thankful-person-8@thankful.invalid']);
    expect(peopleToVCards([])).toBe('');
  });

  it('falls back to `email` when `emails` is empty', () => {
    const text = peopleToVCards([person({ emails: [], email: 'only@example.com' })]);
    expect(text).toContain('EMAIL;TYPE=INTERNET,PREF:only@example.com\r\n');
  });

  it('escapes text and keeps notes with punctuation and line breaks intact', () => {
    const notes = 'Q&A? #1 at 50% + snacks, then; a \\ path "quoted"\nline two\r\nline three\n\nafter a blank';
    const text = peopleToVCards([person({ notes, title: 'VP; R&D, Europe', company: 'Smith; Jones, LLP' })]);
    expectWellFormed(text);
    const [card] = parseVCards(bytes(text)).cards;
    expect(card!.notes).toBe(notes.replace(/\r\n/gu, '\n'));
    expect(card!.title).toBe('VP; R&D, Europe');
    expect(text).toContain('TITLE:VP; R&D\\, Europe\r\n');
    expect(icalCards(text)[0]!.getFirstPropertyValue('note')).toBe(notes.replace(/\r\n/gu, '\n'));
    expect(icalCards(text)[0]!.getFirstPropertyValue('title')).toBe('VP; R&D, Europe');
    // In ORG a ";" separates components (company; department), so there it is escaped.
    expect(text).toContain('ORG:Smith\\; Jones\\, LLP\r\n');
    expect(card!.company).toBe('Smith; Jones, LLP');
    expect(icalCards(text)[0]!.getFirstPropertyValue('org')).toBe('Smith; Jones, LLP');
  });

  it.each([
    ['emoji', '😀🎉👩‍👩‍👧‍👦 '.repeat(12) + 'Smile'],
    ['Arabic', 'محمد بن عبد الرحمن بن عبد العزيز بن عبد الله بن فيصل آل سعود بن سلمان'],
    ['Hebrew', 'אברהם יהושע השל בן משה מרדכי השל ושרה מלכה השל מוורשה, ניו יורק'],
    ['CJK', '王 ' + '小明大文中国日本語한국어'.repeat(4)],
  ])('folds a long %s name without splitting a character, and reads back the same', (_, fullName) => {
    const long = person({ fullName, notes: `${fullName}\n${fullName}, ${fullName}; \\ "${fullName}"`, company: fullName });
    const text = peopleToVCards([long]);
    expectWellFormed(text);
    expect(text.split('\r\n').length).toBeGreaterThan(20);
    const [card] = parseVCards(bytes(text)).cards;
    expect(card!.fullName).toBe(fullName);
    expect(card!.company).toBe(fullName);
    expect(card!.notes).toBe(long.notes);
    const [icalCard] = icalCards(text);
    expect(icalCard!.getFirstPropertyValue('fn')).toBe(fullName);
    expect(icalCard!.getFirstPropertyValue('note')).toBe(long.notes);
  });

  it('writes NICKNAME only for a greeting the user set that the name does not already say', () => {
    const nickname = (overrides: Partial<Person>) => /^NICKNAME:(.*)$/mu.exec(peopleToVCards([person(overrides)]))?.[1]?.trim() ?? null;
    expect(nickname({ addressAsOverride: null, addressAs: 'Priya' })).toBeNull();
    expect(nickname({ addressAsOverride: 'priya' })).toBeNull();
    expect(nickname({ addressAsOverride: 'Priya Raman' })).toBeNull();
    expect(nickname({ addressAsOverride: '  ' })).toBeNull();
    expect(nickname({ addressAsOverride: 'Dr. Raman' })).toBe('Dr. Raman');
  });

  it('writes X-SOCIALPROFILE only for a linkedin.com/in/ profile, URL for any link', () => {
    const text = peopleToVCards([person({ linkedinUrl: 'https://example.com/priya' })]);
    expect(text).toContain('URL:https://example.com/priya\r\n');
    expect(text).not.toContain('X-SOCIALPROFILE');
    const withQuery = peopleToVCards([person({ linkedinUrl: 'https://de.linkedin.com/in/priya-raman-42/?trk=x' })]);
    expect(parseVCards(bytes(withQuery)).cards[0]!.linkedin).toBe('https://www.linkedin.com/in/priya-raman-42');
  });

  it('leaves REV out when the change time is unreadable', () => {
    expect(peopleToVCards([person({ updatedAt: 'not a date' })])).not.toContain('REV:');
  });
});

describe('splitFullName', () => {
  it.each([
    ['Priya Raman', { family: 'Raman', given: 'Priya', prefix: '', suffix: '' }],
    ['Mary Ann Smith', { family: 'Smith', given: 'Mary Ann', prefix: '', suffix: '' }],
    ['Madonna', { family: '', given: 'Madonna', prefix: '', suffix: '' }],
    ['  Priya   Raman ', { family: 'Raman', given: 'Priya', prefix: '', suffix: '' }],
    ['Dr. Amara Okafor', { family: 'Okafor', given: 'Amara', prefix: 'Dr.', suffix: '' }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', prefix: '', suffix: 'Jr.' }],
    ['Priya Raman, PhD', { family: 'Raman', given: 'Priya', prefix: '', suffix: 'PhD' }],
    ['Raman, Priya', { family: 'Raman', given: 'Priya', prefix: '', suffix: '' }],
    ['Vincent van Gogh', { family: 'van Gogh', given: 'Vincent', prefix: '', suffix: '' }],
    ['Ursula von der Leyen', { family: 'von der Leyen', given: 'Ursula', prefix: '', suffix: '' }],
    ['Van Morrison', { family: 'Morrison', given: 'Van', prefix: '', suffix: '' }],
    ['Luiz Inácio da Silva', { family: 'da Silva', given: 'Luiz Inácio', prefix: '', suffix: '' }],
    ['王小明', { family: '', given: '王小明', prefix: '', suffix: '' }],
    ['王 小明', { family: '王', given: '小明', prefix: '', suffix: '' }],
    ['山田 太郎', { family: '山田', given: '太郎', prefix: '', suffix: '' }],
    ['김 민수', { family: '김', given: '민수', prefix: '', suffix: '' }],
    ['محمد بن سلمان', { family: 'بن سلمان', given: 'محمد', prefix: '', suffix: '' }],
    ['فيصل بن عبد العزيز آل سعود', { family: 'آل سعود', given: 'فيصل بن عبد العزيز', prefix: '', suffix: '' }],
    ['דוד בן גוריון', { family: 'גוריון', given: 'דוד בן', prefix: '', suffix: '' }],
    ['Dr.', { family: '', given: 'Dr.', prefix: '', suffix: '' }],
    ['', { family: '', given: '', prefix: '', suffix: '' }],
  ])('%s', (fullName, parts) => {
    expect(splitFullName(fullName)).toEqual(parts);
  });

  it('gives our importer the given name it would guess', () => {
    for (const fullName of ['Dr. Amara Okafor', 'Vincent van Gogh', '王 小明', 'Raman, Priya']) {
      const [card] = parseVCards(bytes(peopleToVCards([person({ fullName })]))).cards;
      expect(card!.fullName).toBe(fullName);
      expect(card!.givenName).toBe(splitFullName(fullName).given);
    }
  });
});

describe('vcardFileName', () => {
  const now = new Date(2026, 11, 1, 12, 0, 0);

  it('names one person’s file after them, several by the date', () => {
    expect(vcardFileName([person()], now)).toBe('Priya Raman.vcf');
    expect(vcardFileName([person(), person({ fullName: 'Tom Li' })], now)).toBe('Thankful contacts 2026-12-01.vcf');
    expect(vcardFileName([], now)).toBe('Thankful contacts 2026-12-01.vcf');
  });

  it('replaces characters Windows and macOS do not allow', () => {
    expect(vcardFileName([person({ fullName: 'A/B\\C:D*E?F"G<H>I|J' })], now)).toBe('A B C D E F G H I J.vcf');
    expect(vcardFileName([person({ fullName: '  ..Hidden. ' })], now)).toBe('Hidden.vcf');
    expect(vcardFileName([person({ fullName: '???' })], now)).toBe('Contact.vcf');
    expect(vcardFileName([person({ fullName: 'con' })], now)).toBe('_con.vcf');
    expect(vcardFileName([person({ fullName: 'Nul.Inc' })], now)).toBe('_Nul.Inc.vcf');
    expect(vcardFileName([person({ fullName: 'Connie Lee' })], now)).toBe('Connie Lee.vcf');
    expect(vcardFileName([person({ fullName: '王小明' })], now)).toBe('王小明.vcf');
  });

  it('keeps long names to 80 characters without splitting a character', () => {
    const name = vcardFileName([person({ fullName: '😀'.repeat(100) })], now);
    expect(name).toBe(`${'😀'.repeat(80)}.vcf`);
  });
});

describe('foldLine', () => {
  it('leaves short lines alone and folds long ones at 75 octets, the leading space counted', () => {
    expect(foldLine('FN:Priya')).toBe('FN:Priya');
    const folded = foldLine(`NOTE:${'x'.repeat(200)}`);
    expect(folded.split('\r\n').map((line) => line.length)).toEqual([75, 75, 57]);
    expect(folded.split('\r\n').slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /gu, '')).toBe(`NOTE:${'x'.repeat(200)}`);
  });

  it('never breaks between a backslash and the character it escapes', () => {
    for (let pad = 0; pad < 4; pad++) {
      const line = `NOTE:${'x'.repeat(68 + pad)}${'\\n\\,'.repeat(20)}`;
      for (const physical of foldLine(line).split('\r\n')) {
        expect(physical.replace(/\\\\/gu, '')).not.toMatch(/\\$/u);
      }
    }
  });

  it('keeps four-byte characters whole at every offset', () => {
    for (let pad = 0; pad < 4; pad++) {
      const line = `FN:${'a'.repeat(pad)}${'😀'.repeat(40)}`;
      const physical = foldLine(line).split('\r\n');
      for (const part of physical) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    }
  });
});
