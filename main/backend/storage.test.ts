import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { procedureNames, type AppInfo } from '../../shared';
import { tempDir } from '../test-support/temp-dir';
import { createBackend, type BackendOptions } from './backend';
import { DATABASE_FILE_NAME } from './database/open-database';
import { createDispatcher, type Handlers } from './dispatcher';
import { EventHub } from './events';
import { storageError } from './storage-errors';

const quiet = () => {};
const start = (dataDir: string, more: Partial<BackendOptions> = {}) =>
  createBackend({ dataDir, appVersion: '9.9.9', shell: 'browser', logError: quiet, ...more });

/** Opens the file as the backend does, keeping the connection so a test can reach under it. */
function spyConnection() {
  const seen: { db?: Database } = {};
  const connect = (file: string) => (seen.db = new BetterSqlite3(file));
  return { connect, connection: () => seen.db! };
}

const databaseOf = async (backend: ReturnType<typeof start>) => {
  const info = await backend.dispatch('app.info', {});
  return info.ok ? (info.value as AppInfo).database : undefined;
};

const names = (file: string) => new BetterSqlite3(file, { readonly: true }).prepare('SELECT full_name FROM people ORDER BY id').pluck().all();

afterEach(() => {
  vi.useRealTimers();
});

describe('a data file moved, deleted or replaced while open', () => {
  it('deleted: the next write is refused with DATA_FILE_MOVED, app.info is not ok, and a restart finds only the journal (missing), making nothing new', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const backend = start(dataDir);
    expect(await backend.dispatch('people.create', { fullName: 'Before' })).toMatchObject({ ok: true });
    expect(await databaseOf(backend)).toMatchObject({ status: 'ok' });

    fs.unlinkSync(file);
    const seen: string[] = [];
    backend.events.subscribe((event) => seen.push(event.topic));
    const refused = await backend.dispatch('people.create', { fullName: 'After' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'DATA_FILE_MOVED', message: expect.stringMatching(/^Thankful’s data file was moved, deleted or replaced while Thankful was open\. Nothing was saved\. Quit Thankful and put the file back/u) },
    });
    expect(seen).toEqual([]);
    expect(await databaseOf(backend)).toMatchObject({ status: 'error', reason: 'moved', path: file });
    expect(backend.database).toMatchObject({ status: 'error', reason: 'moved' });
    // Reads still answer (the screens show the error anyway).
    expect(await backend.dispatch('people.list', {})).toMatchObject({ ok: true });
    backend.close();

    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    const again = start(dataDir);
    expect(await databaseOf(again)).toMatchObject({ status: 'error', reason: 'missing' });
    again.close();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('replaced by another file renamed over it: refused, nothing written to either file, and it stays refused', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const backend = start(dataDir);
    await backend.dispatch('people.create', { fullName: 'Mine' });

    const other = path.join(tempDir(), 'other.sqlite3');
    const copy = new BetterSqlite3(other);
    copy.exec("CREATE TABLE people (id INTEGER PRIMARY KEY, full_name TEXT); INSERT INTO people (full_name) VALUES ('Theirs')");
    copy.close();
    fs.renameSync(other, file);

    expect(await backend.dispatch('people.create', { fullName: 'Lost' })).toMatchObject({ ok: false, error: { code: 'DATA_FILE_MOVED' } });
    expect(await databaseOf(backend)).toMatchObject({ status: 'error', reason: 'moved' });
    // A later app.info does not turn ok again: only a restart opens the path afresh.
    expect(await databaseOf(backend)).toMatchObject({ status: 'error', reason: 'moved' });
    const listed = await backend.dispatch('people.list', {});
    expect(listed.ok && (listed.value as { items: { fullName: string }[] }).items.map((p) => p.fullName)).toEqual(['Mine']);
    backend.close();
    expect(names(file)).not.toContain('Lost');
  });

  it('renamed away: refused too; put back, the file and its journal hold what was saved before, and nothing after', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const backend = start(dataDir);
    await backend.dispatch('people.create', { fullName: 'Saved' });
    fs.renameSync(file, `${file}.moved`);
    expect(await backend.dispatch('people.create', { fullName: 'Not saved' })).toMatchObject({ ok: false, error: { code: 'DATA_FILE_MOVED' } });
    backend.close();
    fs.renameSync(`${file}.moved`, file);
    const again = start(dataDir);
    expect(await databaseOf(again)).toMatchObject({ status: 'ok' });
    expect(await again.dispatch('people.list', {})).toMatchObject({ ok: true, value: { total: 1, items: [{ fullName: 'Saved' }] } });
    again.close();
  });
});

