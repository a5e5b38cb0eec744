import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backup, Result } from '../../../shared';
import { useBundledBackupWorker } from '../../test-support/bundled-backup-worker';
import { tempDir } from '../../test-support/temp-dir';
import { createBackend } from '../backend';
import { DATABASE_FILE_NAME, openDatabase } from '../database/open-database';

const WRITERS = 4;

/**
 * Enough pages that a copy takes a while (the worker's snapshot, or the in-process online backup's
 * many steps), with requests answered meanwhile.
 */
function seededDataDir(people = 20_000): string {
  const dataDir = tempDir();
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
  const insert = db.prepare("INSERT INTO people (full_name, notes, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
  db.transaction(() => {
    for (let i = 0; i < people; i++) insert.run(`Seeded ${i}`, `Met at the meetup ${i}. ${'Notes about the conversation. '.repeat(20)}`);
  })();
  db.close();
  return dataDir;
}

const workerPath = useBundledBackupWorker();

/**
 * Both ways a copy is made: in the worker (as the built app does), a snapshot in one read
 * transaction begun after `backups.create` was called, so every write acknowledged before that is
 * in it and writes made meanwhile may or may not be; in-process (no worker given), the online
 * backup through the writers' own connection, which also takes in writes made meanwhile.
 */
const MODES = [{ mode: 'copied in the worker', worker: true }, { mode: 'copied in-process', worker: false }];

describe.each(MODES)('a backup taken during a burst of writes (real backend, real SQLite file), $mode', ({ worker }) => {
  const start = (dataDir: string) =>
    createBackend({ dataDir, appVersion: 'test', shell: 'browser', logError: () => {}, backupTimers: false, ...(worker && { backupWorker: workerPath() }) });

  it('finishes, and is an intact database holding every write acknowledged before the backup was asked for', async () => {
    const dataDir = seededDataDir();
    const backend = start(dataDir);
    const acknowledged: string[] = [];
    let stop = false;
    let counter = 0;
    const writer = async () => {
      while (!stop) {
        const fullName = `Burst ${counter++} — Zoë 🎉`;
        const result = await backend.dispatch('people.create', { fullName });
        if (result.ok) acknowledged.push(fullName);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    while (acknowledged.length < 200) await new Promise((resolve) => setImmediate(resolve));

    const before = [...acknowledged];
    const result = (await backend.dispatch('backups.create', {})) as Result<Backup>;
    const duringBackup = acknowledged.length - before.length;
    stop = true;
    await Promise.all(writers);
    backend.close();

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The writers kept being answered while the copy was made: the burst really overlapped it.
    expect(duringBackup).toBeGreaterThan(0);
    const copy = new BetterSqlite3(path.join(dataDir, 'backups', result.value.fileName), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(copy.prepare("SELECT full_name FROM people WHERE full_name LIKE 'Burst %'").pluck().all() as string[]);
      expect(before.filter((name) => !stored.has(name))).toEqual([]);
      expect(copy.prepare("SELECT count(*) FROM people WHERE full_name LIKE 'Seeded %'").pluck().get()).toBe(20_000);
    } finally {
      copy.close();
    }
  });

  it('leaves no half-made backup when the app quits during one, and the next start lists none and tidies up', async () => {
    const dataDir = seededDataDir();
    const backend = start(dataDir);
    const making = backend.dispatch('backups.create', {});
    await new Promise((resolve) => setImmediate(resolve));
    backend.close();
    const result = (await making) as Result<Backup>;
    const folder = path.join(dataDir, 'backups');
    if (result.ok) {
      // It finished before the close: then it must be whole.
      const copy = new BetterSqlite3(path.join(folder, result.value.fileName), { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
    } else {
      expect(result.error).toEqual({ code: 'DATABASE_UNAVAILABLE', message: 'The backup stopped because Thankful was closing. Your data is unchanged.' });
      const again = start(dataDir);
      expect(await again.dispatch('backups.list', {})).toMatchObject({ ok: true, value: { items: [], lastBackupAt: null } });
      again.close();
      expect(fs.readdirSync(folder)).toEqual([]);
    }
  });
});
