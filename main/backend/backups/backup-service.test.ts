import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../shared';
import { TestClock } from '../../test-support/backend';
import { useBundledBackupWorker } from '../../test-support/bundled-backup-worker';
import { tempDir } from '../../test-support/temp-dir';
import { DATABASE_FILE_NAME, openDatabase } from '../database/open-database';
import { backupFileName, PARTIAL_PREFIX } from './backup-files';
import { BackupService } from './backup-service';

const opened: Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const workerPath = useBundledBackupWorker();

/** Each test runs both ways: in the worker, as the built app copies, and in-process, as without one. */
const MODES = [{ mode: 'in a worker', worker: true }, { mode: 'in-process (no worker given)', worker: false }];
let useWorker = false;

function setUp(now = '2026-06-10T09:15:30.250Z') {
  const dataDir = tempDir();
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
  opened.push(db);
  const clock = new TestClock(new Date(now));
  const service = new BackupService({ databasePath: path.join(dataDir, DATABASE_FILE_NAME), now: clock.now, database: () => db, ...(useWorker && { workerPath: workerPath() }) });
  const addPerson = (name: string) => db.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES (?, 'x', 'x')").run(name);
  return { dataDir, db, clock, service, addPerson, folder: path.join(dataDir, 'backups') };
}

const peopleIn = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT full_name FROM people ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
};

