import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderStatus } from '../../shared/contract/reminders';
import { fakeBackend, settingsWith, settle, STATUS_NOTHING_OWED, type FakeBackend } from './fake-dispatch';
import { app, clickMenuItem, resetFakeElectron, Tray, type FakeTray } from './fake-electron';
import { startTray } from './tray';

vi.mock('electron', () => import('./fake-electron'));

/** Saturday 5 December 2026, 10:00 in Berlin. */
const NOW = Date.parse('2026-12-05T10:00:00+01:00');
const THREE_OWED: ReminderStatus = { owed: 3, overdue: 1, nextDueAt: Date.parse('2026-12-05T16:30:00+01:00'), nextReminderAt: null, enabled: true, pausedUntil: null };

let backend: FakeBackend;
let now: number;
const opener = { show: vi.fn(), open: vi.fn() };
const quit = vi.fn();

/** ICU writes a narrow no-break space before AM/PM; compare with plain spaces. */
const plain = (text: string | undefined) => text?.replace(/\u202f/gu, ' ');

async function start(status: ReminderStatus | undefined, platform: NodeJS.Platform = 'linux', settings = settingsWith()) {
  if (status) backend.answers.set('reminders.status', status);
  backend.answers.set('settings.get', settings);
  backend.answers.set('settings.update', settings);
  const handle = startTray({ dispatch: backend.dispatch, events: backend.events, opener, platform, quit, now: () => now, locale: 'en-US', debounceMs: 100, logError: vi.fn() });
  await settle();
  return { handle, tray: Tray.instances[0]! };
}

const labels = (tray: FakeTray) => tray.contextMenu!.template.map((item) => (item.type === 'separator' ? '—' : plain(item.label)));
const item = (tray: FakeTray, label: string) => tray.contextMenu!.template.find((entry) => plain(entry.label) === label);

