import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppErrorException, type Backup, type BackupKind, type BackupsList } from '../../../shared';
import { backupFailed } from './backup-errors';
import {
  backupsFolderOf,
  ensurePrivateFolder,
  freshBackupFileName,
  listBackupFiles,
  makeSelfContained,
  PARTIAL_PREFIX,
  removeWithJournals,
  syncFileAsync,
  syncFolder,
  toBackup,
} from './backup-files';
import { backupsToDelete } from './rotation';

/**
 * Pages copied per step of the online backup (4 KiB each): about a millisecond or two of work,
 * after which the event loop serves whatever request is waiting.
 */
const PAGES_PER_STEP = 256;

export interface BackupServiceOptions {
  databasePath: string;
  now: () => Date;
  /** The open database, or undefined while there is none (it failed to open, or a restore is replacing it). */
  database: () => Database | undefined;
  logError?: (error: unknown) => void;
}

/**
 * Consistent copies of the open database into `backups/` beside it, made with SQLite's online
 * backup (`db.backup`): it copies a few pages at a time and yields between steps, so the app keeps
 * answering, and writes made meanwhile through the same connection go into the copy as well. A
 * copy is written under a hidden name, synced, then renamed: a half-written one is never listed.
 * One backup or restore at a time (`exclusive`).
 */
export class BackupService {
  readonly folder: string;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: BackupServiceOptions) {
    this.folder = backupsFolderOf(options.databasePath);
  }

  list(): BackupsList {
    const items = listBackupFiles(this.folder).map(toBackup);
    return { folder: this.folder, items, lastBackupAt: items[0]?.createdAt ?? null };
  }

  /**
   * When the newest daily or manual backup up to `nowMs` was made: what the daily schedule goes by.
   * One dated later (made while the clock was wrong) would otherwise stop daily backups until then.
   */
  lastRegularBackupAt(nowMs: number): number | undefined {
    return listBackupFiles(this.folder).find((file) => (file.kind === 'daily' || file.kind === 'manual') && file.createdAt <= nowMs)?.createdAt;
  }

  create(kind: 'daily' | 'manual'): Promise<Backup> {
    return this.exclusive(() => this.copyNow(kind));
  }

  /** Runs `task` after every backup or restore asked for before it has finished, and before any asked for later. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Copies the open database now; call it inside `exclusive`. */
  async copyNow(kind: BackupKind): Promise<Backup> {
    const db = this.options.database();
    if (!db?.open) throw new AppErrorException({ code: 'DATABASE_UNAVAILABLE', message: 'There is no open data file to back up.' });
    const createdAt = this.options.now();
    const partial = path.join(this.folder, `${PARTIAL_PREFIX}${randomBytes(6).toString('hex')}.sqlite3`);
    let fileName: string;
    try {
      ensurePrivateFolder(this.folder);
      // Made by us first, so the copy is the user's alone from its first byte.
      const flusher = new BackgroundFlush(fs.openSync(partial, 'wx', 0o600));
      try {
        await db.backup(partial, { progress: () => (flusher.flush(), PAGES_PER_STEP) });
      } finally {
        await flusher.close();
      }
      makeSelfContained(partial);
      await syncFileAsync(partial);
      // Named only now, with no await before the rename: two backups cannot take one name.
      fileName = freshBackupFileName(this.folder, createdAt, kind);
      fs.renameSync(partial, path.join(this.folder, fileName));
      syncFolder(this.folder);
    } catch (error) {
      removeWithJournals(partial);
      if (error instanceof AppErrorException) throw error;
      if (!db.open) throw new AppErrorException({ code: 'DATABASE_UNAVAILABLE', message: 'The backup stopped because Thankful was closing. Your data is unchanged.' });
      this.options.logError?.(error);
      throw backupFailed(error, this.folder);
    }
    this.prune(fileName);
    const made = listBackupFiles(this.folder).find((file) => file.fileName === fileName);
    if (!made) throw backupFailed(new Error(`${fileName} vanished after it was written`), this.folder);
    return toBackup(made);
  }

  /** Deletes what rotation no longer keeps. A file that cannot be deleted stays until the next time. */
  prune(justMade?: string): void {
    for (const fileName of backupsToDelete(listBackupFiles(this.folder), justMade)) {
      try {
        fs.rmSync(path.join(this.folder, fileName), { force: true });
      } catch (error) {
        this.options.logError?.(error);
      }
    }
  }

  /** Copies a crash left half-written; only at start-up, when no backup can be running. */
  removeLeftovers(): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith(PARTIAL_PREFIX)) fs.rmSync(path.join(this.folder, name), { force: true });
    }
  }
}

/**
 * SQLite syncs the copy when its last step commits, on the main thread: with tens of megabytes
 * written and not yet on disk, that one step would hold every request for a disk flush. Flushing
 * in the background (libuv's thread pool) while the copy goes on leaves little for that last sync.
 */
class BackgroundFlush {
  private running: Promise<void> | undefined;

  constructor(private readonly fd: number) {}

  flush(): void {
    if (this.running) return;
    this.running = new Promise((resolve) => {
      // A failed flush is harmless: SQLite's own sync at the end, and ours after it, still run.
      fs.fdatasync(this.fd, () => {
        this.running = undefined;
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    await this.running;
    fs.closeSync(this.fd);
  }
}
