import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL } from '../../shared/contract/bridge';
import type { ReminderNotification } from '../../shared/contract/reminders';
import { fakeBackend, settle, type FakeBackend } from './fake-dispatch';
import { BrowserWindow, Notification, resetFakeElectron, type FakeBrowserWindow } from './fake-electron';
import { startNotifications, SNOOZE_ACTION } from './notifications';
import { createOpener, type OpenableWindow } from './open-in-window';

vi.mock('electron', () => import('./fake-electron'));

const dueSoon: ReminderNotification = {
  tag: 'due-soon:42',
  reason: 'due-soon',
  title: 'Thank Priya by 4:30 PM',
  body: 'Interview at Acme — due in 4 hours',
  opens: { kind: 'thank-you', thankYouId: 42 },
  keys: ['due-soon:42'],
};
const summary: ReminderNotification = { tag: 'morning:2026-12-05', reason: 'morning-summary', title: '3 thank-yous owed', body: 'One is overdue.', opens: { kind: 'dashboard' }, keys: ['morning:2026-12-05'] };

let backend: FakeBackend;
let win: FakeBrowserWindow | undefined;
const showWindow = vi.fn((): OpenableWindow => {
  if (!win || win.destroyed) win = new BrowserWindow({});
  return win;
});

function start(platform: NodeJS.Platform = 'linux', claimed: ReminderNotification[] = [dueSoon]) {
  backend.answers.set('reminders.claim', { notifications: claimed });
  backend.answers.set('reminders.snooze', { remindAt: 0 });
  const logError = vi.fn();
  const notifications = startNotifications({ dispatch: backend.dispatch, events: backend.events, opener: createOpener(showWindow), platform, logError });
  return { notifications, logError };
}

beforeEach(() => {
  resetFakeElectron();
  backend = fakeBackend();
  win = undefined;
  showWindow.mockClear();
});

describe('reminder notifications (faked electron module)', () => {
  it('claims on reminders.due and shows each notification, with its tag as id and sound on', async () => {
    start('linux', [dueSoon, summary]);
    backend.events.publish({ topic: 'thanks.changed' });
    expect(backend.calls('reminders.claim')).toHaveLength(0);
    backend.events.publish({ topic: 'reminders.due' });
    await settle();
    expect(backend.calls('reminders.claim')).toEqual([{}]);
    expect(Notification.instances.map((n) => n.options)).toEqual([
      { id: 'due-soon:42', title: 'Thank Priya by 4:30 PM', body: 'Interview at Acme — due in 4 hours', silent: false, actions: [] },
      { id: 'morning:2026-12-05', title: '3 thank-yous owed', body: 'One is overdue.', silent: false, actions: [] },
    ]);
    expect(Notification.instances.every((n) => n.shown)).toBe(true);
  });

  it('a click brings the window forward and sends app.open with the thank-you to it', async () => {
    const { notifications } = start();
    win = new BrowserWindow({});
    win.minimized = true;
    await notifications.claim();
    Notification.instances[0]!.emit('click', {});
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(win.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { topic: 'app.open', target: { kind: 'thank-you', thankYouId: 42 } });
  });

  it('a click with no window opens one and sends app.open once its page has loaded', async () => {
    const { notifications } = start();
    await notifications.claim();
    showWindow.mockImplementationOnce(() => {
      win = new BrowserWindow({});
      win.webContents.loading = true;
      return win;
    });
    Notification.instances[0]!.emit('click', {});
    const opened = win!;
    // Not shown early (it shows itself on ready-to-show) and nothing sent to a page with no listener yet.
    expect(opened.show).not.toHaveBeenCalled();
    expect(opened.webContents.send).not.toHaveBeenCalled();
    opened.finishLoading();
    expect(opened.webContents.send).toHaveBeenCalledTimes(1);
    expect(opened.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { topic: 'app.open', target: dueSoon.opens });
  });

  it('offers "Snooze 1 hour" on macOS, which snoozes its reminders for 60 minutes', async () => {
    const { notifications } = start('darwin');
    await notifications.claim();
    const shown = Notification.instances[0]!;
    expect(shown.options.actions).toEqual([{ type: 'button', text: SNOOZE_ACTION }]);
    shown.pressAction(0);
    await settle();
    expect(backend.calls('reminders.snooze')).toEqual([{ keys: ['due-soon:42'], minutes: 60 }]);
    expect(showWindow).not.toHaveBeenCalled();
  });

  it.each(['win32', 'linux'] as const)('offers no actions on %s', async (platform) => {
    const { notifications } = start(platform);
    await notifications.claim();
    expect(Notification.instances[0]!.options.actions).toEqual([]);
  });

  it('does nothing, and claims nothing, where notifications are not supported', async () => {
    Notification.isSupported.mockReturnValue(false);
    const { notifications } = start();
    backend.events.publish({ topic: 'reminders.due' });
    await notifications.claim();
    await settle();
    expect(backend.calls('reminders.claim')).toHaveLength(0);
    expect(Notification.instances).toHaveLength(0);
  });

  it('shows nothing and says why when the claim fails', async () => {
    const { notifications, logError } = start();
    backend.answers.delete('reminders.claim');
    await notifications.claim();
    expect(Notification.instances).toHaveLength(0);
    expect(logError).toHaveBeenCalledWith(expect.stringContaining('Could not claim reminders'));
  });

  it('claims one at a time: announcements during a claim bring one more claim after it', async () => {
    let release = () => undefined as void;
    start();
    backend.dispatch.mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve({ ok: true, value: { notifications: [] } }))));
    backend.events.publish({ topic: 'reminders.due' });
    backend.events.publish({ topic: 'reminders.due' });
    backend.events.publish({ topic: 'reminders.due' });
    await settle();
    expect(backend.calls('reminders.claim')).toHaveLength(1);
    release();
    await settle();
    expect(backend.calls('reminders.claim')).toHaveLength(2);
  });

  it('keeps each notification until it is clicked; on Linux a newer one with the same tag replaces the older', async () => {
    const { notifications } = start('linux', [dueSoon]);
    await notifications.claim();
    await notifications.claim();
    const [older, newer] = Notification.instances;
    expect(older!.close).toHaveBeenCalled();
    expect(newer!.close).not.toHaveBeenCalled();
  });

  it('stops listening when disposed', async () => {
    const { notifications } = start();
    notifications.dispose();
    backend.events.publish({ topic: 'reminders.due' });
    await notifications.claim();
    expect(backend.calls('reminders.claim')).toHaveLength(0);
  });
});
