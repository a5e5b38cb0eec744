import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, type OccasionDetail, type Result } from '../../shared';
import { tempDir } from '../test-support/temp-dir';
import { app, BrowserWindow, clickMenuItem, findMenuItem, Menu, Notification, powerMonitor, resetFakeElectron, Tray } from './fake-electron';
import { APP_USER_MODEL_ID, startApp, type RunningApp } from './start-app';

vi.mock('electron', () => import('./fake-electron'));

/**
 * The shell's OS integration wired by startApp, against the real backend on a temporary folder:
 * tray, application menu, notifications, login item, power events, and what closing does.
 */
describe('start-up wiring of tray, menu, notifications and login item (faked electron module)', () => {
  let root: string;
  let running: RunningApp | undefined;
  const start = (argv: string[] = [], platform: NodeJS.Platform = 'linux') =>
    startApp({ preloadPath: '/dist/preload/preload.cjs', rendererDir: '/dist/renderer', argv: ['electron', '.', ...argv], env: {}, platform });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = (await running!.backend.dispatch(method, input)) as Result<T>;
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  /** Whether the reminders backend is built yet (its procedures answered 'Not built yet' at first). */
  const remindersBuilt = async () => (await running!.backend.dispatch('reminders.status', {})).ok;

  beforeEach(() => {
    resetFakeElectron();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    root = tempDir('thankful-os-');
    app.paths.set('userData', path.join(root, 'userData'));
    app.paths.set('appData', path.join(root, 'appData'));
    running = undefined;
  });
  afterEach(() => {
    app.emit('will-quit');
    vi.restoreAllMocks();
  });

  it('on start: a tray, the application menu, power events heard and one window', async () => {
    running = await start();
    expect(Tray.instances).toHaveLength(1);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(powerMonitor.listenerCount('resume')).toBe(1);
    expect(powerMonitor.listenerCount('unlock-screen')).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it("Windows: the app id is electron-builder.yml's appId, so toasts belong to the installed shortcut", async () => {
    running = await start([], 'win32');
    const yaml = readFileSync(path.resolve(__dirname, '../../electron-builder.yml'), 'utf8');
    expect(yaml).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replaceAll('.', '\\.')}$`, 'mu'));
    expect(app.setAppUserModelId).toHaveBeenCalledWith(APP_USER_MODEL_ID);
  });

  it('started with --hidden: no window, only the tray; opening from the tray makes the window', async () => {
    running = await start(['--hidden']);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(Tray.instances).toHaveLength(1);
    clickMenuItem(findMenuItem(Tray.instances[0]!.contextMenu!.template, 'Open Thankful'));
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('macOS opened at login: no window and no Dock icon until asked; a second launch brings both', async () => {
    app.loginItem.wasOpenedAtLogin = true;
    running = await start([], 'darwin');
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(app.dock!.hide).toHaveBeenCalled();
    app.emit('second-instance', {}, [], root, {});
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(app.dock!.show).toHaveBeenCalled();
  });

  it('the application menu sends app.open to the window', async () => {
    running = await start();
    const win = BrowserWindow.instances[0]!;
    clickMenuItem(findMenuItem(Menu.getApplicationMenu()!.template, 'Log an occasion…'));
    expect(win.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { topic: 'app.open', target: { kind: 'log-occasion' } });
  });

  it('wake from sleep and unlock work the next reminder out again', async () => {
    running = await start();
    const recheck = vi.spyOn(running!.backend, 'recheckReminders');
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(recheck).toHaveBeenCalledTimes(2);
  });

  it('launch at login follows Settings in the installed app: applied at start and on change', async () => {
    app.isPackaged = true;
    running = await start([], 'win32');
    await vi.waitFor(() => expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: false, args: ['--hidden'] }));
    await call('settings.update', { launchAtLogin: true });
    await vi.waitFor(() => expect(app.loginItem).toMatchObject({ openAtLogin: true, args: ['--hidden'] }));
  });

  it('leaves the login item alone while developing and for a --data-dir copy', async () => {
    running = await start([], 'win32');
    await call('settings.update', { launchAtLogin: true });
    app.emit('will-quit');

    resetFakeElectron();
    app.paths.set('userData', path.join(root, 'userData'));
    app.isPackaged = true;
    running = await start(['--data-dir', path.join(root, 'elsewhere')], 'win32');
    await call('settings.update', { launchAtLogin: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('will-quit takes everything down: tray, power listeners, the claim on reminders.due', async () => {
    running = await start();
    app.emit('will-quit');
    expect(Tray.instances[0]!.destroyed).toBe(true);
    expect(powerMonitor.listenerCount('resume') + powerMonitor.listenerCount('unlock-screen')).toBe(0);
    const dispatch = vi.spyOn(running!.backend, 'dispatch');
    running!.backend.events.publish({ topic: 'reminders.due' });
    running!.backend.events.publish({ topic: 'thanks.changed' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('with reminders off, closing the window quits on Linux', async () => {
    running = await start();
    const tray = Tray.instances[0]!;
    await call('settings.update', { reminders: { enabled: false } });
    // The tray has read the status after the change (or found it cannot: not built yet).
    await vi.waitFor(() => expect(tray.setToolTip.mock.calls.length).toBeGreaterThanOrEqual(3));
    BrowserWindow.instances[0]!.close();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('with the real reminders: a due thank-you is notified, its click opens it, the tray counts it and closing keeps the app', async ({ skip }) => {
    running = await start();
    skip(!(await remindersBuilt()), 'reminders.* are not built in the backend yet');
    await call('settings.update', { reminders: { quietHours: null, morningSummary: false } });
    const occasion = await call<OccasionDetail>('occasions.create', { kind: 'interview', startsAt: new Date(Date.now() - 3_600_000).toISOString(), participants: [{ newPerson: { fullName: 'Priya Raman' } }] });
    const id = occasion.participants[0]!.thankYou!.id;
    await call('thanks.setDue', { id, dueAt: new Date(Date.now() + 3_600_000).toISOString() });

    running!.backend.events.publish({ topic: 'reminders.due' });
    await vi.waitFor(() => expect(Notification.instances.length).toBeGreaterThan(0));
    const win = BrowserWindow.instances[0]!;
    Notification.instances[0]!.emit('click', {});
    expect(win.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { topic: 'app.open', target: { kind: 'thank-you', thankYouId: id } });

    await vi.waitFor(() => expect(Tray.instances[0]!.tooltip).toMatch(/^Thankful — 1 thank-you owed · next due /u));
    win.close();
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });
});