beforeEach(() => {
  vi.stubEnv('TZ', 'Europe/Berlin');
  resetFakeElectron();
  backend = fakeBackend();
  now = NOW;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('tray and badge (faked electron module)', () => {
  it('with nothing owed: says so, no count in the menu bar, badge cleared', async () => {
    const { tray } = await start(STATUS_NOTHING_OWED, 'darwin');
    expect(tray.tooltip).toBe('Thankful — no thank-yous owed');
    expect(tray.title).toBe('');
    expect(app.setBadgeCount).toHaveBeenLastCalledWith(0);
    expect(labels(tray)).toEqual([
      'No thank-yous owed',
      '—',
      'Open Thankful',
      'Log an occasion…',
      '—',
      'Pause reminders for 1 hour',
      'Pause reminders until 8:00 AM tomorrow',
      '—',
      'Quit Thankful',
    ]);
    expect(item(tray, 'No thank-yous owed')?.enabled).toBe(false);
  });

  it('with three owed: the count, the overdue one and when the next is due; the badge shows the overdue', async () => {
    const { tray } = await start(THREE_OWED, 'darwin');
    expect(plain(tray.tooltip)).toBe('Thankful — 3 thank-yous owed · 1 overdue · next due 4:30 PM');
    expect(tray.title).toBe('3');
    expect(labels(tray)[0]).toBe('3 thank-yous owed · 1 overdue · next due 4:30 PM');
    expect(app.badgeCount).toBe(1);
  });

  it('sets no title outside macOS and no badge on Windows', async () => {
    const { tray } = await start(THREE_OWED, 'win32');
    expect(tray.setTitle).not.toHaveBeenCalled();
    expect(app.setBadgeCount).not.toHaveBeenCalled();
    expect(plain(tray.tooltip)).toContain('3 thank-yous owed');
  });

  it('while paused: says until when and offers Resume, which clears the pause', async () => {
    const pausedUntil = Date.parse('2026-12-05T11:00:00+01:00');
    const { tray } = await start({ ...THREE_OWED, pausedUntil });
    expect(plain(tray.tooltip)).toBe('Thankful — 3 thank-yous owed · 1 overdue · next due 4:30 PM · reminders paused until 11:00 AM');
    expect(labels(tray)).toContain('Reminders paused until 11:00 AM');
    expect(labels(tray)).not.toContain('Pause reminders for 1 hour');
    clickMenuItem(item(tray, 'Resume reminders'));
    expect(backend.calls('settings.update')).toEqual([{ reminders: { pausedUntil: null } }]);
  });

  it('with reminders off: says so and leads to Settings instead of pausing', async () => {
    const { tray } = await start({ ...THREE_OWED, enabled: false });
    expect(labels(tray)).toContain('Reminders are off');
    expect(labels(tray)).not.toContain('Resume reminders');
    clickMenuItem(item(tray, 'Reminder settings…'));
    expect(opener.open).toHaveBeenCalledWith({ kind: 'settings' });
  });

  it('"Pause reminders for 1 hour" pauses until an hour from the moment it is clicked', async () => {
    const { tray } = await start(THREE_OWED);
    now = NOW + 5 * 60_000;
    clickMenuItem(item(tray, 'Pause reminders for 1 hour'));
    expect(backend.calls('settings.update')).toEqual([{ reminders: { pausedUntil: NOW + 65 * 60_000 } }]);
  });

  it('pausing until the morning goes to the end of quiet hours, tomorrow', async () => {
    now = Date.parse('2026-12-05T22:00:00+01:00');
    const { tray } = await start(THREE_OWED, 'linux', settingsWith({ reminders: { quietHours: { start: '21:30', end: '07:15' } } }));
    clickMenuItem(item(tray, 'Pause reminders until 7:15 AM tomorrow'));
    expect(backend.calls('settings.update')).toEqual([{ reminders: { pausedUntil: Date.parse('2026-12-06T07:15:00+01:00') } }]);
  });

  it('pausing until the morning across the night clocks go forward: 08:00 on the wall is 8 real hours after 23:00, not 9', async () => {
    // Europe/Berlin moves from +01:00 to +02:00 at 02:00 on 29 March 2026.
    now = Date.parse('2026-03-28T23:00:00+01:00');
    const { tray } = await start(THREE_OWED, 'linux', settingsWith({ reminders: { quietHours: null } }));
    clickMenuItem(item(tray, 'Pause reminders until 8:00 AM tomorrow'));
    const [update] = backend.calls('settings.update') as { reminders: { pausedUntil: number } }[];
    expect(update!.reminders.pausedUntil).toBe(Date.parse('2026-03-29T08:00:00+02:00'));
    expect(update!.reminders.pausedUntil - now).toBe(8 * 3_600_000);
  });

  it('at 2 am, "until the morning" is this morning', async () => {
    now = Date.parse('2026-12-05T02:00:00+01:00');
    const { tray } = await start(THREE_OWED);
    clickMenuItem(item(tray, 'Pause reminders until 8:00 AM'));
    expect(backend.calls('settings.update')).toEqual([{ reminders: { pausedUntil: Date.parse('2026-12-05T08:00:00+01:00') } }]);
  });

  it('reads the status again once after a burst of changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { tray } = await start(STATUS_NOTHING_OWED);
    expect(backend.calls('reminders.status')).toHaveLength(1);
    backend.answers.set('reminders.status', THREE_OWED);
    for (const topic of ['thanks.changed', 'people.changed', 'occasions.changed', 'reminders.changed', 'settings.changed'] as const) backend.events.publish({ topic });
    backend.events.publish({ topic: 'templates.changed' });
    await vi.advanceTimersByTimeAsync(100);
    await settle();
    expect(backend.calls('reminders.status')).toHaveLength(2);
    expect(plain(tray.tooltip)).toContain('3 thank-yous owed');
    backend.events.publish({ topic: 'templates.changed' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(backend.calls('reminders.status')).toHaveLength(2);
  });

  it('reads again when the next thank-you turns overdue, with no change announced', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dueInTenMinutes = { ...THREE_OWED, nextDueAt: NOW + 10 * 60_000 };
    await start(dueInTenMinutes);
    backend.answers.set('reminders.status', { ...THREE_OWED, overdue: 2, nextDueAt: null });
    await vi.advanceTimersByTimeAsync(10 * 60_000 + 1_000);
    await settle();
    expect(backend.calls('reminders.status')).toHaveLength(2);
    expect(app.badgeCount).toBe(2);
  });

  it('opens, logs an occasion and quits from the menu; a click on Windows opens the window', async () => {
    const { tray } = await start(THREE_OWED, 'win32');
    clickMenuItem(item(tray, 'Open Thankful'));
    expect(opener.show).toHaveBeenCalledTimes(1);
    clickMenuItem(item(tray, 'Log an occasion…'));
    expect(opener.open).toHaveBeenCalledWith({ kind: 'log-occasion' });
    tray.emit('click', {}, {}, {});
    expect(opener.show).toHaveBeenCalledTimes(2);
    clickMenuItem(item(tray, 'Quit Thankful'));
    expect(quit).toHaveBeenCalled();
  });

  it('says just "Thankful" when the status cannot be read, and does not claim reminders are on', async () => {
    const { tray, handle } = await start(undefined);
    expect(tray.tooltip).toBe('Thankful');
    expect(labels(tray)).not.toContain('Pause reminders for 1 hour');
    expect(handle.remindersOn()).toBe(false);
  });

  it('is removed, and the badge cleared, when disposed', async () => {
    const { tray, handle } = await start(THREE_OWED);
    expect(handle.remindersOn()).toBe(true);
    handle.dispose();
    expect(tray.destroyed).toBe(true);
    expect(app.badgeCount).toBe(0);
    backend.events.publish({ topic: 'thanks.changed' });
    await handle.refresh();
    expect(tray.setToolTip).toHaveBeenCalledTimes(2); // the first draw and the first read, nothing after
  });
});
