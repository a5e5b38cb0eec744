import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { invalid } from '../errors';
import { hasSqliteHeader, removeWithJournals, syncFileAsync } from './backup-files';

/** Every Thankful data file has had these since its first version. */
const THANKFUL_TABLES = ['people', 'occasions', 'thank_yous'];

/** A copy being checked before it replaces the data file: hidden, in the data folder (so the final rename stays on one disk). */
export const STAGED_PREFIX = '.thankful-restore-';

/** Where a candidate is copied, never the candidate itself: checking it must not touch the backup or the person's file. */
export function stagedPath(dataFolder: string): string {
  return path.join(dataFolder, `${STAGED_PREFIX}${randomBytes(6).toString('hex')}.sqlite3`);
}

/** Off the main thread: a data file can be tens of megabytes. */
export async function stageCopy(source: string, staged: string): Promise<void> {
  await fs.promises.copyFile(source, staged, fs.constants.COPYFILE_EXCL);
  // copyFile keeps the source's mode; a file the user copied in may be readable by others.
  await fs.promises.chmod(staged, 0o600);
  await syncFileAsync(staged);
}

export async function stageBytes(bytes: Uint8Array, staged: string): Promise<void> {
  await fs.promises.writeFile(staged, bytes, { flag: 'wx', mode: 0o600 });
  await syncFileAsync(staged);
}

/** Copies a crash left behind in the data folder; only at start-up, when no restore can be running. */
export function removeStagedLeftovers(dataFolder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dataFolder);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(STAGED_PREFIX)) fs.rmSync(path.join(dataFolder, name), { force: true });
}

/**
 * Checks that `staged` is a Thankful data file this version can open and that it is intact:
 * SQLite's header, our tables, a format version no newer than ours, `integrity_check`. Answers its
 * format version, or throws VALIDATION on `field` with a message naming the file (`subject`, as
 * “x.sqlite3” or “The file”) and what is wrong. Opened read-only; the journal files that opening leaves are removed.
 */
export function checkCandidate(staged: string, subject: string, latestVersion: number, field: string): number {
  const notOurs = () => invalid(field, `${subject} is not a Thankful data file, so nothing was restored. Your data was not changed.`);
  const damaged = () =>
    invalid(field, `${subject} is damaged (it fails SQLite’s integrity check), so nothing was restored. Your data was not changed; choose another backup.`);
  if (!hasSqliteHeader(staged)) throw notOurs();

  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(staged, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    if (version < 1 || !THANKFUL_TABLES.every((table) => tables.has(table))) throw notOurs();
    if (version > latestVersion) {
      throw invalid(
        field,
        `${subject} was written by a newer version of Thankful (data format ${version}; this version understands up to ${latestVersion}), so nothing was restored. Update Thankful to restore it. Your data was not changed.`,
      );
    }
    if (db.pragma('integrity_check(1)', { simple: true }) !== 'ok') throw damaged();
    return version;
  } catch (error) {
    if (error instanceof Error && error.name === 'SqliteError') {
      const code = String((error as { code?: unknown }).code);
      if (code === 'SQLITE_NOTADB') throw notOurs();
      if (code.startsWith('SQLITE_CORRUPT')) throw damaged();
    }
    throw error;
  } finally {
    db?.close();
    // Read-only connections cannot remove the -wal and -shm they made for a file in WAL mode.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${staged}${suffix}`, { force: true });
  }
}

export function discardStaged(staged: string): void {
  removeWithJournals(staged);
}
