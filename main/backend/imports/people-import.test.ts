import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { personCreateSchema, type PeopleImportAction, type PeopleImportRow } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

// Through the real backend and a real SQLite file: imports.readPeople, then imports.savePeople.

const SAMPLES = path.resolve(__dirname, 'samples');
const sample = (folder: string, name: string) => ({ name, data: fs.readFileSync(path.join(SAMPLES, folder, name)).toString('base64') });
const file = (name: string, text: string) => ({ name, data: Buffer.from(text).toString('base64') });
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const csv = (...rows: string[]) => file('Connections.csv', [HEADER, ...rows].join('\r\n'));

let backend: TestBackend;
afterEach(() => backend?.close());

async function preview(input: { name: string; data: string }) {
  return backend.call('imports.readPeople', input);
}

async function save(input: { name: string; data: string }, actions: PeopleImportAction[] | ((rows: PeopleImportRow[]) => PeopleImportAction[]) = (rows) => rows.map((row) => row.suggested)) {
  const chosen = typeof actions === 'function' ? actions((await preview(input)).rows) : actions;
  return backend.call('imports.savePeople', { ...input, actions: chosen });
}

async function everyone() {
  const { items } = await backend.call('people.list', { archived: 'all', limit: 500 });
  return Promise.all(items.map((item) => backend.call('people.get', { id: item.id })));
}

