import type { Database } from 'better-sqlite3';
import type { ReminderNotification, ReminderStatus } from '../../../shared';
import type { SettingsRepository } from '../settings/settings-repository';

/** PLACEHOLDER being built (issue 14): reminders from the database. */
export class ReminderService {
  constructor(
    readonly db: Database,
    readonly now: () => Date,
    readonly settings: SettingsRepository,
  ) {}

  /** Marks every reminder whose time has come as shown and answers them grouped into notifications. */
  claim(): ReminderNotification[] {
    throw new Error('Not built yet');
  }

  snooze(_keys: readonly string[], _minutes: number): { remindAt: number } {
    throw new Error('Not built yet');
  }

  status(): ReminderStatus {
    throw new Error('Not built yet');
  }

  /** The next instant a reminder becomes due (quiet hours and pause applied), or null. */
  nextReminderAt(): number | null {
    throw new Error('Not built yet');
  }
}
