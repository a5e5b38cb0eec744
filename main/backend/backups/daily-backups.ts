import type { Backup } from '../../../shared';
import type { BackupService } from './backup-service';

/** Timers the schedule runs on; tests pass their own to move time by hand. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Never keeps the process alive: quitting must not wait for the next check. */
export const unrefTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** After start-up, so the first backup does not compete with opening the window. */
export const FIRST_CHECK_MS = 2 * 60_000;
export const CHECK_EVERY_MS = 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export interface DailyBackupsOptions {
  backups: Pick<BackupService, 'lastRegularBackupAt' | 'create'>;
  now: () => Date;
  timers?: Timers;
  firstCheckMs?: number;
  checkEveryMs?: number;
  /** A backup was made (the backend announces `backups.changed`). */
  onMade?: (backup: Backup) => void;
  logError?: (error: unknown) => void;
}

export interface DailyBackups {
  stop(): void;
}

/**
 * A backup a day while the app runs: a little after start, and then every hour, a backup is made
 * if the newest daily or manual one is 24 hours old or more (a "Back up now" counts: it is as good
 * a copy). Checking hourly rather than sleeping a day catches up after the computer slept. A
 * failure (a full disk) is logged and tried again at the next check.
 */
export function scheduleDailyBackups(options: DailyBackupsOptions): DailyBackups {
  const timers = options.timers ?? unrefTimers;
  let handle: unknown;
  let stopped = false;

  const schedule = (ms: number) => {
    if (!stopped) handle = timers.setTimeout(() => void check(), ms);
  };
  const check = async () => {
    handle = undefined;
    try {
      const now = options.now().getTime();
      const last = options.backups.lastRegularBackupAt(now);
      if (last === undefined || now - last >= DAY_MS) {
        const made = await options.backups.create('daily');
        if (!stopped) options.onMade?.(made);
      }
    } catch (error) {
      options.logError?.(error);
    }
    schedule(options.checkEveryMs ?? CHECK_EVERY_MS);
  };

  schedule(options.firstCheckMs ?? FIRST_CHECK_MS);
  return {
    stop() {
      stopped = true;
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
    },
  };
}
