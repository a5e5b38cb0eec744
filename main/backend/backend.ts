import path from 'node:path';
import { AppErrorException, procedureNames, type AppError, type AppInfo, type DatabaseStatus, type ProcedureName } from '../../shared';
import { DataFolderLockedError, lockDataFolder, type DataFolderLock } from './database/data-folder-lock';
import { DATABASE_FILE_NAME, DatabaseOpenError, type OpenDatabaseOptions } from './database/open-database';
import { LATEST_SCHEMA_VERSION, type Migration } from './database/migrations';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import type { Desktop } from './handoff/desktop';
import { EventHub } from './events';
import { DATA_FILE_MOVED_MESSAGE, dataFileMovedError, readOnlyError } from './storage-errors';
import { openSession, type DomainHandlers, type Session } from './data-session';
import { BackupService } from './backups/backup-service';
import { backupsHandlers, type BackupHandlers } from './backups/backups-handlers';
import { scheduleDailyBackups, type DailyBackups, type Timers } from './backups/daily-backups';
import { removeStagedLeftovers } from './backups/restore-candidate';
import { RestoreService } from './backups/restore-service';

export interface BackendOptions {
  dataDir: string;
  appVersion: string;
  shell: AppInfo['shell'];
  now?: () => Date;
  /** The operating system's side of hand-offs (the Electron shell); absent in browser mode. */
  desktop?: Desktop;
  migrations?: readonly Migration[];
  /** How the data file is opened (tests: read-only, as for a person without write permission). */
  connect?: OpenDatabaseOptions['connect'];
  /** Quiet time after a write before the WAL is checkpointed (tests shorten it). */
  idleCheckpointMs?: number;
  /** What the daily backup waits on (tests move time by hand); `false` for none. */
  backupTimers?: Timers | false;
  /**
   * The built backup worker (`backup-worker.cjs` beside the bundle): backups are copied in it, off
   * the main thread. Unit tests on the TypeScript sources leave it out and copy in-process.
   */
  backupWorker?: string;
  logError?: (error: unknown, method: string) => void;
}

export interface Backend {
  dispatch: Dispatch;
  events: EventHub;
  /** Works the next reminder out again (the shell calls it on wake from sleep and on clock or time-zone changes). */
  recheckReminders(): void;
  /** As `app.info` last said it: a data file moved away while open turns it into an error. */
  readonly database: DatabaseStatus;
  close(): void;
}

const RESTORING: AppError = {
  code: 'DATABASE_BUSY',
  message: 'Thankful is putting a backup of your data back in place, so nothing was saved. In a moment it shows the restored data; then try again.',
};

/**
 * Everything behind the contract, with no Electron in it: runs in the Electron main process, in
 * the browser-mode server and under the unit tests alike. If the data file cannot be used the
 * backend still starts, answers `app.info` with the reason, and refuses everything else, so the
 * UI can show an error screen instead of the app crashing. The open file and everything built on
 * it is a `Session`, which a restore replaces while the folder stays locked; every handler asks
 * the current one.
 */
