import { Notification } from 'electron';
import type { REMINDER_SNOOZE_MINUTES, ReminderNotification } from '../../shared/contract/reminders';
import type { Dispatch } from '../backend/dispatcher';
import type { EventHub } from '../backend/events';
import type { Opener } from './open-in-window';

export interface NotificationsOptions {
  dispatch: Dispatch;
  events: Pick<EventHub, 'subscribe'>;
  opener: Pick<Opener, 'open'>;
  platform: NodeJS.Platform;
  logError?: (message: string, error?: unknown) => void;
}

export interface Notifications {
  /** Claims what is due now and shows it (at start-up: what came due while the app was closed). */
  claim(): Promise<void>;
  dispose(): void;
}

export const SNOOZE_ACTION = 'Snooze 1 hour';
const SNOOZE_MINUTES = 60 satisfies (typeof REMINDER_SNOOZE_MINUTES)[number];
/** Kept alive for their clicks; more than this on screen at once is unlikely, older ones are let go. */
const MAX_KEPT = 50;

/**
 * Reminders as system notifications from the main process. The backend announces
 * `reminders.due`; this claims them (`reminders.claim` marks them shown, so a browser tab on the
 * same data does not show them again) and shows each. In Electron the page never claims.
 */
export function startNotifications(options: NotificationsOptions): Notifications {
  const logError = options.logError ?? ((message, error) => console.error(`[thankful] ${message}`, error ?? ''));
  // Electron forgets a notification's clicks once its object is garbage-collected: keep each one
  // until it is clicked or closed. By tag, so a newer one for the same moment replaces it.
  const kept = new Map<string, Notification>();
  let claiming = false;
  let again = false;
  let disposed = false;

  const forget = (tag: string, notification: Notification) => {
    if (kept.get(tag) === notification) kept.delete(tag);
  };

  const show = (reminder: ReminderNotification) => {
    // Actions need macOS: Windows shows buttons too, but a click on one after the toast went to the
    // Action Center reaches an app only through a registered activator, which we do not install.
    const snoozable = options.platform === 'darwin' && reminder.keys.length > 0;
    const notification = new Notification({
      // The tag as id: macOS and Windows replace a shown notification that has the same one.
      id: reminder.tag,
      title: reminder.title,
      body: reminder.body,
      silent: false,
      actions: snoozable ? [{ type: 'button', text: SNOOZE_ACTION }] : [],
    });
    notification.on('click', () => {
      forget(reminder.tag, notification);
      options.opener.open(reminder.opens);
    });
    notification.on('action', (details) => {
      forget(reminder.tag, notification);
      if (details.actionIndex !== 0 || !snoozable) return;
      void options.dispatch('reminders.snooze', { keys: reminder.keys, minutes: SNOOZE_MINUTES }).then((result) => {
        if (!result.ok) logError(`Could not snooze a reminder: ${result.error.message}`);
      });
    });
    notification.on('close', () => forget(reminder.tag, notification));
    notification.on('failed', (_event, error) => {
      forget(reminder.tag, notification);
      logError('A notification could not be shown:', error);
    });

    // Linux has no ids: close the older one ourselves so the same moment is not on screen twice.
    const older = kept.get(reminder.tag);
    if (older && options.platform === 'linux') older.close();
    kept.delete(reminder.tag);
    kept.set(reminder.tag, notification);
    if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
    notification.show();
  };

  const claim = async (): Promise<void> => {
    // Claiming marks reminders shown; with no way to show them they must stay unclaimed (a browser
    // tab, or the morning summary, can still bring them).
    if (disposed || !Notification.isSupported()) return;
    // One claim at a time; an announcement during one is answered by one more after it.
    if (claiming) {
      again = true;
      return;
    }
    claiming = true;
    try {
      const result = await options.dispatch('reminders.claim', {});
      if (!result.ok) {
        logError(`Could not claim reminders: ${result.error.message}`);
        return;
      }
      if (disposed) return;
      for (const reminder of (result.value as { notifications: ReminderNotification[] }).notifications) {
        try {
          show(reminder);
        } catch (error) {
          logError('A notification could not be shown:', error);
        }
      }
    } finally {
      claiming = false;
      if (again) {
        again = false;
        void claim();
      }
    }
  };

  const unsubscribe = options.events.subscribe((event) => {
    if (event.topic === 'reminders.due') void claim();
  });

  return {
    claim,
    dispose: () => {
      disposed = true;
      unsubscribe();
      kept.clear();
    },
  };
}
