import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppErrorException, procedureNames, type AppInfo, type DatabaseStatus, type OccasionKind, type ProcedureName } from '../../shared';
import { DataFolderLockedError, lockDataFolder, type DataFolderLock } from './database/data-folder-lock';
import { DataFileIdentity } from './database/data-file-identity';
import { idleCheckpoint, type IdleCheckpoint } from './database/idle-checkpoint';
import { DATABASE_FILE_NAME, DatabaseOpenError, openDatabase, type OpenDatabaseOptions } from './database/open-database';
import { writeRefusal } from './database/write-probe';
import { schemaVersion } from './database/migrate';
import type { Migration } from './database/migrations';
import { DashboardRepository } from './dashboard/dashboard-repository';
import { dashboardHandlers } from './dashboard/dashboard-handlers';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import type { Desktop } from './handoff/desktop';
import { handoffHandlers } from './handoff/handoff-handlers';
import { HandoffService } from './handoff/handoff-service';
import { TemplatesRepository } from './templates/templates-repository';
import { templatesHandlers } from './templates/templates-handlers';
import { EventHub } from './events';
import { DATA_FILE_MOVED_MESSAGE, dataFileMovedError, READ_ONLY_MESSAGE, readOnlyError } from './storage-errors';
import { importsHandlers } from './imports/imports-handlers';
import { InviteService } from './imports/invite-service';
import { ExportService } from './exports/export-service';
import { exportsHandlers } from './exports/exports-handlers';
import { PeopleImportRepository } from './imports/people-import-repository';
import { PeopleImportService } from './imports/people-import-service';
import { OccasionsRepository } from './occasions/occasions-repository';
import { occasionsHandlers } from './occasions/occasions-handlers';
import { OpportunitiesRepository } from './opportunities/opportunities-repository';
import { opportunitiesHandlers } from './opportunities/opportunities-handlers';
import { PeopleRepository } from './people/people-repository';
import { peopleHandlers } from './people/people-handlers';
import { SettingsRepository } from './settings/settings-repository';
import { settingsHandlers } from './settings/settings-handlers';
import { DraftsRepository } from './thanks/drafts-repository';
import { DueTimes } from './thanks/due-times';
import { DuplicateService } from './thanks/duplicate-service';
import { HowItWentRepository } from './thanks/how-it-went-repository';
import { NextOwedRepository } from './thanks/next-owed-repository';
import { OccasionThanksRepository } from './thanks/occasion-thanks-repository';
import { ThanksRepository } from './thanks/thanks-repository';
import { thanksHandlers } from './thanks/thanks-handlers';
import { backupsHandlers } from './backups/backups-handlers';
import { fullExportHandlers } from './full-export/full-export-handlers';
import { startReminders, type Reminders } from './reminders/reminders';

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

/**
 * Everything behind the contract, with no Electron in it: runs in the Electron main process, in
 * the browser-mode server and under the unit tests alike. If the data file cannot be used the
 * backend still starts, answers `app.info` with the reason, and refuses everything else, so the
 * UI can show an error screen instead of the app crashing.
 */
