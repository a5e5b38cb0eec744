import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { FULL_EXPORT_FORMAT, FULL_EXPORT_VERSION, type ProcedureInput, type ProcedureName } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';
import { tempDir } from '../../test-support/temp-dir';
import { LATEST_SCHEMA_VERSION } from '../database/migrations';
import { parseVCards } from '../imports';
import type { ExportFile } from './export-format';
import { AWKWARD, seedEverything } from './round-trip-seed';

// Through the real backend on real SQLite files: one seeded, one new and empty.

const EXPORT_AT = '2026-12-05T12:00:00.000Z';
let backends: TestBackend[] = [];
afterEach(() => {
  for (const backend of backends) backend.close();
  backends = [];
});

function start(): TestBackend {
  const backend = startTestBackend(EXPORT_AT, tempDir());
  backends.push(backend);
  return backend;
}

/** Each file of the ZIP as text, the byte-order mark kept. */
function unzipText(base64: string): Record<string, string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return Object.fromEntries(Object.entries(unzipSync(Buffer.from(base64, 'base64'))).map(([name, bytes]) => [name, decoder.decode(bytes)]));
}

async function seededExport() {
  const first = start();
  await seedEverything(first);
  first.clock.set(EXPORT_AT);
  return { first, exported: await first.call('fullExport.zip', undefined) };
}

