import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../../shared';
import { TestClock } from '../../test-support/backend';
import { createBackend } from '../backend';
import { tempDir } from '../../test-support/temp-dir';
import { DATABASE_FILE_NAME, openDatabase } from '../database/open-database';
import { backupFileName } from './backup-files';
import { BackupService } from './backup-service';
import { CHECK_EVERY_MS, FIRST_CHECK_MS, scheduleDailyBackups, type Timers } from './daily-backups';

/** Timers that fire only when the test moves them, together with the clock the backups are named by. */
class ManualTimers implements Timers {
  private pending = new Map<number, { at: number; run: () => void }>();
  private next = 1;
  constructor(private readonly clock: TestClock) {}
  setTimeout(run: () => void, ms: number): unknown {
    const handle = this.next++;
    this.pending.set(handle, { at: this.clock.now().getTime() + ms, run });
    return handle;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  get count(): number {
    return this.pending.size;
  }
  /** Moves the clock on, firing each timer due on the way (and letting the backup it starts finish). */
  async advance(ms: number): Promise<void> {
    const end = this.clock.now().getTime() + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.clock.set(new Date(due[1].at).toISOString());
      due[1].run();
      await settle();
    }
    this.clock.set(new Date(end).toISOString());
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

const opened: Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function setUp(now = '2026-06-10T08:00:00Z') {
  const dataDir = tempDir();
  const databasePath = path.join(dataDir, DATABASE_FILE_NAME);
  const db = openDatabase(databasePath);
  opened.push(db);
  const clock = new TestClock(new Date(now));
  const timers = new ManualTimers(clock);
  const backups = new BackupService({ databasePath, now: clock.now, database: () => db });
  const made: Backup[] = [];
  const errors: unknown[] = [];
  const start = () => scheduleDailyBackups({ backups, now: clock.now, timers, onMade: (backup) => made.push(backup), logError: (error) => errors.push(error) });
  return { clock, timers, backups, made, errors, start, folder: path.join(dataDir, 'backups') };
}

const HOUR = 60 * 60_000;

describe('daily backups (real backups of a real SQLite file; timers and clock moved by the test)', () => {
  it('backs up a little after start when there is no backup yet, then not again until 24 hours later', async () => {
    const { timers, made, start, backups, clock } = setUp();
    const schedule = start();
    await timers.advance(FIRST_CHECK_MS - 1);
    expect(made).toEqual([]);
    await timers.advance(1);
    expect(made.map((backup) => [backup.kind, new Date(backup.createdAt).toISOString()])).toEqual([['daily', '2026-06-10T08:02:00.000Z']]);

    await timers.advance(23 * HOUR);
    expect(made).toHaveLength(1);
    await timers.advance(1 * HOUR);
    expect(made.map((backup) => new Date(backup.createdAt).toISOString())).toEqual(['2026-06-10T08:02:00.000Z', '2026-06-11T08:02:00.000Z']);
    expect(backups.list().items.map((item) => item.fileName)).toEqual(made.map((backup) => backup.fileName).reverse());
    expect(clock.now().toISOString()).toBe('2026-06-11T08:02:00.000Z');
    schedule.stop();
  });

  it('does not back up at start when a daily or manual backup is less than 24 hours old', async () => {
    const { timers, made, start, folder } = setUp('2026-06-10T08:00:00Z');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, backupFileName(new Date('2026-06-09T20:00:00Z'), 'manual')), '');
    const schedule = start();
    await timers.advance(FIRST_CHECK_MS + 10 * HOUR);
    expect(made).toEqual([]);
    await timers.advance(2 * HOUR);
    expect(made.map((backup) => new Date(backup.createdAt).toISOString())).toEqual(['2026-06-10T20:02:00.000Z']);
    schedule.stop();
  });

  it('tries again at the next hourly check after a failure, and stops all timers when stopped', async () => {
    const { timers, made, errors, start, folder } = setUp();
    fs.writeFileSync(folder, 'a file where the folder should be');
    const schedule = start();
    await timers.advance(FIRST_CHECK_MS);
    expect(made).toEqual([]);
    expect(errors).toHaveLength(1);
    fs.rmSync(folder);
    await timers.advance(CHECK_EVERY_MS);
    expect(made).toHaveLength(1);
    expect(timers.count).toBe(1);
    schedule.stop();
    expect(timers.count).toBe(0);
    await timers.advance(48 * HOUR);
    expect(made).toHaveLength(1);
  });

  it('runs in the backend: a daily backup after start announces backups.changed, and closing stops the timer', async () => {
    const clock = new TestClock(new Date('2026-06-10T08:00:00Z'));
    const timers = new ManualTimers(clock);
    const backend = createBackend({ dataDir: tempDir(), appVersion: 'test', shell: 'browser', now: clock.now, backupTimers: timers, logError: () => {} });
    const topics: string[] = [];
    backend.events.subscribe((event) => topics.push(event.topic));
    expect(timers.count).toBe(1);
    await timers.advance(FIRST_CHECK_MS);
    const listed = await backend.dispatch('backups.list', {});
    expect(listed).toMatchObject({ ok: true, value: { items: [{ kind: 'daily' }], lastBackupAt: Date.parse('2026-06-10T08:02:00Z') } });
    expect(topics).toEqual(['backups.changed']);
    backend.close();
    expect(timers.count).toBe(0);
  });
});