describe.each(MODES)('backups of a real SQLite file (BackupService), copied $mode', ({ worker }) => {
  beforeAll(() => {
    useWorker = worker;
  });

  it('writes a consistent, private copy into backups/ beside the data, named by time and kind, and lists it', async () => {
    const { service, addPerson, folder } = setUp();
    addPerson('Priya Raman');
    addPerson('Zoë Ångström 🎉');
    const made = await service.create('manual');

    expect(made).toEqual({ fileName: 'thankful-2026-06-10T091530.250Z-manual.sqlite3', kind: 'manual', createdAt: Date.parse('2026-06-10T09:15:30.250Z'), sizeBytes: expect.any(Number) });
    expect(made.sizeBytes).toBe(fs.statSync(path.join(folder, made.fileName)).size);
    expect(peopleIn(path.join(folder, made.fileName))).toEqual(['Priya Raman', 'Zoë Ångström 🎉']);
    expect(fs.readdirSync(folder)).toEqual([made.fileName]);
    if (process.platform !== 'win32') {
      expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(folder, made.fileName)).mode & 0o777).toBe(0o600);
    }
    expect(service.list()).toEqual({ folder, items: [made], lastBackupAt: made.createdAt });
  });

  it('answers an empty list with no last time before the first backup', () => {
    const { service, folder } = setUp();
    expect(service.list()).toEqual({ folder, items: [], lastBackupAt: null });
  });

  it('gives two backups in the same millisecond their own names, newest listed first', async () => {
    const { service, addPerson, folder } = setUp();
    // Copies kept before a restore are not pooled by day, so both stay.
    const first = await service.exclusive(() => service.copyNow('before-restore'));
    addPerson('Later');
    const second = await service.exclusive(() => service.copyNow('before-restore'));
    expect(second.fileName).toBe(first.fileName.replace('-before-restore.sqlite3', '-before-restore-2.sqlite3'));
    expect(service.list().items.map((item) => item.fileName)).toEqual([second.fileName, first.fileName]);
    expect(peopleIn(path.join(folder, first.fileName))).toEqual([]);
    expect(peopleIn(path.join(folder, second.fileName))).toEqual(['Later']);
  });

  it('keeps one backup a day: a second "Back up now" replaces the first of the day', async () => {
    const { service, clock } = setUp();
    await service.create('daily');
    clock.advance(60_000);
    const later = await service.create('manual');
    expect(service.list().items).toEqual([later]);
  });

  it('lists SQLite files the user put in the folder as manual backups from their modification time, and nothing else', async () => {
    const { service, folder, clock } = setUp();
    const made = await service.create('daily');
    const copied = path.join(folder, 'my copy before the move.sqlite3');
    fs.copyFileSync(path.join(folder, made.fileName), copied);
    fs.utimesSync(copied, new Date('2026-06-01T08:00:00Z'), new Date('2026-06-01T08:00:00Z'));
    fs.writeFileSync(path.join(folder, 'README.txt'), 'These are backups.');
    fs.writeFileSync(path.join(folder, `${PARTIAL_PREFIX}abc.sqlite3`), fs.readFileSync(copied));
    fs.mkdirSync(path.join(folder, 'old'));
    clock.advance(24 * 60 * 60_000);
    const later = await service.create('manual');

    expect(service.list().items).toEqual([
      later,
      made,
      { fileName: 'my copy before the move.sqlite3', kind: 'manual', createdAt: Date.parse('2026-06-01T08:00:00Z'), sizeBytes: made.sizeBytes },
    ]);
  });

  it('rotates after each backup: old daily copies beyond 7 days and 4 weeks go, the user’s own files stay', async () => {
    const { service, folder } = setUp('2026-06-30T12:00:00Z');
    fs.mkdirSync(folder, { recursive: true });
    const old = Array.from({ length: 29 }, (_, index) => backupFileName(new Date(Date.UTC(2026, 5, 1 + index, 12)), 'daily'));
    for (const name of [...old, 'mine.sqlite3']) fs.copyFileSync(path.join(folder, '..', DATABASE_FILE_NAME), path.join(folder, name));
    const made = await service.create('daily');
    const left = fs.readdirSync(folder).sort();
    expect(left).toEqual([...old.filter((name) => /-(14|21|24|25|26|27|28|29)T/u.test(name)), made.fileName, 'mine.sqlite3'].sort());
  });

  it('goes by the newest daily or manual backup for the schedule, not copies from before a migration or dated in the future', async () => {
    const { service, folder, clock } = setUp('2026-06-10T12:00:00Z');
    expect(service.lastRegularBackupAt(clock.now().getTime())).toBeUndefined();
    fs.mkdirSync(folder, { recursive: true });
    for (const [iso, kind] of [
      ['2026-06-08T12:00:00Z', 'daily'],
      ['2026-06-09T12:00:00Z', 'before-migration'],
      ['2027-01-01T12:00:00Z', 'manual'],
    ] as const) {
      fs.writeFileSync(path.join(folder, backupFileName(new Date(iso), kind)), '');
    }
    expect(service.lastRegularBackupAt(clock.now().getTime())).toBe(Date.parse('2026-06-08T12:00:00Z'));
  });

  it('removes half-written copies a crash left, and only those', async () => {
    const { service, folder } = setUp();
    const made = await service.create('manual');
    fs.writeFileSync(path.join(folder, `${PARTIAL_PREFIX}dead.sqlite3`), 'half');
    fs.writeFileSync(path.join(folder, `${PARTIAL_PREFIX}dead.sqlite3-journal`), 'half');
    service.removeLeftovers();
    expect(fs.readdirSync(folder)).toEqual([made.fileName]);
  });

  it('refuses with a sentence for a person when the copy cannot be written, and leaves nothing behind', async () => {
    const { service, folder, addPerson } = setUp();
    addPerson('Kept');
    // A file where the folder should be: nothing can be written into it.
    fs.writeFileSync(folder, 'not a folder');
    const error = await service.create('manual').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppErrorException);
    const { code, message } = (error as AppErrorException).appError;
    expect(code).toBe('STORAGE_FAILED');
    expect(message).toMatch(/^The backup could not be made: .*Your data is unchanged\./u);
    expect(message).not.toMatch(/ENOTDIR|EEXIST|errno|SQLITE/u);
    expect(fs.readFileSync(folder, 'utf8')).toBe('not a folder');
  });

  it('runs one backup at a time, in the order asked', async () => {
    const { service } = setUp();
    const order: string[] = [];
    const slow = service.exclusive(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      order.push('first');
    });
    const next = service.create('manual').then(() => order.push('backup'));
    await Promise.all([slow, next]);
    expect(order).toEqual(['first', 'backup']);
  });
});
