import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { startTestBackend, type TestBackend } from '../../test-support/backend';
import { tempDir } from '../../test-support/temp-dir';
import { DATABASE_FILE_NAME, openDatabase } from '../database/open-database';
import { SettingsRepository } from '../settings/settings-repository';
import { DueTimes } from '../thanks/due-times';
import type { ExportFile } from './export-format';
import { fullExportHandlers } from './full-export-handlers';
import { seedEverything } from './round-trip-seed';

// Refusals of the import, on real SQLite files: each says what is wrong in words and writes nothing.

let backends: TestBackend[] = [];
let databases: Database[] = [];
afterEach(() => {
  for (const backend of backends) backend.close();
  for (const db of databases) db.close();
  backends = [];
  databases = [];
});

function start(): TestBackend {
  const backend = startTestBackend('2026-12-05T12:00:00Z', tempDir());
  backends.push(backend);
  return backend;
}

let exported: ExportFile | undefined;
/** The seeded export's records, made once; each test changes its own copy. */
async function exportFile(): Promise<ExportFile> {
  if (!exported) {
    const source = start();
    await seedEverything(source);
    const zip = await source.call('fullExport.zip', undefined);
    exported = JSON.parse(new TextDecoder().decode(unzipSync(Buffer.from(zip.base64, 'base64'))['thankful.json'])) as ExportFile;
  }
  return structuredClone(exported);
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const asJson = (file: unknown) => base64(strToU8(JSON.stringify(file)));
const asZip = (file: unknown, name = 'thankful.json') => base64(zipSync({ [name]: strToU8(JSON.stringify(file)), 'people.csv': strToU8('id\r\n') }));

/** Imports into a new, empty data folder and answers the refusal's message (failing if it was not refused). */
async function refusal(data: string): Promise<string> {
  const backend = start();
  const result = await backend.dispatch('fullExport.import', { name: 'x', data });
  expect(result.ok, 'the import should have been refused').toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe('VALIDATION');
  expect(result.error.message).not.toMatch(/Invalid input|expected \w+, received|SQLITE|constraint/iu);
  // Nothing was written.
  expect((await backend.call('people.list', { archived: 'all' })).total).toBe(0);
  expect((await backend.call('occasions.list', {})).total).toBe(0);
  return result.error.message;
}

describe('importing an export (real backend, real SQLite files)', () => {
  it('takes the bare thankful.json too, and a ZIP made again from the unpacked folder', async () => {
    const file = await exportFile();
    const bare = await start().call('fullExport.import', { name: 'thankful.json', data: asJson(file) });
    expect(bare.counts).toMatchObject({ people: 7, thankYous: 9 });
    const rezipped = await start().call('fullExport.import', { name: 'mine.zip', data: asZip(file, 'thankful-export-2026-12-05/thankful.json') });
    expect(rezipped.counts).toEqual(bare.counts);
  });

  it('refuses a data folder that already holds records, and changes nothing there', async () => {
    const file = await exportFile();
    const backend = start();
    await backend.call('people.create', { fullName: 'Already Here' });
    const result = await backend.dispatch('fullExport.import', { name: 'x.zip', data: asZip(file) });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/already holds 1 person.*--data-dir/u) } });
    expect((await backend.call('people.list', {})).items.map((p) => p.fullName)).toEqual(['Already Here']);
  });

  it('imports over settings typed beforehand (they are not records), and Settings shows the file’s', async () => {
    const file = await exportFile();
    const dataDir = tempDir();
    const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
    databases.push(db);
    const settings = new SettingsRepository(db, new DueTimes(db));
    settings.update({ yourName: 'Typed Before', signature: 'Kept? no: replaced' });
    const handlers = fullExportHandlers(db, () => new Date('2026-12-05T12:00:00Z'), settings);
    await handlers['fullExport.import']({ name: 'x', data: asJson(file) });
    // The backend's cached settings were dropped, so the imported ones show.
    expect(settings.get()).toMatchObject({ yourName: 'Sam 🎉 Candidate', dueHours: expect.objectContaining({ interview: 12 }) });
  });

  it('refuses an export from a newer Thankful, saying to update', async () => {
    const file = { ...(await exportFile()), version: 2, somethingNew: [] };
    expect(await refusal(asZip(file))).toMatch(/newer version of Thankful \(format version 2; this one reads up to version 1\)\. Update Thankful/u);
  });

  it('refuses files that are not a Thankful export', async () => {
    expect(await refusal('')).toBe('The file is empty.');
    expect(await refusal(base64(strToU8('Hello, this is a letter.')))).toMatch(/^This file is not a Thankful export\./u);
    expect(await refusal(asJson({ format: 'something-else', version: 1 }))).toMatch(/not a Thankful export \(it does not say "format": "thankful-export"\)/u);
    expect(await refusal(asJson([1, 2, 3]))).toMatch(/not a Thankful export/u);
    expect(await refusal(asJson({ format: 'thankful-export', version: 'one' }))).toMatch(/no valid format version/u);
    expect(await refusal(base64(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toMatch(/damaged or cut short/u);
    expect(await refusal(base64(zipSync({ 'notes.txt': strToU8('hi') })))).toMatch(/This ZIP has no thankful\.json, so it is not a Thankful export/u);
    const deep = JSON.stringify({ ...(await exportFile()), settings: { fromLater: 'DEEP' } }).replace('"DEEP"', `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    expect(await refusal(base64(strToU8(deep)))).toMatch(/nested too deeply/u);
    const cut = Buffer.from(asJson(await exportFile()), 'base64').subarray(0, 500);
    expect(await refusal(base64(cut))).toMatch(/not a Thankful export/u);
  });

  it('names the value that is wrong, by its path', async () => {
    const missing = await exportFile();
    delete (missing.people[3] as Partial<ExportFile['people'][number]>).fullName;
    expect(await refusal(asZip(missing))).toBe('This export cannot be imported: people[3].fullName is missing. Nothing was imported.');

    const wrong = await exportFile();
    (wrong.thankYous[1] as Record<string, unknown>).status = 'posted';
    (wrong.occasions[0] as Record<string, unknown>).startsAt = 'last Tuesday';
    (wrong.people[0] as Record<string, unknown>).nickname = 'P';
    expect(await refusal(asJson(wrong))).toMatch(
      /people\[0\] has a field Thankful does not know: nickname; occasions\[0\]\.startsAt must be a date and time like 2026-06-01T12:00:00\.000Z; thankYous\[1\]\.status must be one of: "pending", "drafted", "sent", "skipped"/u,
    );

    const unsent = await exportFile();
    const sent = unsent.thankYous.find((t) => t.status === 'sent')!;
    sent.sentAt = null;
    expect(await refusal(asJson(unsent))).toMatch(/thankYous\[\d+\] is sent but has no sent time or channel/u);

    const badSettings = await exportFile();
    badSettings.settings.dueHours = { interview: 0 };
    expect(await refusal(asJson(badSettings))).toMatch(/settings\.dueHours\.interview: At least 1 hour/u);
  });

  it('refuses a reference to a record the file does not hold, writing nothing', async () => {
    const file = await exportFile();
    file.thankYous[0]!.personId = 999;
    expect(await refusal(asZip(file))).toMatch(/thankYous\[0\]\.personId 999 is not the id of any of the people/u);

    const noOpportunity = await exportFile();
    noOpportunity.opportunities = [];
    expect(await refusal(asJson(noOpportunity))).toMatch(/occasions\[0\]\.opportunityId 1 is not the id of any of the opportunities/u);
  });

  it('refuses what the database would refuse across records: ids twice, an address twice, a second thank-you, a participant owed none', async () => {
    const twice = await exportFile();
    twice.people[1]!.id = twice.people[0]!.id;
    twice.people[2]!.emails = ['PRIYA@example.com'];
    expect(await refusal(asJson(twice))).toMatch(/people\[1\]\.id 2 is used by another record too; people\[2\]\.emails\[0\] PRIYA@example\.com is also an address of people\[0\]/u);

    const second = await exportFile();
    second.thankYous.push({ ...second.thankYous[0]!, id: 500 });
    expect(await refusal(asJson(second))).toMatch(/thankYous\[9\] is a second thank-you to person \d+ for occasion \d+/u);

    const unthanked = await exportFile();
    const owed = unthanked.occasions[0]!.participants[0]!;
    unthanked.thankYous = unthanked.thankYous.filter((t) => !(t.occasionId === unthanked.occasions[0]!.id && t.personId === owed.personId));
    expect(await refusal(asJson(unthanked))).toMatch(/occasions\[0\]\.participants\[0\]\.personId \d+ has no thank-you for this occasion in thankYous/u);
  });
});