describe('export everything, and import it into an empty data folder (real backend, real SQLite files)', () => {
  it('round-trips: export → import into a new data folder → export gives the same files, and the app answers the same', async () => {
    const { first, exported } = await seededExport();
    const second = start();
    const imported = await second.call('fullExport.import', { name: exported.fileName, data: exported.base64 });
    expect(imported.counts).toEqual(exported.counts);

    const again = await second.call('fullExport.zip', undefined);
    const before = unzipText(exported.base64);
    expect(Object.keys(before).sort()).toEqual(
      ['occasions.csv', 'opportunities.csv', 'participants.csv', 'people.csv', 'people.vcf', 'settings.csv', 'templates.csv', 'thank-yous.csv', 'thankful.json'],
    );
    // Byte for byte, exportedAt included: both clocks stand at EXPORT_AT.
    expect(unzipText(again.base64)).toEqual(before);

    const file = JSON.parse(before['thankful.json']!) as ExportFile;
    const queries: [ProcedureName, unknown][] = [
      ['dashboard.summary', undefined],
      ['dashboard.outstanding', {}],
      ['dashboard.followUps', {}],
      ['dashboard.recentlySent', {}],
      ['people.list', { archived: 'all', limit: 500 }],
      ['people.list', { sort: 'thanked', direction: 'desc' }],
      ['people.list', { sort: 'lastOccasion', direction: 'desc', archived: 'all' }],
      // The search text was made again from the imported values, accents folded.
      ['people.list', { search: 'northwind' }],
      ['people.list', { search: 'يوسف' }],
      ['people.list', { search: 'ZOE', archived: 'all' }],
      ['occasions.list', {}],
      ['opportunities.list', {}],
      ['templates.list', {}],
      ['settings.get', undefined],
      ['thanks.howItWent', {}],
      ...file.thankYous.map((t): [ProcedureName, unknown] => ['thanks.get', { id: t.id }]),
      ...file.people.map((p): [ProcedureName, unknown] => ['people.get', { id: p.id }]),
      ...file.occasions.map((o): [ProcedureName, unknown] => ['occasions.get', { id: o.id }]),
    ];
    for (const [name, input] of queries) {
      const answer = await second.call(name, input as ProcedureInput<typeof name>);
      expect(answer, `${name} ${JSON.stringify(input)}`).toEqual(await first.call(name, input as ProcedureInput<typeof name>));
    }
    const found = await second.call('people.list', { search: 'zoe', archived: 'all' });
    expect(found.items.map((p) => p.fullName)).toEqual(['דנה כהן']);
  });

  it('holds every record with its ids, instants in UTC, and nothing derived', async () => {
    const { exported } = await seededExport();
    expect(exported.fileName).toBe('thankful-export-2026-12-05.zip');
    expect(exported.type).toBe('application/zip');
    expect(exported.counts).toEqual({ people: 7, opportunities: 1, occasions: 6, participants: 8, thankYous: 9, templates: 2, settings: 4 });

    const json = unzipText(exported.base64)['thankful.json']!;
    const file = JSON.parse(json) as ExportFile;
    // One record per line, to read, grep and compare.
    const records = file.people.length + file.opportunities.length + file.occasions.length + file.thankYous.length + file.templates.length;
    expect(json.split('\n').filter((line) => line.startsWith('    {"id":'))).toHaveLength(records);
    expect(file).toMatchObject({ format: FULL_EXPORT_FORMAT, version: FULL_EXPORT_VERSION, exportedAt: EXPORT_AT, appSchemaVersion: LATEST_SCHEMA_VERSION });
    // The person deleted before the export left a gap that is kept.
    expect(file.people[0]).toMatchObject({ id: 2, fullName: 'Priya Raman', addressAsOverride: 'Dr. Raman', emails: ['priya@example.com', 'p.raman+work@example.org'] });
    expect(Object.keys(file.people[0]!)).not.toContain('searchText');
    expect(Object.keys(file.people[0]!)).not.toContain('thanksTotal');
    expect(file.people.find((p) => p.fullName === 'Ana Lima')).toMatchObject({ connectedOn: '2026-11-03' });
    expect(file.people.find((p) => p.fullName === 'דנה כהן')?.archivedAt).toBe('2026-11-20T18:00:00.000Z');
    expect(file.occasions.find((o) => o.calendarUid !== null)).toMatchObject({ calendarUid: 'invite-123@calendar.example.com' });

    const statuses = file.thankYous.map((t) => t.status);
    expect(new Set(statuses)).toEqual(new Set(['pending', 'drafted', 'sent', 'skipped']));
    expect(file.thankYous.some((t) => t.snoozedUntil === '2026-12-10T09:00:00.000Z')).toBe(true);
    expect(file.thankYous.some((t) => t.followUp?.doneAt !== null && t.followUp !== null)).toBe(true);
    expect(file.thankYous.some((t) => t.followUp !== null && t.followUp.doneAt === null && t.howItWentAnsweredAt !== null)).toBe(true);
    expect(file.thankYous.some((t) => t.handoffMethod === 'copy-plain' && t.handedOffAt !== null)).toBe(true);
    expect(file.thankYous.some((t) => t.dueOverridden && t.dueAt === '2026-11-22T12:00:00.000Z')).toBe(true);
    // Marcus was taken off the panel after his note was started: his thank-you is kept without a place.
    const marcus = file.people.find((p) => p.fullName === 'Marcus Chen')!;
    expect(file.thankYous.find((t) => t.personId === marcus.id)).toMatchObject({ status: 'drafted', subject: 'Thanks, Marcus' });
    expect(file.occasions.flatMap((o) => o.participants).some((p) => p.personId === marcus.id)).toBe(false);
    expect(file.templates.map((t) => t.builtinKind)).toEqual([null, 'interview']);
    expect(file.settings).toMatchObject({ yourName: 'Sam 🎉 Candidate', dueHours: expect.objectContaining({ interview: 12 }) });
    for (const t of file.thankYous) expect(t.dueAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u);
  });

  it('writes CSVs Excel reads (BOM, RFC 4180 quoting) with formulas made inert, and everyone, archived too, as vCard', async () => {
    const { exported } = await seededExport();
    const files = unzipText(exported.base64);
    const people = files['people.csv']!;
    expect(people.startsWith('\uFEFFid,fullName,addressAsOverride,emails,')).toBe(true);
    expect(people).toContain('\r\n');
    const rows = Papa.parse<Record<string, string>>(people.slice(1), { header: true, skipEmptyLines: true }).data;
    const priya = rows.find((row) => row.fullName === 'Priya Raman')!;
    expect(priya).toMatchObject({
      emails: 'priya@example.com; p.raman+work@example.org',
      phone: "'+1 555 0100",
      title: `'=HYPERLINK("https://evil.example")`,
      notes: `Met at #RustConf\n${AWKWARD}`,
      tags: 'mentor; @alumni; -hiring',
    });
    expect(rows.find((row) => row.fullName === 'Marcus Chen')?.notes).toBe("'=1+1");
    expect(rows.find((row) => row.fullName === 'דנה כהן')?.company).toBe(AWKWARD);

    const thankYous = Papa.parse<Record<string, string>>(files['thank-yous.csv']!.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(thankYous).toHaveLength(exported.counts.thankYous!);
    expect(thankYous.find((row) => row.status === 'sent' && row.personName === 'Priya Raman')).toMatchObject({ channel: 'email', followUpText: 'Call to touch base' });
    const participants = Papa.parse<Record<string, string>>(files['participants.csv']!.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(participants.find((row) => row.personName === 'Priya Raman' && row.role === 'Hiring manager')?.points).toBe(`Asked about Rust\n${AWKWARD}`);

    const cards = parseVCards(new TextEncoder().encode(files['people.vcf']!)).cards;
    expect(cards.map((card) => card.fullName)).toEqual(['Priya Raman', 'يوسف الحسيني', 'דנה כהן', 'Marcus Chen', '山田 太郎', 'Ana Lima', 'Olu 👋 Okafor']);
  });
});
