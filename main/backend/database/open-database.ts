import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { searchKey } from '../../../shared/text/search-key';
import { backUpBeforeMigration, BeforeMigrationBackupError } from '../backups/before-migration';
import { DatabaseTooNewError, migrate, schemaVersion } from './migrate';
import { migrations as defaultMigrations, type Migration } from './migrations';
import { writeRefusal } from './write-probe';

export const DATABASE_FILE_NAME = 'thankful.sqlite3';

export type DatabaseOpenFailure = 'newer-version' | 'damaged' | 'cannot-open' | 'in-use' | 'missing' | 'read-only';

/** Why the database could not be used, in words for the user and a reason for the UI. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: DatabaseOpenFailure,
    message: string,
    readonly databasePath: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenDatabaseOptions {
  migrations?: readonly Migration[];
  /**
   * How the file is opened. Tests pass `{ readonly: true }` to see what a person without write
   * permission sees where chmod cannot show it (running as root, which may write anything).
   */
  connect?: (databasePath: string) => Database;
  /** The time a before-migration backup is named after. */
  now?: () => Date;
}

/**
 * Opens (or creates) the app's SQLite file and makes it ready: WAL, `synchronous = FULL`, foreign
 * keys, a `quick_check`, then migrations. Anything that makes the file unusable becomes a
 * `DatabaseOpenError` the UI can explain; the file itself is never modified in that case.
 * A file that can be read but not written (found by `writeRefusal`) opens as it is, for reading,
 * when it needs no migration: the caller asks `writeRefusal` too and says so in `app.info`.
 * An existing file that needs migrating is first copied into `backups/` beside it; if that copy
 * cannot be made, nothing is migrated (better not opened than updated without a way back).
 */
export function openDatabase(databasePath: string, options: OpenDatabaseOptions = {}): Database {
  try {
    // Notes about people are private: a folder Thankful makes is for the user only.
    fs.mkdirSync(path.dirname(databasePath), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new DatabaseOpenError('cannot-open', `Thankful cannot create its data folder ${path.dirname(databasePath)}: ${describe(error)}`, databasePath, { cause: error });
  }
  refuseOrphanedJournal(databasePath);

  let db: Database;
  try {
    createPrivateFile(databasePath);
    db = options.connect ? options.connect(databasePath) : new BetterSqlite3(databasePath);
  } catch (error) {
    throw new DatabaseOpenError('cannot-open', `Thankful cannot open its data file ${databasePath}: ${describe(error)}`, databasePath, { cause: error });
  }

  try {
    // Reading the version first touches the header: a file that is not SQLite fails here,
    // before the WAL switch would write anything to it.
    const version = schemaVersion(db);
    const list = options.migrations ?? defaultMigrations;
    const latest = list.at(-1)?.version ?? 0;
    if (version > latest) throw new DatabaseTooNewError(version, latest);

    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new DatabaseOpenError('damaged', damagedMessage(databasePath, String(check)), databasePath);
    }

    if (writeRefusal(db)) {
      if (version < latest) throw new DatabaseOpenError('read-only', readOnlyUpgradeMessage(databasePath), databasePath);
      configureConnection(db);
      return db;
    }

    db.pragma('journal_mode = WAL');
    configureConnection(db);
    if (version > 0 && version < latest) backUpBeforeMigration(db, databasePath, (options.now ?? (() => new Date()))());
    migrate(db, list);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    if (error instanceof BeforeMigrationBackupError) throw new DatabaseOpenError('cannot-open', error.message, databasePath, { cause: error });
    if (error instanceof DatabaseTooNewError) {
      throw new DatabaseOpenError('newer-version', error.message, databasePath, { cause: error });
    }
    if (isReadOnlyError(error)) {
      throw new DatabaseOpenError('read-only', readOnlyFolderMessage(databasePath), databasePath, { cause: error });
    }
    if (isCorruptionError(error)) {
      throw new DatabaseOpenError('damaged', damagedMessage(databasePath, describe(error)), databasePath, { cause: error });
    }
    throw new DatabaseOpenError('cannot-open', `Thankful cannot use its data file ${databasePath}: ${describe(error)}`, databasePath, { cause: error });
  }
}

/** Settings of this connection only: they write nothing to the file. */
function configureConnection(db: Database): void {
  // FULL: every commit the UI is told about survives a crash and a power cut. Our writes are
  // paced by a person typing, so the extra fsync per commit is not felt.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A deleted person's notes are overwritten in the file, not left readable in free pages.
  db.pragma('secure_delete = ON');
  // Searches ignore case and accents (shared/text/search-key.ts); occasion titles are keyed in SQL.
  db.function('search_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? searchKey(text) : ''));
}

function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

function readOnlyUpgradeMessage(databasePath: string): string {
  return `Thankful’s data file cannot be written (the file or its folder is read-only), and this version of Thankful has to update its format before opening it. The file was not changed: ${databasePath}. Make the file and its folder writable for your account, then start Thankful again.`;
}

function readOnlyFolderMessage(databasePath: string): string {
  return `Thankful cannot open its data file because its folder is read-only, and SQLite needs to write beside the file even to read it. The file was not changed: ${databasePath}. Make the folder writable for your account (or copy the file to a writable folder and start Thankful with --data-dir), then start Thankful again.`;
}

function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'));
}

function damagedMessage(databasePath: string, detail: string): string {
  return `Thankful's data file is damaged or is not a Thankful database, so it was not opened (${detail}). The file was not changed: ${databasePath}. Restore it from a backup, or move it aside to start with an empty one.`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The database file is made 0600 before SQLite opens it (SQLite gives its `-wal` and `-shm` the
 * same mode), and an existing one readable by others is narrowed. Windows ignores the modes.
 */
function createPrivateFile(databasePath: string): void {
  try {
    fs.closeSync(fs.openSync(databasePath, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const mode = fs.statSync(databasePath).mode & 0o777;
    if ((mode & 0o077) === 0) return;
    try {
      fs.chmodSync(databasePath, mode & 0o700);
    } catch {
      // Not ours to change (another owner, a read-only disk): it opens as it is.
    }
  }
}

/**
 * A `-wal` or `-shm` without its database means the file was moved or deleted while in use (or a
 * restore went half-way). A new, empty database there would hide that, and the journal's last
 * changes would be lost for good: refuse, and say how to put the file back.
 */
function refuseOrphanedJournal(databasePath: string): void {
  if (fs.existsSync(databasePath)) return;
  const journal = ['-wal', '-shm', '-journal'].map((suffix) => `${databasePath}${suffix}`).find((file) => fs.existsSync(file));
  if (!journal) return;
  throw new DatabaseOpenError(
    'missing',
    `Thankful’s data file ${path.basename(databasePath)} is missing, but its journal ${path.basename(journal)} is still in the folder: the file was probably moved or deleted while Thankful was open. Put it back (from the Trash or a backup) and start Thankful again. Thankful has not made a new, empty one, so nothing more is lost.`,
    databasePath,
  );
}
