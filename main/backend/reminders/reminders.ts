import type { Database } from 'better-sqlite3';
import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { SettingsRepository } from '../settings/settings-repository';
import { remindersHandlers } from './reminders-handlers';
import { ReminderService } from './reminder-service';

export interface RemindersOptions {
  db: Database;
  now: () => Date;
  settings: SettingsRepository;
  /** Where `reminders.due` is announced when a reminder's time comes. */
  events: EventHub;
}

export interface Reminders {
  handlers: Pick<Handlers, 'reminders.claim' | 'reminders.snooze' | 'reminders.status'>;
  /** Works the next reminder time out again: after a wake from sleep, a clock or time-zone change, a moved test clock. */
  recheck(): void;
  /** Stops the timer (the backend closes, or a restore replaces the database). */
  dispose(): void;
}

/** PLACEHOLDER being built (issue 14): reminders and the timer that announces them. */
export function startReminders(options: RemindersOptions): Reminders {
  return {
    handlers: remindersHandlers(new ReminderService(options.db, options.now, options.settings)),
    recheck: () => undefined,
    dispose: () => undefined,
  };
}