export function createBackend(options: BackendOptions): Backend {
  const databasePath = path.join(options.dataDir, DATABASE_FILE_NAME);
  const events = new EventHub();
  const now = options.now ?? (() => new Date());
  const logError = (method: string) => (error: unknown) => options.logError?.(error, method);

  let session: Session | undefined;
  let database: DatabaseStatus;
  let restoring = false;

  /** One stat of the path; a moved, deleted or replaced file stops every later write. */
  const fileStillThere = (): boolean => {
    if (!session || session.identity.check() === 'same') return true;
    database = { status: 'error', path: databasePath, reason: 'moved', message: DATA_FILE_MOVED_MESSAGE };
    return false;
  };
  // A moved data file is backed up no more: the worker would copy whatever is at the path now.
  const backups = new BackupService({
    databasePath,
    now,
    database: () => (fileStillThere() ? session?.db : undefined),
    workerPath: options.backupWorker,
    logError: logError('backups'),
  });
  const open = () => {
    try {
      session = openSession({ ...options, databasePath, now, events, mayWrite: fileStillThere, postponeCheckpoint: () => backups.workerReading });
      database = session.status;
    } catch (error) {
      database = failedStatus(error, databasePath) ?? { status: 'error', path: databasePath, reason: 'cannot-open', message: `Thankful cannot use its data file ${databasePath}.` };
      throw error;
    }
  };

  let lock: DataFolderLock | undefined;
  try {
    lock = takeDataFolder(options.dataDir, options.shell, databasePath);
    open();
  } catch (error) {
    const status = failedStatus(error, databasePath);
    // A file that can be replaced from a backup keeps the folder locked: the restore needs it to be ours alone.
    if (!status || !RESTORABLE.has(status.status === 'error' ? status.reason : 'ok')) {
      lock?.release();
      lock = undefined;
    }
    if (!status) throw error;
    database = status;
  }
  /** No data file open, because it cannot be used, in a folder this process holds: a backup may replace it. */
  const unusable = (): boolean => !session && lock !== undefined && database.status === 'error' && RESTORABLE.has(database.reason);

  // Every successful command announces its topics: that is when the WAL grew.
  events.subscribe(() => session?.wrote());

  const restore = new RestoreService({
    databasePath,
    backups,
    latestVersion: options.migrations?.at(-1)?.version ?? LATEST_SCHEMA_VERSION,
    now,
    logError: logError('backups.restore'),
    host: {
      dataFileUnusable: unusable,
      setRestoring: (on) => {
        restoring = on;
      },
      replaceDataFile: (put) => {
        session?.close({ optimize: false });
        session = undefined;
        try {
          put();
        } catch (error) {
          database = { status: 'error', path: databasePath, reason: 'cannot-open', message: `Thankful could not put a data file in place at ${databasePath}.` };
          throw error;
        }
        open();
        // Restored over a file that never opened: the daily backups start now.
        startDailyBackups();
        return schemaVersionOf(database);
      },
    },
  });
  let daily: DailyBackups | undefined;
  function startDailyBackups(): void {
    if (daily || options.backupTimers === false) return;
    daily = scheduleDailyBackups({
      backups,
      now,
      ...(options.backupTimers && { timers: options.backupTimers }),
      onMade: () => events.publish({ topic: 'backups.changed' }),
      logError: logError('backups.daily'),
    });
  }
  if (lock) {
    // Only the process holding the lock may tidy: a crash may have left half-made copies.
    backups.removeLeftovers();
    removeStagedLeftovers(options.dataDir);
  }
  if (session) startDailyBackups();

  const current = (): Session => {
    if (session) return session;
    throw new AppErrorException({ code: 'DATABASE_UNAVAILABLE', message: database.status === 'error' ? database.message : 'The data file is not available.' });
  };
  const handlers: Handlers = {
    ...delegateTo(() => current().handlers),
    'app.info': (): AppInfo => {
      fileStillThere();
      return { name: 'Thankful', version: options.appVersion, shell: options.shell, dataDir: options.dataDir, database };
    },
    ...guarded(backupsHandlers(backups, restore), current, unusable),
  };

  return {
    dispatch: createDispatcher(handlers, events, {
      logError: options.logError,
      beforeCommand: () => {
        if (restoring) return RESTORING;
        if (!fileStillThere()) return dataFileMovedError();
        return database.status === 'ok' && database.readOnly ? readOnlyError() : undefined;
      },
    }),
    events,
    recheckReminders: () => session?.recheckReminders(),
    get database() {
      return database;
    },
    close: () => {
      daily?.stop();
      backups.close();
      try {
        session?.close({ optimize: true });
      } finally {
        lock?.release();
      }
    },
  };
}

function takeDataFolder(dataDir: string, shell: AppInfo['shell'], databasePath: string): DataFolderLock {
  try {
    return lockDataFolder(dataDir, shell === 'electron' ? 'the desktop app' : 'browser mode (npm run serve)');
  } catch (error) {
    if (error instanceof DataFolderLockedError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError('cannot-open', `Thankful cannot use its data folder ${dataDir}: ${reason}`, databasePath, { cause: error });
  }
}

/** What `app.info` says about a file that could not be opened; undefined for an error nobody foresaw. */
function failedStatus(error: unknown, databasePath: string): DatabaseStatus | undefined {
  if (error instanceof DataFolderLockedError) return { status: 'error', path: databasePath, reason: 'in-use', message: error.message };
  if (error instanceof DatabaseOpenError) return { status: 'error', path: databasePath, reason: error.reason, message: error.message };
  return undefined;
}

function schemaVersionOf(status: DatabaseStatus): number {
  if (status.status !== 'ok') throw new Error('The restored data file is not open.');
  return status.schemaVersion;
}

type DomainName = keyof DomainHandlers;
const BACKEND_OWN = new Set<ProcedureName>(['app.info', 'backups.list', 'backups.create', 'backups.restore', 'backups.restoreFile']);

/** A handler per domain procedure that calls the current session's, so a restore swaps them all at once. */
function delegateTo(handlersNow: () => DomainHandlers): DomainHandlers {
  const names = procedureNames.filter((name): name is DomainName => !BACKEND_OWN.has(name));
  return Object.fromEntries(names.map((name) => [name, (input: unknown) => (handlersNow()[name] as (input: unknown) => unknown)(input)])) as unknown as DomainHandlers;
}

/**
 * Damaged, missing, or not openable (but the folder is ours): the error screen offers a restore,
 * which moves the file aside. Not a newer version (updating Thankful is the fix, and its data is
 * fine), not read-only (a restore could not write either), not in use (another process owns it).
 */
const RESTORABLE = new Set<string>(['damaged', 'cannot-open', 'missing']);

/**
 * Backups need the data file too: with none open they answer why, like every other procedure.
 * With an unusable file, listing and restoring still work (that is the way out); a new backup
 * does not, there being nothing to copy.
 */
function guarded(handlers: BackupHandlers, available: () => unknown, unusable: () => boolean): BackupHandlers {
  const wrap = <F extends (input: never) => unknown>(handler: F, evenUnusable: boolean): F =>
    ((input: never) => {
      if (!(evenUnusable && unusable())) available();
      return handler(input);
    }) as F;
  return {
    'backups.list': wrap(handlers['backups.list'], true),
    'backups.create': wrap(handlers['backups.create'], false),
    'backups.restore': wrap(handlers['backups.restore'], true),
    'backups.restoreFile': wrap(handlers['backups.restoreFile'], true),
  };
}