describe('storage failures are said as they are', () => {
  it('a full disk (real SQLite, max_page_count) answers DISK_FULL saying nothing was saved, and writes nothing', async () => {
    const dataDir = tempDir();
    const { connect, connection } = spyConnection();
    const backend = start(dataDir, { connect });
    await backend.dispatch('people.create', { fullName: 'Fits' });
    const db = connection();
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);

    const result = await backend.dispatch('people.create', { fullName: 'Too much', notes: 'x'.repeat(19_000) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'DISK_FULL', message: 'Your disk is full, so nothing was saved. Free some space (empty the Trash, delete large files you do not need) and try again.' },
    });
    db.pragma('max_page_count = 1073741823');
    const listed = await backend.dispatch('people.list', {});
    expect(listed).toMatchObject({ ok: true, value: { total: 1 } });
    // close does not throw on a full disk either.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    expect(() => backend.close()).not.toThrow();
  });

  it('maps each SQLite failure to its own code, and leaves everything else to INTERNAL', () => {
    const sqlite = (code: string) => new BetterSqlite3.SqliteError('SQLite says no', code);
    expect(storageError(sqlite('SQLITE_FULL'))?.code).toBe('DISK_FULL');
    for (const code of ['SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_READONLY_DBMOVED']) expect(storageError(sqlite(code))?.code, code).toBe('READ_ONLY');
    for (const code of ['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_CANTOPEN']) expect(storageError(sqlite(code))?.code, code).toBe('STORAGE_FAILED');
    for (const code of ['SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_NOTADB']) expect(storageError(sqlite(code))?.code, code).toBe('DATABASE_DAMAGED');
    expect(storageError(sqlite('SQLITE_BUSY'))?.code).toBe('DATABASE_BUSY');
    expect(storageError(sqlite('SQLITE_CONSTRAINT_UNIQUE'))).toBeUndefined();
    expect(storageError(new Error('SQLITE_FULL'))).toBeUndefined();
    for (const code of ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CORRUPT', 'SQLITE_BUSY']) {
      const message = storageError(sqlite(code))!.message;
      expect(message, code).toMatch(/nothing (was|can be) saved/u);
      expect(message, code).not.toMatch(/SQLITE|please try again/u);
    }
  });

  it('an I/O error under a handler reaches the user as STORAGE_FAILED, not INTERNAL, and announces nothing', async () => {
    // A failing disk cannot be made on demand: the handler throws what better-sqlite3 would.
    const handlers = Object.fromEntries(procedureNames.map((name) => [name, () => {
      throw new BetterSqlite3.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE');
    }])) as unknown as Handlers;
    const events = new EventHub();
    const seen: string[] = [];
    events.subscribe((event) => seen.push(event.topic));
    const logged: unknown[] = [];
    const dispatch = createDispatcher(handlers, events, { logError: (error) => logged.push(error) });
    expect(await dispatch('people.create', { fullName: 'Ada' })).toEqual({ ok: false, error: storageError(new BetterSqlite3.SqliteError('x', 'SQLITE_IOERR')) });
    expect(await dispatch('people.create', { fullName: 'Ada' })).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } });
    expect(seen).toEqual([]);
    expect(logged).toHaveLength(2);
  });
});

describe('a data file that can be read but not written', () => {
  /** chmod restricts nobody running as root (as CI may): there the file is opened read-only, as SQLite does for a person without write permission. */
  const asReader = process.getuid?.() === 0 ? { connect: (file: string) => new BetterSqlite3(file, { readonly: true }) } : {};

  it('starts, shows everything, says read-only in app.info, and refuses each change with READ_ONLY before SQLite is asked', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const first = start(dataDir);
    await first.dispatch('people.create', { fullName: 'Grace Hopper' });
    first.close();
    fs.chmodSync(file, 0o444);

    const backend = start(dataDir, asReader);
    expect(await databaseOf(backend)).toMatchObject({ status: 'ok', readOnly: expect.stringMatching(/cannot be written .* nothing can be saved; you can still look at everything/u) });
    expect(await backend.dispatch('people.list', {})).toMatchObject({ ok: true, value: { items: [{ fullName: 'Grace Hopper' }] } });
    expect(await backend.dispatch('people.create', { fullName: 'Ada' })).toMatchObject({ ok: false, error: { code: 'READ_ONLY', message: expect.stringMatching(/nothing can be saved/u) } });
    expect(() => backend.close()).not.toThrow();
    fs.chmodSync(file, 0o600);
  });

  it('a writable file has no read-only note', async () => {
    const backend = start(tempDir());
    const database = await databaseOf(backend);
    expect(database).toMatchObject({ status: 'ok' });
    expect(database).not.toHaveProperty('readOnly');
    backend.close();
  });
});

describe('the WAL is checkpointed when the app is idle', () => {
  it('folds the WAL into the data file a while after the last write, not before; close stops the timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const backend = start(dataDir, { idleCheckpointMs: 1_000 });
    await backend.dispatch('people.create', { fullName: 'Ada' });
    const wal = () => fs.statSync(`${file}-wal`).size;
    expect(wal()).toBeGreaterThan(0);
    vi.advanceTimersByTime(900);
    await backend.dispatch('people.create', { fullName: 'Grace' });
    vi.advanceTimersByTime(900);
    expect(wal()).toBeGreaterThan(0);
    vi.advanceTimersByTime(200);
    expect(wal()).toBe(0);
    expect(names(file)).toEqual(['Ada', 'Grace']);

    await backend.dispatch('people.create', { fullName: 'Linus' });
    backend.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not checkpoint into a data file that was moved away (its journal is all that is left beside it)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const backend = start(dataDir, { idleCheckpointMs: 1_000 });
    await backend.dispatch('people.create', { fullName: 'Ada' });
    const before = fs.statSync(`${file}-wal`).size;
    fs.renameSync(file, `${file}.moved`);
    vi.advanceTimersByTime(1_000);
    expect(fs.statSync(`${file}-wal`).size).toBe(before);
    backend.close();
  });
});
