import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, Result } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';
import { tempDir } from '../../test-support/temp-dir';
import { createBackend } from '../backend';
import { migrate } from '../database/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../database/migrations';
import { DATABASE_FILE_NAME, openDatabase } from '../database/open-database';

const running: { close(): void }[] = [];
afterEach(() => {
  for (const backend of running.splice(0)) backend.close();
});

function start(dataDir?: string): TestBackend {
  const backend = startTestBackend('2026-06-01T12:00:00Z', dataDir);
  running.push(backend);
  return backend;
}

const names = async (backend: TestBackend) => (await backend.call('people.list', {})).items.map((person) => person.fullName).sort();
const namesIn = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare('SELECT full_name FROM people').pluck().all() as string[]).sort();
  } finally {
    db.close();
  }
};
const info = async (backend: TestBackend) => (await backend.call('app.info', {})) as AppInfo;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A data file made elsewhere: `version` migrations applied, one person in it. */
function dataFile(version: number, person: string): Buffer {
  const file = path.join(tempDir(), 'other.sqlite3');
  const db = new BetterSqlite3(file);
  migrate(db, migrations.slice(0, version));
  db.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES (?, 'x', 'x')").run(person);
  db.close();
  return fs.readFileSync(file);
}

/** Leftovers a restore must not leave in the data folder (copies being checked, their journals). */
const hidden = (dataDir: string) => fs.readdirSync(dataDir).filter((name) => name.startsWith('.thankful-'));

