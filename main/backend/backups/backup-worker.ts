import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupWorkerReply, BackupWorkerRequest } from './backup-copy-in-worker';

/**
 * Entry point of the backup worker thread (bundled on its own: dist/main/backup-worker.cjs for
 * Electron, dist/server/backup-worker.cjs for browser mode). Copies the data file with a
 * connection of its own, so the main thread's event loop goes on answering requests meanwhile.
 *
 * `VACUUM INTO` reads the whole database inside one read transaction: the copy is the snapshot
 * of the moment it began, holding every write committed before it, and writes committed
 * meanwhile (WAL lets the main connection go on writing) simply are not in it. SQLite's online
 * backup from a second connection would instead restart whenever the source is written between
 * its steps, and might never finish under a burst of writes.
 *
 * It loads the same better-sqlite3 as the main thread, so one SQLite serves both connections and
 * keeps the process's POSIX locks on the file intact when this one closes.
 */
function copySnapshot({ source, destination }: BackupWorkerRequest): BackupWorkerReply {
  let db: BetterSqlite3.Database | undefined;
  try {
    // Not read-only: a reader of a WAL database needs the -shm. fileMustExist: a data file gone
    // meanwhile must fail, not be backed up as a new, empty database.
    db = new BetterSqlite3(source, { fileMustExist: true, timeout: 5000 });
    // Into the empty file the main thread made (private from its first byte); SQLite accepts an empty file.
    db.prepare('VACUUM INTO ?').run(destination);
    return { ok: true };
  } catch (error) {
    // SQLite's (or Node's) code crosses back, so the failure is said in plain words as on the main thread.
    const code = (error as { code?: unknown }).code;
    return { ok: false, message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' && { code }) };
  } finally {
    db?.close();
  }
}

parentPort?.postMessage(copySnapshot(workerData as BackupWorkerRequest));
