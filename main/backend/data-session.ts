import type { Database } from 'better-sqlite3';
import type { DatabaseStatus, OccasionKind } from '../../shared';
import { DataFileIdentity } from './database/data-file-identity';
import { idleCheckpoint, type IdleCheckpoint } from './database/idle-checkpoint';
import { openDatabase, type OpenDatabaseOptions } from './database/open-database';
import { schemaVersion } from './database/migrate';
import type { Migration } from './database/migrations';
import { writeRefusal } from './database/write-probe';
import { DashboardRepository } from './dashboard/dashboard-repository';
import { dashboardHandlers } from './dashboard/dashboard-handlers';
import type { Handlers } from './dispatcher';
import type { EventHub } from './events';
import type { Desktop } from './handoff/desktop';
import { handoffHandlers } from './handoff/handoff-handlers';
import { HandoffService } from './handoff/handoff-service';
import { TemplatesRepository } from './templates/templates-repository';
import { templatesHandlers } from './templates/templates-handlers';
import { READ_ONLY_MESSAGE } from './storage-errors';
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
import { fullExportHandlers } from './full-export/full-export-handlers';
import { startReminders, type Reminders } from './reminders/reminders';

/** The procedures answered from the open data file: all but `app.info` and `backups.*`, which the backend answers itself. */
export type DomainHandlers = Omit<Handlers, 'app.info' | 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.restoreFile'>;

export interface SessionOptions {
  databasePath: string;
  now: () => Date;
  events: EventHub;
  desktop?: Desktop;
  migrations?: readonly Migration[];
  connect?: OpenDatabaseOptions['connect'];
  idleCheckpointMs?: number;
  /** False when the file was moved away: the checkpoint would write into a file nobody opens. */
  mayWrite: () => boolean;
  /** True while the idle checkpoint must wait (a backup worker is reading the file). */
  postponeCheckpoint?: () => boolean;
  logError?: (error: unknown, method: string) => void;
}

/**
 * One open data file and everything built on it: the connection, its identity on disk, the idle
 * checkpoint, the reminder timer and every handler. A restore closes one session and opens
 * another on the restored file, so nothing keeps a statement prepared on the old connection.
 */
export interface Session {
  readonly db: Database;
  readonly status: Extract<DatabaseStatus, { status: 'ok' }>;
  readonly identity: DataFileIdentity;
  readonly handlers: DomainHandlers;
  /** A command succeeded: the WAL grew. */
  wrote(): void;
  recheckReminders(): void;
  /** `optimize`: refresh the planner's statistics first (on quitting; not worth the wait before a restore). */
  close(options: { optimize: boolean }): void;
}

/** Throws `DatabaseOpenError` when the file cannot be used. */
export function openSession(options: SessionOptions): Session {
  const { databasePath } = options;
  const db = openDatabase(databasePath, { migrations: options.migrations, connect: options.connect, now: options.now });
  let identity: DataFileIdentity;
  let status: Session['status'];
  let domain: Domain;
  try {
    identity = new DataFileIdentity(databasePath);
    // Found now rather than at the first edit: the screens can say so while still showing everything.
    const readOnly = writeRefusal(db) ? READ_ONLY_MESSAGE : undefined;
    status = { status: 'ok', path: databasePath, schemaVersion: schemaVersion(db), ...(readOnly && { readOnly }) };
    domain = openDomain(db, options.now, options.desktop, options.events);
  } catch (error) {
    db.close();
    throw error;
  }
  const checkpoint: IdleCheckpoint = idleCheckpoint(db, {
    delayMs: options.idleCheckpointMs,
    mayWrite: options.mayWrite,
    postpone: options.postponeCheckpoint,
    logError: (error) => options.logError?.(error, 'checkpoint'),
  });
  return {
    db,
    status,
    identity,
    handlers: domain.handlers,
    wrote: () => checkpoint.wrote(),
    recheckReminders: () => domain.reminders.recheck(),
    close({ optimize }) {
      domain.reminders.dispose();
      checkpoint.dispose();
      if (!db.open) return;
      try {
        // Lets SQLite refresh its planner statistics where they went stale; cheap when nothing
        // did. Worth nothing on a full or failing disk: closing still has to happen.
        if (optimize) db.pragma('optimize');
      } catch (error) {
        options.logError?.(error, 'close');
      } finally {
        db.close();
      }
    },
  };
}

interface Domain {
  handlers: DomainHandlers;
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
    ...fullExportHandlers(db, now, settings),
  };
  return { handlers, reminders };
}
