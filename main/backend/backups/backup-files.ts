import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { BACKUP_KINDS, type Backup, type BackupKind } from '../../../shared';

export const BACKUPS_FOLDER_NAME = 'backups';

/** A file being written: hidden, so that a half-written copy never looks like a backup. */
export const PARTIAL_PREFIX = '.thankful-partial-';

/** A backup as found in the folder, with what rotation needs to know about its name. */
export interface BackupFile extends Backup {
  /** Named by Thankful (`thankful-<time>-<kind>.sqlite3`); only those are ever deleted by rotation. */
  ours: boolean;
  /** 1 for the first backup of its millisecond and kind, 2… for the next ones. */
  sequence: number;
  /** The file's modification time, which orders backups named with the same time. */
  modifiedAt: number;
}

const NAME = new RegExp(`^thankful-(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(?:\\.(\\d{3}))?Z-(${BACKUP_KINDS.join('|')})(?:-(\\d{1,4}))?\\.sqlite3$`, 'u');
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The folder beside the data file that holds its backups. */
export function backupsFolderOf(databasePath: string): string {
  return path.join(path.dirname(databasePath), BACKUPS_FOLDER_NAME);
}

/**
 * `thankful-2026-12-05T120000.123Z-daily.sqlite3`: sorts by time, says why it was made, and has no
 * character a file system refuses. Milliseconds, because a backup before a restore often follows
 * "Back up now" within the same second, and the list must still show which came first.
 */
export function backupFileName(createdAt: Date, kind: BackupKind, sequence = 1): string {
  const stamp = createdAt.toISOString().slice(0, 23).replace(/:/gu, '');
  return `thankful-${stamp}Z-${kind}${sequence > 1 ? `-${sequence}` : ''}.sqlite3`;
}

export function parseBackupFileName(fileName: string): { kind: BackupKind; createdAt: number; sequence: number } | undefined {
  const match = NAME.exec(fileName);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, millisecond, kind, sequence] = match;
  const createdAt = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Number(millisecond ?? 0));
  if (Number.isNaN(createdAt)) return undefined;
  return { kind: kind as BackupKind, createdAt, sequence: sequence ? Number(sequence) : 1 };
}

/** A name no backup has yet: a second backup of the same kind within a second gets `-2`, and so on. */
export function freshBackupFileName(folder: string, createdAt: Date, kind: BackupKind): string {
  const stem = backupFileName(createdAt, kind);
  const taken = listBackupFiles(folder)
    .filter((file) => file.ours && backupFileName(new Date(file.createdAt), file.kind) === stem)
    .map((file) => file.sequence);
  // After the highest, not in a gap: rotation keeps the newest, so names keep sorting by age.
  let sequence = taken.length ? Math.max(...taken) + 1 : 1;
  while (fs.existsSync(path.join(folder, backupFileName(createdAt, kind, sequence)))) sequence += 1;
  return backupFileName(createdAt, kind, sequence);
}

/** Newest first; for the same time the later sequence, then the later written file. */
export function newestFirst(a: BackupFile, b: BackupFile): number {
  return b.createdAt - a.createdAt || b.sequence - a.sequence || b.modifiedAt - a.modifiedAt || (a.fileName < b.fileName ? 1 : a.fileName > b.fileName ? -1 : 0);
}

/**
 * Every SQLite file in the folder, newest first. A file the user put there under another name
 * counts as a manual backup from the time it was last modified (it can be restored like ours).
 * Hidden files (a backup still being written) and anything that is not SQLite are left out.
 */
export function listBackupFiles(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: BackupFile[] = [];
  for (const fileName of names) {
    if (fileName.startsWith('.')) continue;
    const stat = fs.statSync(path.join(folder, fileName), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    const parsed = parseBackupFileName(fileName);
    const modifiedAt = stat.mtimeMs;
    if (parsed) files.push({ fileName, ...parsed, sizeBytes: stat.size, ours: true, modifiedAt });
    else if (hasSqliteHeader(path.join(folder, fileName))) {
      files.push({ fileName, kind: 'manual', createdAt: Math.floor(modifiedAt), sequence: 1, sizeBytes: stat.size, ours: false, modifiedAt });
    }
  }
  return files.sort(newestFirst);
}

export function toBackup(file: BackupFile): Backup {
  return { fileName: file.fileName, kind: file.kind, createdAt: file.createdAt, sizeBytes: file.sizeBytes };
}

export function hasSqliteHeader(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Backups hold everything about everyone: a folder Thankful makes is for the user only. */
export function ensurePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
}

/** Makes a file's content survive a power cut before it is renamed into place. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** `syncFile` off the main thread, for copies of tens of megabytes. */
export async function syncFileAsync(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename survive a power cut. Windows cannot open a folder for this, and needs no such step. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported here (Windows): the rename is durable by the file system's own journal.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * A copy of a WAL database is marked WAL too, and whoever opens it (even read-only) makes `-wal`
 * and `-shm` files beside it. Switched to a rollback journal, a backup is one self-contained file
 * that can be opened, copied or mailed as it is.
 */
export function makeSelfContained(file: string): void {
  const copy = new BetterSqlite3(file, { fileMustExist: true });
  try {
    // The caller syncs the file before renaming it; a sync here would hold the event loop.
    copy.pragma('synchronous = OFF');
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Removes a file and the journal files SQLite may have left beside it, as far as it can. */
export function removeWithJournals(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    try {
      fs.rmSync(`${file}${suffix}`, { force: true });
    } catch {
      // Cleaning up after a failure; the failure itself is what gets reported.
    }
  }
}