export function createBackend(options: BackendOptions): Backend {
  const databasePath = path.join(options.dataDir, DATABASE_FILE_NAME);
  const events = new EventHub();
  const now = options.now ?? (() => new Date());

  let db: Database | undefined;
  let lock: DataFolderLock | undefined;
  let database: DatabaseStatus;
  let identity: DataFileIdentity | undefined;
  try {
    lock = takeDataFolder(options.dataDir, options.shell, databasePath);
    db = openDatabase(databasePath, { migrations: options.migrations, connect: options.connect });
    identity = new DataFileIdentity(databasePath);
    // Found now rather than at the first edit: the screens can say so while still showing everything.
    const readOnly = writeRefusal(db) ? READ_ONLY_MESSAGE : undefined;
    database = { status: 'ok', path: databasePath, schemaVersion: schemaVersion(db), ...(readOnly && { readOnly }) };
  } catch (error) {
    lock?.release();
    if (error instanceof DataFolderLockedError) database = { status: 'error', path: databasePath, reason: 'in-use', message: error.message };
    else if (error instanceof DatabaseOpenError) database = { status: 'error', path: databasePath, reason: error.reason, message: error.message };
    else throw error;
  }

  /** One stat of the path; a moved, deleted or replaced file stops every later write. */
  const fileStillThere = (): boolean => {
    if (!identity || identity.check() === 'same') return true;
    database = { status: 'error', path: databasePath, reason: 'moved', message: DATA_FILE_MOVED_MESSAGE };
    return false;
  };

  const info = (): AppInfo => {
    fileStillThere();
    return { name: 'Thankful', version: options.appVersion, shell: options.shell, dataDir: options.dataDir, database };
  };

  const checkpoint: IdleCheckpoint | undefined = db && idleCheckpoint(db, {
    delayMs: options.idleCheckpointMs,
    mayWrite: fileStillThere,
    logError: (error) => options.logError?.(error, 'checkpoint'),
  });
  // Every successful command announces its topics: that is when the WAL grew.
  if (checkpoint) events.subscribe(() => checkpoint.wrote());

  const domain = db ? openDomain(db, now, options.desktop, events) : undefined;
  const dataHandlers = domain ? domain.handlers : unavailable(database);
  const handlers: Handlers = { 'app.info': info, ...dataHandlers };

  return {
    dispatch: createDispatcher(handlers, events, {
      logError: options.logError,
      beforeCommand: () => {
        if (!fileStillThere()) return dataFileMovedError();
        return database.status === 'ok' && database.readOnly ? readOnlyError() : undefined;
      },
    }),
    events,
    recheckReminders: () => domain?.reminders.recheck(),
    get database() {
      return database;
    },
    close: () => {
      domain?.reminders.dispose();
      checkpoint?.dispose();
      try {
        if (!db?.open) return;
        try {
          // Lets SQLite refresh its planner statistics where they went stale; cheap when nothing
          // did. Worth nothing on a full or failing disk: closing still has to happen.
          db.pragma('optimize');
        } catch (error) {
          options.logError?.(error, 'close');
        } finally {
          db.close();
        }
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

interface Domain {
  handlers: Omit<Handlers, 'app.info'>;
  reminders: Reminders;
}

function openDomain(db: Database, now: () => Date, desktop: Desktop | undefined, events: EventHub): Domain {
  const dueTimes = new DueTimes(db);
  const settings = new SettingsRepository(db, dueTimes);
  const dueHours = (kind: OccasionKind) => settings.dueHours(kind);
  const people = new PeopleRepository(db, now);
  const occasionThanks = new OccasionThanksRepository(db, dueTimes, dueHours);
  const occasions = new OccasionsRepository(db, now, people, occasionThanks);
  const opportunities = new OpportunitiesRepository(db, now, occasions);
  const thanks = new ThanksRepository(db, now, dueTimes, dueHours);
  const drafts = new DraftsRepository(db, now);
  const dashboard = new DashboardRepository(db, now, () => settings.get().defaultChannel);
  const reminders = startReminders({ db, now, settings, events });
  const handlers = {
    ...dashboardHandlers(dashboard),
    ...handoffHandlers(new HandoffService(now, drafts, thanks, desktop)),
    ...templatesHandlers(new TemplatesRepository(db, now)),
    ...peopleHandlers(people),
    ...occasionsHandlers(occasions),
    ...importsHandlers(new InviteService(db, occasions, occasionThanks, settings), new PeopleImportService(db, people, new PeopleImportRepository(db), now)),
    ...exportsHandlers(new ExportService(db, people, occasions, settings, now)),
    ...opportunitiesHandlers(opportunities),
    ...thanksHandlers({ thanks, drafts, duplicates: new DuplicateService(drafts), howItWent: new HowItWentRepository(db, now, thanks), nextOwed: new NextOwedRepository(db, now) }),
    ...settingsHandlers(settings),
    ...reminders.handlers,
    ...backupsHandlers(),
    ...fullExportHandlers(db, now),
  };
  return { handlers, reminders };
}

/** Handlers for a backend whose database could not be opened: each explains why. */
function unavailable(status: DatabaseStatus): Omit<Handlers, 'app.info'> {
  const refuse = (): never => {
    throw new AppErrorException({
      code: 'DATABASE_UNAVAILABLE',
      message: status.status === 'error' ? status.message : 'The data file is not available.',
    });
  };
  const names = procedureNames.filter((name): name is Exclude<ProcedureName, 'app.info'> => name !== 'app.info');
  return Object.fromEntries(names.map((name) => [name, refuse])) as unknown as Omit<Handlers, 'app.info'>;
}
