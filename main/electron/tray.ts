import { app, Menu, Tray, type MenuItemConstructorOptions } from 'electron';
import type { EventTopic } from '../../shared/contract/events';
import type { ReminderStatus } from '../../shared/contract/reminders';
import type { Settings } from '../../shared/contract/settings';
import type { Dispatch } from '../backend/dispatcher';
import type { EventHub } from '../backend/events';
import type { Opener } from './open-in-window';
import { morningTime, nextMorning } from '../../shared/domain/next-morning';
import { trayIcon } from './tray-icon';
import { morningText, trayText } from './tray-text';

const HOUR_MS = 3_600_000;

export interface TrayOptions {
  dispatch: Dispatch;
  events: Pick<EventHub, 'subscribe'>;
  opener: Opener;
  platform: NodeJS.Platform;
  /** Really quits (the window closing may only hide the app in the tray). */
  quit(): void;
  now?: () => number;
  locale?: string;
  /** Changes come in bursts (a command announces several topics): one status read for them all. */
  debounceMs?: number;
  logError?: (message: string, error?: unknown) => void;
}

export interface TrayHandle {
  /** Reads the status again now (after a wake from sleep or a time-zone change). */
  refresh(): Promise<void>;
  /** Whether reminders are switched on, as last read: then closing the window keeps the app in the tray. */
  remindersOn(): boolean;
  dispose(): void;
}

/** What the tray count, tooltip, menu and badge draw on. */
const TOPICS: ReadonlySet<EventTopic> = new Set(['thanks.changed', 'people.changed', 'occasions.changed', 'settings.changed', 'reminders.changed']);
/** Even with no change, a thank-you turns overdue at its due time: read again then, and at least this often. */
const MAX_WAIT_MS = 15 * 60_000;

/**
 * The tray (menu bar on macOS) and the badge: how many thank-yous are owed, when the next is due,
 * and quick ways in (open, log an occasion) and to hold reminders. The Dock/launcher badge shows
 * the overdue count; Windows has no such badge (a taskbar overlay icon could stand in; not done).
 */
export function startTray(options: TrayOptions): TrayHandle {
  const now = options.now ?? Date.now;
  const logError = options.logError ?? ((message, error) => console.error(`[thankful] ${message}`, error ?? ''));
  const mac = options.platform === 'darwin';
  const tray = new Tray(trayIcon(options.platform));
  let status: ReminderStatus | null = null;
  let morning = morningTime(undefined);
  let generation = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let nextRead: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const pause = (pausedUntil: number | null) => {
    void options.dispatch('settings.update', { reminders: { pausedUntil } }).then((result) => {
      if (!result.ok) logError(`Could not change the reminder pause: ${result.error.message}`);
    });
  };

  const draw = () => {
    const at = now();
    const text = trayText(status, at, options.locale);
    tray.setToolTip(text.tooltip);
    if (mac) tray.setTitle(text.title);
    tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(text.summary, text.reminders, at)));
    // The Dock (macOS) and Unity launchers (Linux) show a count; 0 clears it. Windows has none.
    if (options.platform !== 'win32') app.setBadgeCount(status?.overdue ?? 0);
  };

  const menuTemplate = (summary: string, reminders: string | undefined, at: number): MenuItemConstructorOptions[] => {
    const paused = status !== null && status.enabled && status.pausedUntil !== null && status.pausedUntil > at;
    const reminderItems: MenuItemConstructorOptions[] = !status
      ? []
      : !status.enabled
        ? [{ label: reminders, enabled: false }, { label: 'Reminder settings…', click: () => options.opener.open({ kind: 'settings' }) }]
        : paused
          ? [{ label: reminders, enabled: false }, { label: 'Resume reminders', click: () => pause(null) }]
          : [
              { label: 'Pause reminders for 1 hour', click: () => pause(now() + HOUR_MS) },
              // With the clock time: at 2 am the pause ends this morning, not tomorrow.
              { label: `Pause reminders until ${morningText(nextMorning(at, morning), at, options.locale)}`, click: () => pause(nextMorning(now(), morning)) },
            ];
    return [
      { label: summary, enabled: false },
      { type: 'separator' },
      { label: 'Open Thankful', click: () => options.opener.show() },
      { label: 'Log an occasion…', click: () => options.opener.open({ kind: 'log-occasion' }) },
      ...(reminderItems.length > 0 ? [{ type: 'separator' } as const, ...reminderItems] : []),
      { type: 'separator' },
      { label: 'Quit Thankful', click: () => options.quit() },
    ];
  };

  const scheduleNextRead = () => {
    clearTimeout(nextRead);
    const at = now();
    const moments = [status?.nextDueAt, status?.pausedUntil].filter((moment): moment is number => typeof moment === 'number' && moment > at);
    const wait = Math.min(MAX_WAIT_MS, ...moments.map((moment) => moment - at + 1_000));
    nextRead = setTimeout(() => void refresh(), wait);
    nextRead.unref?.();
  };

  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    const [statusResult, settingsResult] = await Promise.all([options.dispatch('reminders.status', {}), options.dispatch('settings.get', {})]);
    // A newer read started meanwhile: its answer is the one to show.
    if (disposed || mine !== generation) return;
    status = statusResult.ok ? (statusResult.value as ReminderStatus) : null;
    if (!statusResult.ok) logError(`Could not read the reminder status: ${statusResult.error.message}`);
    if (settingsResult.ok) morning = morningTime((settingsResult.value as Settings).reminders);
    try {
      draw();
    } catch (error) {
      logError('Could not update the tray:', error);
    }
    scheduleNextRead();
  };

  const unsubscribe = options.events.subscribe((event) => {
    if (!TOPICS.has(event.topic as EventTopic)) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => void refresh(), options.debounceMs ?? 200);
    debounce.unref?.();
  });
  // Windows opens its tray apps on a click (Linux too where the panel reports one); the macOS menu
  // bar opens the menu instead.
  if (!mac) tray.on('click', () => options.opener.show());

  draw();
  void refresh();

  return {
    refresh,
    remindersOn: () => status?.enabled ?? false,
    dispose: () => {
      disposed = true;
      unsubscribe();
      clearTimeout(debounce);
      clearTimeout(nextRead);
      if (options.platform !== 'win32') app.setBadgeCount(0);
      tray.destroy();
    },
  };
}
