import type { Database } from 'better-sqlite3';
import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { SettingsRepository } from '../settings/settings-repository';
import { startReminderTimer, type Timers } from './reminder-timer';
import { remindersHandlers } from './reminders-handlers';
import { ReminderService } from './reminder-service';

export interface RemindersOptions {
  db: Database;
  now: () => Date;
  settings: SettingsRepository;
  /** Where `reminders.due` is announced when a reminder's time comes. */
  events: EventHub;
  /** The user's IANA time zone, asked at every computation; the process's own by default. */
  timeZone?: () => string;
  /** For the times in notifications; the system's by default. */
  locale?: string;
  /** Tests drive time with their own. */
  timers?: Timers;
  /** The longest single wait (15 minutes by default). */
  maxWaitMs?: number;
  logError?: (error: unknown) => void;
}

export interface Reminders {
  handlers: Pick<Handlers, 'reminders.claim' | 'reminders.snooze' | 'reminders.status'>;
  /** Works the next reminder time out again: after a wake from sleep, a clock or time-zone change, a moved test clock. */
  recheck(): void;
  /** Stops the timer (the backend closes, or a restore replaces the database). */
  dispose(): void;
}

/** Reminders computed from the database, and the one timer that announces them (`reminders.due`). */
export function startReminders(options: RemindersOptions): Reminders {
  const service = new ReminderService(options.db, options.now, options.settings, { timeZone: options.timeZone, locale: options.locale });
  const timer = startReminderTimer({
    source: service,
    events: options.events,
    now: options.now,
    timers: options.timers,
    maxWaitMs: options.maxWaitMs,
    logError: options.logError ?? ((error) => console.error('[thankful] reminders:', error)),
  });
  return {
    handlers: remindersHandlers(service),
    recheck: () => timer.recheck(),
    dispose: () => timer.dispose(),
  };
}
