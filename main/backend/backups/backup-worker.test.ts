import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppErrorException, Backup, Restored, Result } from '../../../shared';
import { TestClock } from '../../test-support/backend';
import { useBundledBackupWorker } from '../../test-support/bundled-backup-worker';
import { tempDir } from '../../test-support/temp-dir';
import { createBackend, type Backend } from '../backend';
import { DATABASE_FILE_NAME, openDatabase } from '../database/open-database';
import { copyInWorker } from './backup-copy-in-worker';
import { backupFailed } from './backup-errors';
import { BackupService } from './backup-service';

const workerPath = useBundledBackupWorker();

const running: Backend[] = [];
afterEach(() => {
  for (const backend of running.splice(0)) backend.close();
});

function startBackend(dataDir: string, backupWorker: string, errors: unknown[] = []): Backend {
  const backend = createBackend({ dataDir, appVersion: 'test', shell: 'browser', backupTimers: false, backupWorker, logError: (error) => errors.push(error) });
  running.push(backend);
  return backend;
}

const namesIn = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('SELECT full_name FROM people').pluck().all() as string[]).sort();
  } finally {
    db.close();
  }
};

describe('backups copied in the backup worker (bundled as scripts/build.mjs does)', () => {
  it('brings SQLite’s error code back from the worker, so a copy that cannot be written is said in plain words', async () => {
    const dataDir = tempDir();
    openDatabase(path.join(dataDir, DATABASE_FILE_NAME)).close();
    // A folder where the copy should go: SQLite in the worker cannot open it. (A really full disk
    // cannot be made here; its SQLITE_FULL comes back the same way and maps to DISK_FULL.)
    const destination = path.join(dataDir, 'a folder');
    fs.mkdirSync(destination);
    const error = await copyInWorker(workerPath(), { source: path.join(dataDir, DATABASE_FILE_NAME), destination }).done.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'SQLITE_CANTOPEN' });
    expect(backupFailed(error, '/data/backups').appError).toEqual({
      code: 'STORAGE_FAILED',
      message: 'The backup could not be made: the folder /data/backups cannot be written. Your data is unchanged. Make that folder writable for your account and try again.',
    });
  });

  it('stops the worker when Thankful quits during a copy: the backup says so, and nothing is left behind', async () => {
    const dataDir = tempDir();
    const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
    try {
      const service = new BackupService({ databasePath: db.name, now: new TestClock(new Date('2026-06-10T09:00:00Z')).now, database: () => db, workerPath: workerPath() });
      const making = service.create('manual');
      while (!service.workerReading) await new Promise((resolve) => setImmediate(resolve));
      service.close();
      const error = await making.catch((caught: unknown) => caught);
      expect((error as AppErrorException).appError).toEqual({ code: 'DATABASE_UNAVAILABLE', message: 'The backup stopped because Thankful was closing. Your data is unchanged.' });
      expect(service.workerReading).toBe(false);
      expect(fs.readdirSync(service.folder)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('makes "Back up now" and the copy before a restore with the worker: both hold the data of their moment', async () => {
    const dataDir = tempDir();
    const backend = startBackend(dataDir, workerPath());
    await backend.dispatch('people.create', { fullName: 'Ada Lovelace' });
    const backup = (await backend.dispatch('backups.create', {})) as Result<Backup>;
    if (!backup.ok) throw new Error(backup.error.message);
    await backend.dispatch('people.create', { fullName: 'Grace Hopper' });

    const restored = (await backend.dispatch('backups.restore', { fileName: backup.value.fileName })) as Result<Restored>;
    if (!restored.ok) throw new Error(restored.error.message);
    const folder = path.join(dataDir, 'backups');
    expect(namesIn(path.join(folder, backup.value.fileName))).toEqual(['Ada Lovelace']);
    expect(namesIn(path.join(folder, restored.value.safetyBackup!.fileName))).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await backend.dispatch('people.list', {})).toMatchObject({ ok: true, value: { items: [{ fullName: 'Ada Lovelace' }] } });
  });

  it('with a worker that cannot run, "Back up now" and a restore say so plainly, and nothing is changed', async () => {
    const dataDir = tempDir();
    // A backup made the usual way, to restore from.
    const first = startBackend(dataDir, workerPath());
    await first.dispatch('people.create', { fullName: 'Ada Lovelace' });
    const backup = (await first.dispatch('backups.create', {})) as Result<Backup>;
    if (!backup.ok) throw new Error(backup.error.message);
    await first.dispatch('people.create', { fullName: 'Grace Hopper' });
    first.close();

    const errors: unknown[] = [];
    const backend = startBackend(dataDir, path.join(dataDir, 'no such backup-worker.cjs'), errors);
    const helperMissing = 'Thankful’s backup helper did not run. Your data is unchanged. Restart Thankful and try again; if it keeps failing, reinstall Thankful.';
    expect(await backend.dispatch('backups.create', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: `The backup could not be made: ${helperMissing}` } });
    expect(await backend.dispatch('backups.restore', { fileName: backup.value.fileName })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: `Nothing was restored: your current data could not be backed up first: ${helperMissing}` },
    });
    expect(errors).toHaveLength(2);
    expect(await backend.dispatch('backups.list', {})).toMatchObject({ ok: true, value: { items: [{ fileName: backup.value.fileName }] } });
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toEqual([backup.value.fileName]);
    expect(await backend.dispatch('people.list', {})).toMatchObject({ ok: true, value: { items: [{ fullName: 'Ada Lovelace' }, { fullName: 'Grace Hopper' }] } });
  });

  it('backs up no data file that was moved away while open: the worker would open whatever is at its path now', async () => {
    const dataDir = tempDir();
    let dailyCheck: (() => void) | undefined;
    const errors: unknown[] = [];
    const backend = createBackend({
      dataDir,
      appVersion: 'test',
      shell: 'browser',
      backupWorker: workerPath(),
      backupTimers: { setTimeout: (run) => ((dailyCheck = run), 1), clearTimeout: () => {} },
      logError: (error) => errors.push(error),
    });
    running.push(backend);
    await backend.dispatch('people.create', { fullName: 'Ada Lovelace' });
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    fs.renameSync(file, `${file}.moved`);

    dailyCheck?.();
    while (errors.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // Not "the folder cannot be written", which is what the worker finding nothing there would say.
    expect((errors[0] as AppErrorException).appError).toEqual({ code: 'DATABASE_UNAVAILABLE', message: 'There is no open data file to back up.' });
    expect(fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')) : []).toEqual([]);
  });
});