describe('people from LinkedIn and contacts files: the preview (real backend, real SQLite file)', () => {
  it('reads the LinkedIn sample: every row new, values cleaned, the date of connection read, adding suggested', async () => {
    backend = startTestBackend();
    const result = await preview(sample('shared', 'linkedin-connections.csv'));
    expect(result).toMatchObject({ source: 'linkedin', skipped: 0, skippedRows: [] });
    expect(result.rows.map((row) => [row.incoming.fullName, row.status, row.suggested, row.match])).toEqual([
      ['Priya Raman', 'new', 'add', null],
      ['Tomás Ortega', 'new', 'add', null],
      ['Aiko Tanaka 田中', 'new', 'add', null],
      ['Dana O"Neil', 'new', 'add', null],
      ['Youssef حداد', 'new', 'add', null],
      ['Lena Fischer', 'new', 'add', null],
    ]);
    expect(result.rows[0]).toEqual({
      index: 0,
      incoming: {
        fullName: 'Priya Raman',
        addressAs: 'Priya',
        emails: ['priya.raman@example.com'],
        phone: '',
        company: 'Northwind Traders, Inc.',
        title: 'Engineering Manager',
        linkedinUrl: 'https://www.linkedin.com/in/priya-raman-42',
        notes: '',
        connectedOn: '2026-11-03',
      },
      status: 'new',
      match: null,
      duplicateOf: null,
      differences: [],
      suggested: 'add',
    });
    expect(result.rows[4]!.incoming).toMatchObject({ linkedinUrl: 'https://www.linkedin.com/in/youssef-haddad', connectedOn: '2025-12-07', emails: [] });
    expect(result.rows[5]!.incoming).toMatchObject({ emails: ['lena.fischer+jobs@example.de'], connectedOn: null });
  });

  it('reads the ZIP LinkedIn sends, and a contacts file, telling them apart by their content, not their name', async () => {
    backend = startTestBackend();
    const zipped = zipSync({ 'Basic_LinkedInDataExport/Connections.csv': fs.readFileSync(path.join(SAMPLES, 'shared/linkedin-connections.csv')) });
    const fromZip = await preview({ name: 'export.txt', data: Buffer.from(zipped).toString('base64') });
    expect([fromZip.source, fromZip.rows.length]).toEqual(['linkedin', 6]);
    const cards = await preview({ ...sample('shared', 'contacts-apple-v3.vcf'), name: 'contacts.csv' });
    expect(cards.source).toBe('vcard');
    expect(cards.rows.map((row) => row.incoming)).toEqual([
      {
        fullName: 'Priya Raman',
        addressAs: 'Priya',
        emails: ['priya.raman@example.com', 'priya.r@example.net'],
        phone: '+1 (555) 010-2233',
        company: 'Northwind Traders, Inc.',
        title: 'Engineering Manager',
        linkedinUrl: 'https://www.linkedin.com/in/priya-raman-42',
        notes: 'Met at the Northwind platform team panel. Loves distributed tracing; asked about my OpenTelemetry work.',
        connectedOn: null,
      },
      expect.objectContaining({ fullName: 'Dr. Chidi Okafor', addressAs: 'Chidi', linkedinUrl: 'https://www.linkedin.com/in/chidi-okafor' }),
    ]);
  });

  it('marks rows new, matching (merge when it adds something, skip when not), conflicting (with the differences) and duplicate', async () => {
    backend = startTestBackend();
    const priya = await backend.call('people.create', { fullName: 'Priya Raman', emails: ['Priya.Raman@example.com'], company: 'Northwind Traders, Inc.' });
    const tomas = await backend.call('people.create', { fullName: 'tomás  ortega', company: 'Globex', title: 'Recruiter' });
    const lena = await backend.call('people.create', {
      fullName: 'Lena Fischer',
      emails: ['lena.fischer+jobs@example.de'],
      company: 'Tailspin Toys',
      title: 'Head of Design',
      linkedinUrl: 'https://de.linkedin.com/in/Lena-Fischer/',
    });
    const text = fs.readFileSync(path.join(SAMPLES, 'shared/linkedin-connections.csv'), 'utf8');
    const rows = (await preview(file('Connections.csv', `${text}\r\nP.,Raman,,PRIYA.RAMAN@example.com,Northwind,,\r\nD,O,linkedin.com/in/dana-oneil/,,,,`))).rows;
    const status = rows.map((row) => [row.incoming.fullName, row.status, row.suggested, row.match && [row.match.personId, row.match.by], row.duplicateOf]);
    expect(status).toEqual([
      ['Priya Raman', 'matching', 'merge', [priya.id, 'email'], null],
      ['Tomás Ortega', 'conflicting', 'skip', [tomas.id, 'name'], null],
      ['Aiko Tanaka 田中', 'new', 'add', null, null],
      ['Dana O"Neil', 'new', 'add', null, null],
      ['Youssef حداد', 'new', 'add', null, null],
      ['Lena Fischer', 'matching', 'skip', [lena.id, 'email'], null],
      ['P. Raman', 'duplicate', 'skip', [priya.id, 'email'], 0],
      ['D O', 'duplicate', 'skip', null, 3],
    ]);
    expect(rows[0]!.differences).toEqual([]);
    expect(rows[0]!.match).toEqual({ personId: priya.id, fullName: 'Priya Raman', by: 'email', revision: 0 });
    expect(rows[1]!.differences).toEqual([
      { field: 'company', current: 'Globex', incoming: 'Contoso' },
      { field: 'title', current: 'Recruiter', incoming: 'Talent Partner, Product' },
    ]);
    // Compared against the stored person, not the earlier row: the duplicate's own differences.
    expect(rows[6]!.differences).toEqual([
      { field: 'fullName', current: 'Priya Raman', incoming: 'P. Raman' },
      { field: 'company', current: 'Northwind Traders, Inc.', incoming: 'Northwind' },
    ]);
  });

  it('matches by email before LinkedIn profile before exact name; a name two people share, or spelled without its accents, matches nobody', async () => {
    backend = startTestBackend();
    const byEmail = await backend.call('people.create', { fullName: 'Email Holder', emails: ['ana@example.com'] });
    const byProfile = await backend.call('people.create', { fullName: 'Profile Holder', linkedinUrl: 'www.linkedin.com/in/ANA-LIMA?trk=x' });
    const byName = await backend.call('people.create', { fullName: 'Ana Lima' });
    await backend.call('people.create', { fullName: 'Sam Lee', emails: ['sam1@example.com'] });
    await backend.call('people.create', { fullName: 'Sam Lee', emails: ['sam2@example.com'] });
    await backend.call('people.create', { fullName: 'Zoe Nunez' });
    const joseDecomposed = await backend.call('people.create', { fullName: 'Jose\u0301 Nu\u0301n\u0303ez' });
    const rows = (
      await preview(
        csv(
          'Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@example.com,,,',
          'Ana,Lima,https://www.linkedin.com/in/ana-lima/,,,,',
          ' Ana , LIMA ,,,,,',
          'Sam,Lee,,,,,',
          'Zoë,Núñez,,,,,',
          'José,Núñez,,,,,',
        ),
      )
    ).rows;
    expect(rows.map((row) => row.match && [row.match.personId, row.match.by])).toEqual([
      [byEmail.id, 'email'],
      [byProfile.id, 'linkedin'],
      [byName.id, 'name'],
      null,
      null,
      [joseDecomposed.id, 'name'],
    ]);
    // The second and third rows repeat the first one's profile, and nothing else.
    expect(rows.map((row) => row.duplicateOf)).toEqual([null, 0, null, null, null, null]);
  });

  it('someone taken for a stored person by name alone, with only other addresses, is conflicting (perhaps two people with one name), not merged by default', async () => {
    backend = startTestBackend();
    const john = await backend.call('people.create', { fullName: 'John Smith', emails: ['john@acme.example'] });
    const [row] = (await preview(csv('John,Smith,,jsmith@globex.example,Globex,Recruiter,'))).rows;
    expect(row).toMatchObject({ status: 'conflicting', suggested: 'skip', match: { personId: john.id, by: 'name' } });
    expect(row!.differences).toEqual([{ field: 'emails', current: 'john@acme.example', incoming: 'jsmith@globex.example' }]);
    // Without addresses on one side, the name is all there is to go by: matching.
    const [noEmail] = (await preview(csv('John,Smith,,,Globex,Recruiter,'))).rows;
    expect(noEmail).toMatchObject({ status: 'matching', suggested: 'merge' });
  });

    it('takes a person from a contacts file with no name by their address, and matches them by it alone', async () => {
    backend = startTestBackend();
    const stored = await backend.call('people.create', { fullName: 'Chris Doe', emails: ['chris@example.com'] });
    await backend.call('people.create', { fullName: 'jo@example.com' });
    const cards = 'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:chris@example.com\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:jo@example.com\r\nEND:VCARD\r\n';
    const rows = (await preview(file('cards.vcf', cards))).rows;
    expect(rows.map((row) => [row.incoming.fullName, row.status, row.match?.personId ?? null, row.differences])).toEqual([
      ['chris@example.com', 'matching', stored.id, []],
      ['jo@example.com', 'new', null, []],
    ]);
    await save(file('cards.vcf', cards), ['merge', 'add']);
    expect((await backend.call('people.get', { id: stored.id })).fullName).toBe('Chris Doe');
  });

  it('cuts values to what a person can hold, drops addresses the app refuses, and never loses the row for it', async () => {
    backend = startTestBackend();
    const long = 'x'.repeat(198);
    const rows = (await preview(csv(`"${long}🎉🎉",Lima,,not-an-email,"${'C'.repeat(500)}",Title,`, `Ana,Ode,,ana@exa_mple.com,Acme,,`, `"Bo\tb",Ray,,bob@example.com,,,`))).rows;
    expect(rows).toHaveLength(3);
    const [first, second, third] = rows.map((row) => row.incoming);
    expect(first!.fullName).toBe(`${long}🎉`);
    expect(first!.company).toHaveLength(200);
    expect(first!.emails).toEqual([]);
    expect(second!.emails).toEqual([]); // the reader takes it for an address; the app's own check does not
    expect(third!.fullName).toBe('Bo b Ray');
    for (const row of rows) {
      const { fullName, addressAs, emails, phone, company, title, linkedinUrl, notes } = row.incoming;
      expect(personCreateSchema.safeParse({ fullName, addressAs, emails, phone, company, title, linkedinUrl, notes }).success).toBe(true);
    }
    const saved = await save(csv(`"${long}🎉🎉",Lima,,not-an-email,"${'C'.repeat(500)}",Title,`, `Ana,Ode,,ana@exa_mple.com,Acme,,`, `"Bo\tb",Ray,,bob@example.com,,,`));
    expect(saved).toMatchObject({ added: 3, merged: 0, skipped: 0 });
  });

  it('reads every sample it is given into values a person can hold (or refuses the file with a message)', async () => {
    backend = startTestBackend();
    for (const folder of ['linkedin', 'vcard', 'shared']) {
      for (const name of fs.readdirSync(path.join(SAMPLES, folder)).filter((entry) => /\.(csv|vcf)$/u.test(entry))) {
        const result = await backend.dispatch('imports.readPeople', sample(folder, name));
        if (!result.ok) {
          expect(result.error.code, name).toBe('VALIDATION');
          expect(name).toBe('truncated-v21-no-end.vcf');
          continue;
        }
        const { rows } = result.value as { rows: PeopleImportRow[] };
        expect(rows.length, name).toBeGreaterThan(0);
        for (const { incoming } of rows) {
          const { fullName, addressAs, emails, phone, company, title, linkedinUrl, notes } = incoming;
          const parsed = personCreateSchema.safeParse({ fullName, addressAs, emails, phone, company, title, linkedinUrl, notes });
          expect(parsed.success ? 'ok' : `${name}: ${parsed.error.message}`).toBe('ok');
        }
      }
    }
  });

  it('refuses a file it cannot read with the reader’s message on `data`, and writes nothing', async () => {
    backend = startTestBackend();
    const truncated = await backend.dispatch('imports.readPeople', sample('vcard', 'truncated-v21-no-end.vcf'));
    expect(truncated).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ field: 'data', message: expect.stringMatching(/^Line 1: /u) as string }] } });
    const notCsv = file('notes.txt', 'Just some notes\nabout my week\n');
    expect(await backend.dispatch('imports.readPeople', notCsv)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/Connections/u) as string } });
    expect(await backend.dispatch('imports.savePeople', { ...notCsv, actions: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await backend.dispatch('imports.readPeople', file('empty.csv', ''))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await backend.call('people.list', {})).total).toBe(0);
  });
});

