import type { EventHub } from '../events';

/** The longest single wait: a clock moved or a sleep the system did not report is noticed within this. */
export const MAX_WAIT_MS = 15 * 60_000;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What the timer asks the reminders (`ReminderService.plan`). */
export interface ReminderSource {
  plan(): {
    /** The keys a claim would answer now; empty in quiet hours, a pause, or with reminders off. */
    claimable: string[];
    /** When the next one will be shown (now, if one is waiting to be claimed); null when none is planned. */
    nextReminderAt: number | null;
    /** When the next one that has not come yet will be shown; null when none is planned. */
    upcomingAt: number | null;
  };
}

export interface ReminderTimer {
  /** Works it out now; announces what is claimable even if it was announced before (a wake from sleep). */
  recheck(): void;
  dispose(): void;
}

export interface ReminderTimerOptions {
  source: ReminderSource;
  events: EventHub;
  now: () => Date;
  timers?: Timers;
  maxWaitMs?: number;
  logError?: (error: unknown) => void;
}

/**
 * One timeout, set to the next reminder time worked out from the database, and worked out again
 * after every change anyone announces (a new thank-you, a sent one, a claim, new settings). When
 * it fires and something can be claimed, `reminders.due` tells whoever shows notifications.
 * The same claimable keys are announced once (a second announcement would reach the same
 * listeners, who claimed or could not), except on `recheck()`.
 */
export function startReminderTimer(options: ReminderTimerOptions): ReminderTimer {
  const timers = options.timers ?? realTimers;
  const maxWait = options.maxWaitMs ?? MAX_WAIT_MS;
  let handle: unknown;
  let announced = '';
  let disposed = false;

  const arm = (ms: number) => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => {
      handle = undefined;
      check(false);
    }, ms);
    // Never the reason a process (a test, the server on its way out) stays alive.
    (handle as { unref?: () => void } | undefined)?.unref?.();
  };

  const check = (force: boolean) => {
    if (disposed) return;
    try {
      const plan = options.source.plan();
      const fingerprint = plan.claimable.join('\n');
      if (plan.claimable.length && (force || fingerprint !== announced)) options.events.publish({ topic: 'reminders.due' });
      announced = fingerprint;
      const now = options.now().getTime();
      // Announced but not claimed (yet, or by nobody): wait for the next one still to come.
      const next = plan.nextReminderAt !== null && plan.nextReminderAt <= now ? plan.upcomingAt : plan.nextReminderAt;
      const wait = next === null ? null : next - now;
      if (wait === null) {
        if (handle !== undefined) timers.clearTimeout(handle);
        handle = undefined;
      } else {
        arm(Math.min(Math.max(wait, 1), maxWait));
      }
    } catch (error) {
      options.logError?.(error);
      arm(maxWait);
    }
  };

  const unsubscribe = options.events.subscribe((event) => {
    // A backup changes nothing reminders are planned from, and a replan of a large file holds the
    // event loop for a while (a restore announces every data topic, and starts a new timer anyway).
    if (event.topic === 'reminders.due' || event.topic === 'app.open' || event.topic === 'backups.changed') return;
    // After the command that announced it returns, and once for a command that changed several topics.
    arm(0);
  });
  arm(0);

  return {
    recheck: () => check(true),
    dispose() {
      disposed = true;
      unsubscribe();
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
    },
  };
}
