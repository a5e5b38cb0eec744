import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../test-support/backend';
import { tempDir } from '../../test-support/temp-dir';
import { migrate } from '../database/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../database/migrations';
import { DATABASE_FILE_NAME } from '../database/open-database';

// One transaction per import, and Undo, through the real backend and a real SQLite file.

const SAMPLES = path.resolve(__dirname, 'samples');
const sample = (folder: string, name: string) => ({ name, data: fs.readFileSync(path.join(SAMPLES, folder, name)).toString('base64') });
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const csv = (...rows: string[]) => ({ name: 'Connections.csv', data: Buffer.from([HEADER, ...rows].join('\r\n')).toString('base64') });

let backend: TestBackend;
afterEach(() => backend?.close());

/** The file as the database holds it, read with a connection of its own. */
function inFile<T>(read: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(path.join(backend.dataDir, DATABASE_FILE_NAME));
  try {
    return read(db);
  } finally {
    db.close();
  }
}

async function everyone() {
  const { items } = await backend.call('people.list', { archived: 'all', limit: 500 });
  return Promise.all(items.map(async (item) => withoutStamps(await backend.call('people.get', { id: item.id }))));
}

function withoutStamps<T extends { updatedAt: string; revision: number }>(person: T) {
  const { updatedAt, revision, ...rest } = person;
  void updatedAt;
  void revision;
  return rest;
}