describe('people from LinkedIn and contacts files: saving', () => {
  it('adds, merges and skips as chosen; merged people keep what the file does not say, gain its addresses, notes and the earlier date', async () => {
    backend = startTestBackend();
    const priya = await backend.call('people.create', {
      fullName: 'Priya Raman',
      emails: ['priya.raman@example.com'],
      notes: 'Referred me to the platform team.',
      tags: ['mentor'],
      addressAs: 'Pri',
    });
    const tomas = await backend.call('people.create', { fullName: 'Tomás Ortega', company: 'Globex', phone: '+1 555 0100' });
    const first = await save(sample('shared', 'linkedin-connections.csv'), ['merge', 'merge', 'add', 'skip', 'add', 'add']);
    expect(first).toMatchObject({ added: 3, merged: 2, skipped: 1, emailsLeftOff: 0 });

    const afterCsv = await backend.call('people.get', { id: priya.id });
    expect(afterCsv).toMatchObject({
      fullName: 'Priya Raman',
      addressAs: 'Pri',
      company: 'Northwind Traders, Inc.',
      linkedinUrl: 'https://www.linkedin.com/in/priya-raman-42',
      connectedOn: '2026-11-03',
      tags: ['mentor'],
      revision: 1,
    });
    // Conflicting values are replaced by the file's (the preview showed them); the phone the file does not have stays.
    expect(await backend.call('people.get', { id: tomas.id })).toMatchObject({ company: 'Contoso', title: 'Talent Partner, Product', phone: '+1 555 0100', connectedOn: '2026-10-28' });

    // The same person from the phone's contacts: other notes (shown as a difference; merging appends
    // them as a paragraph), another address and a phone.
    const cards = sample('shared', 'contacts-apple-v3.vcf');
    const rows = (await preview(cards)).rows;
    expect(rows.map((row) => [row.status, row.suggested])).toEqual([['conflicting', 'skip'], ['new', 'add']]);
    expect(rows[0]!.differences.map((difference) => difference.field)).toEqual(['notes']);
    expect(await save(cards, ['merge', 'add'])).toMatchObject({ added: 1, merged: 1, skipped: 0 });
    const merged = await backend.call('people.get', { id: priya.id });
    expect(merged.emails).toEqual(['priya.raman@example.com', 'priya.r@example.net']);
    expect(merged.phone).toBe('+1 (555) 010-2233');
    expect(merged.notes).toBe('Referred me to the platform team.\n\nMet at the Northwind platform team panel. Loves distributed tracing; asked about my OpenTelemetry work.');
    // Imported once more: nothing left to add, so the suggestion is to skip, and merging writes nothing.
    expect((await preview(cards)).rows.map((row) => [row.status, row.suggested])).toEqual([['matching', 'skip'], ['matching', 'skip']]);
    expect(await save(cards, ['merge', 'merge'])).toMatchObject({ added: 0, merged: 0, skipped: 2 });
    expect((await backend.call('people.get', { id: priya.id })).revision).toBe(merged.revision);

    // An earlier date of connection wins; a later one does not replace it.
    await save(csv('Priya,Raman,,priya.raman@example.com,,,01 Jan 2020'), ['merge']);
    await save(csv('Priya,Raman,,priya.raman@example.com,,,01 Jan 2027'), ['merge']);
    expect((await backend.call('people.get', { id: priya.id })).connectedOn).toBe('2020-01-01');

    const people = await everyone();
    expect(people.map((p) => p.fullName).sort()).toEqual(['Aiko Tanaka 田中', 'Dr. Chidi Okafor', 'Lena Fischer', 'Priya Raman', 'Tomás Ortega', 'Youssef حداد']);
    expect(people.find((p) => p.fullName === 'Youssef حداد')).toMatchObject({ addressAsOverride: null, addressAs: 'Youssef', connectedOn: '2025-12-07' });
    expect(people.find((p) => p.fullName === 'Dr. Chidi Okafor')).toMatchObject({ addressAsOverride: null, addressAs: 'Chidi', connectedOn: null });
    // Found by search, accents ignored: the search text was kept by the people repository.
    expect((await backend.call('people.list', { search: 'tomas' })).items.map((p) => p.fullName)).toEqual(['Tomás Ortega']);
    expect((await backend.call('people.list', { search: 'fabrikam' })).items.map((p) => p.fullName)).toEqual(['Aiko Tanaka 田中']);
    expect((await backend.call('people.list', { search: 'priya.r@example.net' })).items.map((p) => p.fullName)).toEqual(['Priya Raman']);
  });

  it('leaves addresses someone else has off a person it adds, and counts them; merging a duplicate goes into the person its earlier row became', async () => {
    backend = startTestBackend();
    await backend.call('people.create', { fullName: 'Owner', emails: ['taken@example.com'] });
    const result = await save(
      csv('Ana,Lima,https://www.linkedin.com/in/ana-lima,taken@example.com,Acme,,', 'Ana,Lima,https://www.linkedin.com/in/ana-lima,,,Engineer,', 'Ana,Lima,,ana@example.com,,,'),
      ['add', 'merge', 'add'],
    );
    expect(result).toMatchObject({ added: 2, merged: 1, skipped: 0, emailsLeftOff: 1 });
    const people = (await everyone()).filter((p) => p.fullName === 'Ana Lima');
    expect(people.map((p) => [p.emails, p.company, p.title])).toEqual([
      [[], 'Acme', 'Engineer'],
      [['ana@example.com'], '', ''],
    ]);
  });

  it('a merge whose person is gone since the preview adds them instead; actions must be one per row', async () => {
    backend = startTestBackend();
    const ana = await backend.call('people.create', { fullName: 'Ana Lima', emails: ['ana@example.com'] });
    const input = csv('Ana,Lima,,ana@example.com,Acme,,');
    expect((await preview(input)).rows[0]!.match?.personId).toBe(ana.id);
    await backend.call('people.delete', { id: ana.id });
    expect(await backend.call('imports.savePeople', { ...input, actions: ['merge'] })).toMatchObject({ added: 1, merged: 0 });
    const wrong = await backend.dispatch('imports.savePeople', { ...input, actions: ['add', 'skip'] });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ field: 'actions', message: expect.stringMatching(/1 person to import, but 2 choices/u) as string }] } });
  });

  it('round-trips names with emoji, right-to-left scripts and & ? # % + exactly, from either kind of file', async () => {
    backend = startTestBackend();
    const names = ['Chris 🎉 O’Neil', 'يوسف الحسيني', 'דנה כהן', 'A & B ? C # D % E + F', 'Zoë 👩🏽‍💻 Ångström'];
    const rows = names.map((name, index) => `"${name.split(' ')[0]}","${name.split(' ').slice(1).join(' ')}",,p${index}+tag@example.com,"R&D #1 + 100%",,`);
    expect(await save(csv(...rows))).toMatchObject({ added: 5 });
    const cards = names.map((name, index) => `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:${name}\r\nEMAIL:v${index}@example.com\r\nEND:VCARD`).join('\r\n');
    // Taken by name alone with other addresses: conflicting, so merged only when chosen.
    expect(await save(file('cards.vcf', cards), Array(5).fill('merge'))).toMatchObject({ added: 0, merged: 5 });
    const people = await everyone();
    expect(people.map((p) => p.fullName).sort()).toEqual([...names].sort());
    for (const person of people) {
      expect(person.company).toBe('R&D #1 + 100%');
      expect(person.emails).toHaveLength(2);
      expect(person.emails[0]).toMatch(/^p\d\+tag@example\.com$/u);
    }
  });
});
