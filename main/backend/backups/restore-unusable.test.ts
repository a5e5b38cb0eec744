import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, Backup, ProcedureName, Restored, Result } from '../../../shared';
import { tempDir } from '../../test-support/temp-dir';
import { createBackend, type Backend, type BackendOptions } from '../backend';
import { LATEST_SCHEMA_VERSION } from '../database/migrations';
import { DATABASE_FILE_NAME } from '../database/open-database';

const running: Backend[] = [];
afterEach(() => {
  for (const backend of running.splice(0)) backend.close();
});

function start(dataDir: string, more: Partial<BackendOptions> = {}): Backend {
  const backend = createBackend({ dataDir, appVersion: 'test', shell: 'browser', logError: () => {}, backupTimers: false, now: () => new Date('2026-12-05T13:00:00Z'), ...more });
  running.push(backend);
  return backend;
}

async function value<T>(backend: Backend, method: ProcedureName, input: unknown = {}): Promise<T> {
  const result = (await backend.dispatch(method, input)) as Result<T>;
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
const databaseOf = async (backend: Backend) => (await value<AppInfo>(backend, 'app.info')).database;
const names = async (backend: Backend) => (await value<{ items: { fullName: string }[] }>(backend, 'people.list')).items.map((person) => person.fullName);

/** A data folder with Ada in a good manual backup, and Grace added after it; closed again. */
async function folderWithBackup(): Promise<{ dataDir: string; file: string; backup: Backup }> {
  const dataDir = tempDir();
  const backend = start(dataDir);
  await value(backend, 'people.create', { fullName: 'Ada Lovelace' });
  const backup = await value<Backup>(backend, 'backups.create');
  await value(backend, 'people.create', { fullName: 'Grace Hopper' });
  running.splice(running.indexOf(backend), 1);
  backend.close();
  return { dataDir, file: path.join(dataDir, DATABASE_FILE_NAME), backup };
}

/** Overwrites pages in the middle of a real data file (its header left as it is), as a failing disk would. */
function damage(file: string): Buffer {
  const bytes = fs.readFileSync(file);
  bytes.fill(0x5a, 4096 * 2, Math.min(bytes.length, 4096 * 40));
  fs.writeFileSync(file, bytes);
  return bytes;
}

const ASIDE = /^thankful\.sqlite3\.unreadable-2026-12-05T130000Z$/u;

describe('restoring when the data file cannot be used at start-up (real backend, real SQLite files)', () => {
  it('damaged: lists backups, refuses a new one, and a restore moves the damaged file aside and opens the backup', async () => {
    const { dataDir, file, backup } = await folderWithBackup();
    const damagedBytes = damage(file);
    const backend = start(dataDir);
    expect(await databaseOf(backend)).toMatchObject({ status: 'error', reason: 'damaged' });

    expect((await value<{ items: Backup[] }>(backend, 'backups.list')).items.map((item) => item.fileName)).toEqual([backup.fileName]);
    expect(await backend.dispatch('backups.create', {})).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });
    expect(await backend.dispatch('people.list', {})).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });

    const topics: string[] = [];
    backend.events.subscribe((event) => topics.push(event.topic));
    const restored = await value<Restored>(backend, 'backups.restore', { fileName: backup.fileName });
    expect(restored).toEqual({ restoredFrom: backup.fileName, safetyBackup: null, setAside: expect.stringMatching(ASIDE), schemaVersion: LATEST_SCHEMA_VERSION });
    expect(topics).toContain('people.changed');
    expect(topics).toContain('backups.changed');
    expect(await databaseOf(backend)).toMatchObject({ status: 'ok', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(await names(backend)).toEqual(['Ada Lovelace']);

    // Kept beside the data, byte for byte, where rotation never looks; no backup was made of it.
    expect(fs.readFileSync(path.join(dataDir, restored.setAside!))).toEqual(damagedBytes);
    expect((await value<{ items: Backup[] }>(backend, 'backups.list')).items.map((item) => item.fileName)).toEqual([backup.fileName]);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('.thankful-'))).toEqual([]);

    // Writable now, backed up like any data file, and still there after a restart.
    await value(backend, 'people.create', { fullName: 'Katherine Johnson' });
    await value(backend, 'backups.create');
    running.splice(0).forEach((open) => open.close());
    const again = start(dataDir);
    expect(await names(again)).toEqual(['Ada Lovelace', 'Katherine Johnson']);
    expect(fs.existsSync(path.join(dataDir, restored.setAside!))).toBe(true);
  });

  it('missing (only its -wal left): a file picked by the person is restored, and the journal is moved aside under the same name', async () => {
    const { dataDir, file, backup } = await folderWithBackup();
    const picked = fs.readFileSync(path.join(dataDir, 'backups', backup.fileName));
    fs.renameSync(file, path.join(tempDir(), 'elsewhere.sqlite3'));
    fs.writeFileSync(`${file}-wal`, 'the journal of a file moved away');
    const backend = start(dataDir);
    expect(await databaseOf(backend)).toMatchObject({ status: 'error', reason: 'missing' });

    const restored = await value<Restored>(backend, 'backups.restoreFile', { name: 'from my laptop.sqlite3', data: picked.toString('base64') });
    expect(restored).toMatchObject({ restoredFrom: 'from my laptop.sqlite3', safetyBackup: null, setAside: 'thankful.sqlite3.unreadable-2026-12-05T130000Z-wal' });
    expect(await databaseOf(backend)).toMatchObject({ status: 'ok' });
    expect(await names(backend)).toEqual(['Ada Lovelace']);
    expect(fs.readFileSync(path.join(dataDir, restored.setAside!), 'utf8')).toBe('the journal of a file moved away');
  });

  it('puts the damaged file back when the restored one will not open either (fake: a connection that fails once)', async () => {
    const { dataDir, file, backup } = await folderWithBackup();
    const damagedBytes = damage(file);
    let opens = 0;
    const backend = start(dataDir, {
      connect: (opened) => {
        opens += 1;
        if (opens === 2) throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
        return new BetterSqlite3(opened);
      },
    });
    const result = await backend.dispatch('backups.restore', { fileName: backup.fileName });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/could not be opened once put in place, so Thankful’s data file was left as it was\./u) } });
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|I\/O/u);
    expect(fs.readFileSync(file)).toEqual(damagedBytes);
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('unreadable') || name.startsWith('.thankful-'))).toEqual([]);
    expect(await databaseOf(backend)).toMatchObject({ status: 'error', reason: 'damaged' });
    // Still the way out: the next try (the disk better now) restores.
    expect(await value<Restored>(backend, 'backups.restore', { fileName: backup.fileName })).toMatchObject({ setAside: expect.stringMatching(ASIDE) });
    expect(await names(backend)).toEqual(['Ada Lovelace']);
  });

  it.each([
    ['newer-version', (file: string) => {
      const db = new BetterSqlite3(file);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      db.close();
    }],
    ['in-use', (_file: string, dataDir: string) => void start(dataDir)],
  ])('%s: every backup procedure is refused, and the file stays as it is', async (reason, prepare) => {
    const { dataDir, file, backup } = await folderWithBackup();
    prepare(file, dataDir);
    const before = fs.readFileSync(file);
    const backend = start(dataDir);
    expect(await databaseOf(backend)).toMatchObject({ status: 'error', reason });
    const inputs: [ProcedureName, unknown][] = [
      ['backups.list', {}],
      ['backups.create', {}],
      ['backups.restore', { fileName: backup.fileName }],
      ['backups.restoreFile', { name: 'x.sqlite3', data: fs.readFileSync(path.join(dataDir, 'backups', backup.fileName)).toString('base64') }],
    ];
    for (const [method, input] of inputs) expect(await backend.dispatch(method, input), method).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });
    expect(fs.readFileSync(file)).toEqual(before);
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('unreadable'))).toEqual([]);
  });
});
