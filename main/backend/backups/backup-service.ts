import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppErrorException, type Backup, type BackupKind, type BackupsList } from '../../../shared';
import { copyInProcess } from './backup-copy-in-process';
import { BackupWorkerFault, copyInWorker, type CopyInWorker } from './backup-copy-in-worker';
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

export interface BackupServiceOptions {
  databasePath: string;
  now: () => Date;
  /** The open database, or undefined while there is none (it failed to open, or a restore is replacing it). */
  database: () => Database | undefined;
  /**
   * The built backup worker (`backup-worker.cjs` beside the app's bundle): copies are made in it,
   * off the main thread. Without one (unit tests on the TypeScript sources) they are made on the
   * main thread, in steps (`copyInProcess`).
   */
  workerPath?: string;
  logError?: (error: unknown) => void;
}

export const DEFAULT_LEAD = 'The backup could not be made';

/**
 * Consistent copies of the open database into `backups/` beside it. With the backup worker, a
 * thread with its own connection copies a snapshot with `VACUUM INTO` (`backup-worker.ts`) while
 * the event loop goes on answering; without it, SQLite's online backup runs here in small steps.
 * A copy is written under a hidden name, synced, then renamed: a half-written one is never listed.
 * One backup or restore at a time (`exclusive`).
 */
export class BackupService {
  readonly folder: string;
  private tail: Promise<unknown> = Promise.resolve();
  private worker: CopyInWorker | undefined;
  private closed = false;

  constructor(private readonly options: BackupServiceOptions) {
    this.folder = backupsFolderOf(options.databasePath);
  }

  /**
   * A worker is reading the data file in one long read transaction: a TRUNCATE checkpoint on the
   * main connection would wait for it with the event loop held, so the idle checkpoint waits instead.
   */
  get workerReading(): boolean {
    return this.worker !== undefined;
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

  /**
   * Copies the open database now; call it inside `exclusive`. A failure is an `AppErrorException`
   * whose message starts with `lead` (what could not be done).
   */
  async copyNow(kind: BackupKind, lead = DEFAULT_LEAD): Promise<Backup> {
    const db = this.options.database();
    if (!db?.open) throw new AppErrorException({ code: 'DATABASE_UNAVAILABLE', message: 'There is no open data file to back up.' });
    const createdAt = this.options.now();
    const partial = path.join(this.folder, `${PARTIAL_PREFIX}${randomBytes(6).toString('hex')}.sqlite3`);
    let fileName: string;
    try {
      ensurePrivateFolder(this.folder);
      await this.copy(db, partial);
      // Quitting meanwhile: the data folder is no longer ours to put files into.
      if (this.closed) throw new Error('Thankful was closing');
      makeSelfContained(partial);
      await syncFileAsync(partial);
      // Named only now, with no await before the rename: two backups cannot take one name.
      fileName = freshBackupFileName(this.folder, createdAt, kind);
      fs.renameSync(partial, path.join(this.folder, fileName));
      syncFolder(this.folder);
    } catch (error) {
      removeWithJournals(partial);
      if (error instanceof AppErrorException) throw error;
      if (!db.open || this.closed) throw new AppErrorException({ code: 'DATABASE_UNAVAILABLE', message: 'The backup stopped because Thankful was closing. Your data is unchanged.' });
      this.options.logError?.(error);
      if (error instanceof BackupWorkerFault) {
        // Not the disk: the helper that makes copies did not run (a damaged installation).
        const message = `${lead}: Thankful’s backup helper did not run. Your data is unchanged. Restart Thankful and try again; if it keeps failing, reinstall Thankful.`;
        throw new AppErrorException({ code: 'INTERNAL', message });
      }
      throw backupFailed(error, this.folder, lead);
    }
    this.prune(fileName);
    const made = listBackupFiles(this.folder).find((file) => file.fileName === fileName);
    if (!made) throw backupFailed(new Error(`${fileName} vanished after it was written`), this.folder, lead);
    return toBackup(made);
  }

  /** Stops a copy being made (quitting): it fails as "Thankful was closing" and leaves nothing behind. */
  close(): void {
    this.closed = true;
    this.worker?.stop();
  }

  private async copy(db: Database, partial: string): Promise<void> {
    if (!this.options.workerPath) return copyInProcess(db, partial);
    // Made here first, so the copy is the user's alone from its first byte.
    fs.closeSync(fs.openSync(partial, 'wx', 0o600));
    const worker = copyInWorker(this.options.workerPath, { source: this.options.databasePath, destination: partial });
    this.worker = worker;
    try {
      await worker.done;
    } finally {
      this.worker = undefined;
    }
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