describe('restore through the real backend (real SQLite files)', () => {
  it('puts a backup back: every procedure answers from it at once, and the data from before is kept as a backup', async () => {
    const backend = start();
    const ada = await backend.call('people.create', { fullName: 'Ada Lovelace' });
    const backup = await backend.call('backups.create', {});
    await backend.call('people.update', { id: ada.id, revision: ada.revision, changes: { fullName: 'Ada Byron & Co ? # % +' } });
    await backend.call('people.create', { fullName: 'Grace Hopper' });

    const restored = await backend.call('backups.restore', { fileName: backup.fileName });
    expect(restored).toEqual({
      restoredFrom: backup.fileName,
      safetyBackup: { fileName: expect.stringMatching(/-before-restore\.sqlite3$/u), kind: 'before-restore', createdAt: expect.any(Number), sizeBytes: expect.any(Number) },
      setAside: null,
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(await names(backend)).toEqual(['Ada Lovelace']);
    expect((await info(backend)).database).toMatchObject({ status: 'ok', schemaVersion: LATEST_SCHEMA_VERSION });
    const folder = path.join(backend.dataDir, 'backups');
    expect(namesIn(path.join(folder, restored.safetyBackup!.fileName))).toEqual(['Ada Byron & Co ? # % +', 'Grace Hopper']);
    expect((await backend.call('backups.list', {})).items.map((item) => item.kind)).toEqual(['before-restore', 'manual']);
    expect(hidden(backend.dataDir)).toEqual([]);

    // Writes go to the restored file, and are there after a restart.
    await backend.call('people.create', { fullName: 'Katherine Johnson' });
    backend.close();
    running.splice(0);
    const again = start(backend.dataDir);
    expect(await names(again)).toEqual(['Ada Lovelace', 'Katherine Johnson']);

    // The copy from before the restore brings the changed data back.
    await again.call('backups.restore', { fileName: restored.safetyBackup!.fileName });
    expect(await names(again)).toEqual(['Ada Byron & Co ? # % +', 'Grace Hopper']);
  });

  it('restores a Thankful file picked by the person, updating an older one to the current format (and keeping a copy of it as it was)', async () => {
    const backend = start();
    await backend.call('people.create', { fullName: 'Current Person' });
    const restored = await backend.call('backups.restoreFile', { name: 'thankful from my old laptop.sqlite3', data: base64(dataFile(11, 'Zoë Ångström 🎉')) });
    expect(restored).toMatchObject({ restoredFrom: 'thankful from my old laptop.sqlite3', schemaVersion: LATEST_SCHEMA_VERSION, safetyBackup: { kind: 'before-restore' } });
    expect(await names(backend)).toEqual(['Zoë Ångström 🎉']);
    expect((await info(backend)).database).toMatchObject({ status: 'ok', schemaVersion: LATEST_SCHEMA_VERSION });
    const kinds = (await backend.call('backups.list', {})).items.map((item) => item.kind).sort();
    expect(kinds).toEqual(['before-migration', 'before-restore']);
    expect(hidden(backend.dataDir)).toEqual([]);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(backend.dataDir, DATABASE_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['not SQLite at all', 'report.pdf', () => Buffer.from('%PDF-1.7\n% not a database\n'.repeat(100)), /^“report\.pdf” is not a Thankful data file\b/u],
    ['an empty file', 'empty.sqlite3', () => Buffer.alloc(0), /^“empty\.sqlite3” is not a Thankful data file\b/u],
    ['another program’s SQLite file', 'photos.db', foreignDatabase, /^“photos\.db” is not a Thankful data file\b/u],
    ['damaged in the middle', 'thankful.sqlite3', damagedDatabase, /^“thankful\.sqlite3” is damaged\b/u],
    ['from a newer Thankful', 'newer.sqlite3', newerDatabase, new RegExp(`^“newer\\.sqlite3” was written by a newer version of Thankful \\(data format ${LATEST_SCHEMA_VERSION + 1};`, 'u')],
    ['not SQLite, with no name', '', () => Buffer.from('hello'), /^The file is not a Thankful data file\b/u],
  ])('refuses a file that is %s with a message for a person, and changes nothing', async (_what, name, bytes, message) => {
    const backend = start();
    await backend.call('people.create', { fullName: 'Still Here' });
    const result = (await backend.dispatch('backups.restoreFile', { name, data: base64(bytes()) })) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ field: 'data' }] } });
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.message).toMatch(/Your data was not changed\.?/u);
    expect(result.error.message).not.toMatch(/SQLITE|malformed|file is not a database|Error/u);
    expect(await names(backend)).toEqual(['Still Here']);
    expect((await backend.call('backups.list', {})).items).toEqual([]);
    expect(hidden(backend.dataDir)).toEqual([]);
    expect(fs.readdirSync(backend.dataDir).filter((file) => file.startsWith('.thankful'))).toEqual([]);
  });

  it('answers NOT_FOUND for a backup that is not in the folder, and never reads a path', async () => {
    const backend = start();
    await backend.call('backups.create', {});
    for (const fileName of ['thankful-2020-01-01T000000.000Z-daily.sqlite3', '../thankful.sqlite3', DATABASE_FILE_NAME, '.thankful-partial-x.sqlite3']) {
      const result = await backend.dispatch('backups.restore', { fileName });
      expect(result, fileName).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('refuses commands while a restore replaces the data, and keeps every write it accepted in the copy from before', async () => {
    const backend = start();
    await backend.call('people.create', { fullName: 'Ada Lovelace' });
    const backup = await backend.call('backups.create', {});
    const restoring = backend.dispatch('backups.restore', { fileName: backup.fileName });
    let done = false;
    void restoring.then(() => (done = true));
    const accepted: string[] = [];
    const refused: string[] = [];
    for (let n = 0; !done; n += 1) {
      const result = await backend.dispatch('people.create', { fullName: `During ${n}` });
      if (result.ok) accepted.push(`During ${n}`);
      else {
        expect(result.error.code).toBe('DATABASE_BUSY');
        expect(result.error.message).toMatch(/^Thankful is putting a backup of your data back in place, so nothing was saved\./u);
        refused.push(`During ${n}`);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const restored = (await restoring) as Result<{ safetyBackup: { fileName: string } }>;
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(refused.length).toBeGreaterThan(0);
    expect(await names(backend)).toEqual(['Ada Lovelace']);
    expect(namesIn(path.join(backend.dataDir, 'backups', restored.value.safetyBackup.fileName))).toEqual(['Ada Lovelace', ...accepted].sort());
    expect(await backend.dispatch('people.create', { fullName: 'After' })).toMatchObject({ ok: true });
  });

  it('puts the data from before back when the restored file will not open (fake: a connection that fails once, as a disk that fails cannot be made here)', async () => {
    const dataDir = tempDir();
    let opens = 0;
    const backend = createBackend({
      dataDir,
      appVersion: 'test',
      shell: 'browser',
      logError: () => {},
      backupTimers: false,
      connect: (file) => {
        opens += 1;
        if (opens === 2) throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
        return new BetterSqlite3(file);
      },
    });
    running.push(backend);
    const call = async (method: string, input: unknown) => backend.dispatch(method, input);
    await call('people.create', { fullName: 'Before' });
    const backup = ((await call('backups.create', {})) as Result<{ fileName: string }> & { ok: true }).value;
    await call('people.create', { fullName: 'Added later' });

    const result = (await call('backups.restore', { fileName: backup.fileName })) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/so your data was put back as it was before\.$/u) } });
    const listed = (await call('people.list', {})) as Result<{ items: { fullName: string }[] }>;
    expect(listed.ok && listed.value.items.map((person) => person.fullName).sort()).toEqual(['Added later', 'Before']);
    expect(await call('people.create', { fullName: 'Still writable' })).toMatchObject({ ok: true });
    expect(opens).toBe(3);
  });
});

function foreignDatabase(): Buffer {
  const file = path.join(tempDir(), 'photos.db');
  const db = new BetterSqlite3(file);
  db.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT); INSERT INTO photos (path) VALUES ('a.jpg');");
  db.close();
  return fs.readFileSync(file);
}

function newerDatabase(): Buffer {
  const file = path.join(tempDir(), 'newer.sqlite3');
  openDatabase(file).close();
  const db = new BetterSqlite3(file);
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  db.close();
  return fs.readFileSync(file);
}

/** A real Thankful file with bytes overwritten in its middle, the header left intact. */
function damagedDatabase(): Buffer {
  const file = path.join(tempDir(), 'thankful.sqlite3');
  const db = openDatabase(file);
  const insert = db.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES (?, 'x', 'x')");
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`Person ${i} ${'x'.repeat(100)}`);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
  const bytes = fs.readFileSync(file);
  bytes.fill(0x5a, 4096 * 3, 4096 * 20);
  return bytes;
}