describe('people imports are one transaction, and can be undone', () => {
  it('a failure half-way writes nothing: no person added or merged, no batch', async () => {
    backend = startTestBackend();
    const priya = await backend.call('people.create', { fullName: 'Priya Raman', emails: ['priya.raman@example.com'] });
    // A trigger in the file refuses the third person, after one merge and one addition went through.
    inFile((db) => db.exec(`CREATE TRIGGER refuse_boom BEFORE INSERT ON people WHEN NEW.full_name = 'Boom Bang'
      BEGIN SELECT RAISE(ABORT, 'forced failure'); END`));
    const before = await everyone();
    const input = {
      ...csv('Priya,Raman,,priya.raman@example.com,Northwind,,', 'Ana,Lima,,ana@example.com,,,', 'Boom,Bang,,,,,'),
      actions: ['merge', 'add', 'add'] as const,
    };
    expect(await backend.dispatch('imports.savePeople', input)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await everyone()).toEqual(before);
    expect((await backend.call('people.get', { id: priya.id })).revision).toBe(0);
    expect(inFile((db) => db.prepare('SELECT count(*) FROM import_batches').pluck().get())).toBe(0);
    expect(inFile((db) => db.prepare('SELECT count(*) FROM import_batch_people').pluck().get())).toBe(0);
    // Without the trigger the same call goes through: it was the third row that stopped it.
    inFile((db) => db.exec('DROP TRIGGER refuse_boom'));
    expect(await backend.call('imports.savePeople', { ...input, actions: [...input.actions] })).toMatchObject({ added: 2, merged: 1 });
  });

  it('Undo deletes the people the import added and puts back those it merged into exactly; a second Undo is refused', async () => {
    backend = startTestBackend();
    await backend.call('people.create', {
      fullName: 'Priya Raman',
      addressAs: 'Pri',
      emails: ['priya.raman@example.com'],
      phone: '555 0100',
      notes: 'Referred me.',
      tags: ['mentor'],
    });
    await backend.call('people.create', { fullName: 'Tomás Ortega', company: 'Globex' });
    const before = await everyone();
    const events: string[] = [];
    backend.events.subscribe((event) => events.push(event.topic));

    const linkedIn = await backend.call('imports.savePeople', { ...sample('shared', 'linkedin-connections.csv'), actions: ['merge', 'merge', 'add', 'add', 'add', 'add'] });
    const cards = await backend.call('imports.savePeople', { ...sample('shared', 'contacts-apple-v3.vcf'), actions: ['merge', 'add'] });
    expect(linkedIn).toMatchObject({ added: 4, merged: 2 });
    expect(cards).toMatchObject({ added: 1, merged: 1 });
    expect(events).toEqual(['people.changed', 'people.changed']);

    // The later import first: Priya goes back to how the LinkedIn import left her, Chidi goes.
    const afterLinkedIn = await backend.call('imports.undoPeople', { batchId: cards.batchId });
    expect(afterLinkedIn).toEqual({ removed: 1, restored: 1, kept: 0 });
    const priya = (await everyone()).find((p) => p.fullName === 'Priya Raman')!;
    expect(priya).toMatchObject({ emails: ['priya.raman@example.com'], phone: '555 0100', notes: 'Referred me.', company: 'Northwind Traders, Inc.', connectedOn: '2026-11-03' });

    // Then the first: everyone is as before either import.
    expect(await backend.call('imports.undoPeople', { batchId: linkedIn.batchId })).toEqual({ removed: 4, restored: 2, kept: 0 });
    expect(await everyone()).toEqual(before);

    const again = await backend.dispatch('imports.undoPeople', { batchId: linkedIn.batchId });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'This import was already undone; nothing was changed.' } });
    expect(await backend.dispatch('imports.undoPeople', { batchId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(events).toEqual(['people.changed', 'people.changed', 'people.changed', 'people.changed']);
  });

  it('Undo restores a merged person field for field: name, greeting, addresses, phone, company, title, profile, notes, tags, date', async () => {
    backend = startTestBackend();
    await backend.call('people.create', { fullName: 'Priya R.', addressAs: 'Pri', emails: ['priya.raman@example.com'], company: 'Old Co', tags: ['a', 'b'], notes: 'Mine.' });
    const before = await everyone();
    const saved = await backend.call('imports.savePeople', { ...sample('shared', 'contacts-apple-v3.vcf'), actions: ['merge', 'skip'] });
    const merged = (await everyone())[0]!;
    expect(merged).toMatchObject({ fullName: 'Priya Raman', company: 'Northwind Traders, Inc.', emails: ['priya.raman@example.com', 'priya.r@example.net'] });
    expect(await backend.call('imports.undoPeople', { batchId: saved.batchId })).toEqual({ removed: 0, restored: 1, kept: 0 });
    expect(await everyone()).toEqual(before);
    expect((await backend.call('people.list', { search: 'example.net' })).total).toBe(0);
  });

  it('Undo keeps a person added to an occasion since, or edited since, and says so', async () => {
    backend = startTestBackend();
    const saved = await backend.call('imports.savePeople', { ...csv('Ana,Lima,,ana@example.com,,,', 'Ben,Ode,,,,,', 'Cy,Ray,,,,,'), actions: ['add', 'add', 'add'] });
    const [ana, ben] = await Promise.all(['Ana Lima', 'Ben Ode'].map(async (name) => (await backend.call('people.list', { search: name })).items[0]!));
    await backend.call('occasions.create', { kind: 'interview', startsAt: '2026-06-01T09:00:00Z', participants: [{ personId: ana!.id }] });
    await backend.call('people.update', { id: ben!.id, revision: 0, changes: { company: 'Typed by hand' } });
    expect(await backend.call('imports.undoPeople', { batchId: saved.batchId })).toEqual({ removed: 1, restored: 0, kept: 2 });
    expect((await everyone()).map((p) => p.fullName)).toEqual(['Ana Lima', 'Ben Ode']);
  });

  it('records each import as a batch with its file, and what it did to whom', async () => {
    backend = startTestBackend();
    await backend.call('people.create', { fullName: 'Priya Raman', emails: ['priya.raman@example.com'] });
    const saved = await backend.call('imports.savePeople', { ...sample('shared', 'contacts-apple-v3.vcf'), actions: ['merge', 'add'] });
    const batch = inFile((db) => db.prepare('SELECT source, file_name AS fileName, created_at AS createdAt, undone_at AS undoneAt FROM import_batches WHERE id = ?').get(saved.batchId));
    expect(batch).toEqual({ source: 'vcard', fileName: 'contacts-apple-v3.vcf', createdAt: '2026-06-01T12:00:00.000Z', undoneAt: null });
    const entries = inFile((db) => db.prepare('SELECT person_id AS personId, action, revision_before AS revisionBefore, revision, before IS NOT NULL AS hasBefore FROM import_batch_people ORDER BY rowid').all());
    expect(entries).toEqual([
      { personId: 1, action: 'merged', revisionBefore: 0, revision: 1, hasBefore: 1 },
      { personId: 2, action: 'added', revisionBefore: null, revision: 0, hasBefore: 0 },
    ]);
  });
});

describe('migration 11', () => {
  it('gives version-10 people no date of connection, keeps them, and adds the import batches', async () => {
    const dataDir = tempDir();
    const v10 = new BetterSqlite3(path.join(dataDir, DATABASE_FILE_NAME));
    migrate(v10, migrations.slice(0, 10));
    v10.prepare(`INSERT INTO people (full_name, created_at, updated_at) VALUES ('Priya Raman', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`).run();
    v10.close();
    backend = startTestBackend('2026-06-01T12:00:00Z', dataDir);
    expect(await backend.call('people.get', { id: 1 })).toMatchObject({ fullName: 'Priya Raman', connectedOn: null });
    expect(inFile((db) => db.pragma('user_version', { simple: true }))).toBe(LATEST_SCHEMA_VERSION);
    expect(() => inFile((db) => db.prepare(`UPDATE people SET connected_on = '3 Nov 2026'`).run())).toThrow(/CHECK/u);
  });
});
