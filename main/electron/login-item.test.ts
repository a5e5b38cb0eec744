import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../test-support/temp-dir';
import { fakeBackend, settingsWith, settle, type FakeBackend } from './fake-dispatch';
import { app, resetFakeElectron } from './fake-electron';
import { applyLoginItem, AUTOSTART_FILE, autostartEntry, execArgument, startedHidden, syncLoginItem } from './login-item';

vi.mock('electron', () => import('./fake-electron'));

let appData: string;
let backend: FakeBackend;
const autostart = () => path.join(appData, 'autostart', AUTOSTART_FILE);

beforeEach(() => {
  resetFakeElectron();
  appData = tempDir('thankful-appdata-');
  app.paths.set('appData', appData);
  backend = fakeBackend({ 'settings.get': settingsWith({ launchAtLogin: true }) });
});

describe('launch at login (faked electron module)', () => {
  it('macOS: a login item, no arguments (Electron 45 has no openAsHidden)', () => {
    applyLoginItem(true, { platform: 'darwin', executable: '/Applications/Thankful.app/Contents/MacOS/Thankful' });
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true });
    applyLoginItem(false, { platform: 'darwin', executable: '' });
    expect(app.loginItem.openAtLogin).toBe(false);
  });

  it('Windows: a Run entry that starts the app with --hidden', () => {
    applyLoginItem(true, { platform: 'win32', executable: 'C:\\Thankful\\Thankful.exe' });
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, args: ['--hidden'] });
    applyLoginItem(false, { platform: 'win32', executable: '' });
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, args: ['--hidden'] });
  });

  it('Linux: an XDG autostart entry, written and removed', () => {
    applyLoginItem(true, { platform: 'linux', executable: '/home/ada/Apps/Thankful.AppImage' });
    expect(readFileSync(autostart(), 'utf8')).toContain('Exec="/home/ada/Apps/Thankful.AppImage" --hidden\n');
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    applyLoginItem(false, { platform: 'linux', executable: '' });
    expect(existsSync(autostart())).toBe(false);
    applyLoginItem(false, { platform: 'linux', executable: '' }); // already gone: fine
  });

  it('quotes the program in Exec as the desktop entry spec says', () => {
    expect(execArgument('/opt/Thankful/thankful')).toBe('"/opt/Thankful/thankful"');
    expect(execArgument('/home/a b/$HOME/"x"/`y`/100%/back\\slash')).toBe('"/home/a b/\\\\$HOME/\\\\"x\\\\"/\\\\`y\\\\`/100%%/back\\\\\\\\slash"');
    expect(autostartEntry('/opt/Thankful/thankful').split('\n')).toEqual(expect.arrayContaining(['[Desktop Entry]', 'Type=Application', 'Name=Thankful', 'Terminal=false']));
  });

  it('a launch with --hidden, or macOS opening it at login, starts without a window', () => {
    expect(startedHidden(['Thankful.exe', '--hidden'], 'win32')).toBe(true);
    expect(startedHidden(['thankful'], 'linux')).toBe(false);
    expect(startedHidden(['Thankful'], 'darwin')).toBe(false);
    app.loginItem.wasOpenedAtLogin = true;
    expect(startedHidden(['Thankful'], 'darwin')).toBe(true);
    expect(startedHidden(['thankful'], 'linux')).toBe(false);
  });

  it('follows Settings: applied at start-up and again when settings change', async () => {
    const stop = syncLoginItem({ dispatch: backend.dispatch, events: backend.events, target: { platform: 'win32', executable: 'Thankful.exe' } });
    await settle();
    expect(app.setLoginItemSettings).toHaveBeenCalledTimes(1);
    expect(app.loginItem.openAtLogin).toBe(true);

    backend.events.publish({ topic: 'settings.changed' }); // something else changed
    await settle();
    expect(app.setLoginItemSettings).toHaveBeenCalledTimes(1);

    backend.answers.set('settings.get', settingsWith({ launchAtLogin: false }));
    backend.events.publish({ topic: 'settings.changed' });
    await settle();
    expect(app.setLoginItemSettings).toHaveBeenCalledTimes(2);
    expect(app.loginItem.openAtLogin).toBe(false);

    stop();
    backend.answers.set('settings.get', settingsWith({ launchAtLogin: true }));
    backend.events.publish({ topic: 'settings.changed' });
    await settle();
    expect(app.setLoginItemSettings).toHaveBeenCalledTimes(2);
  });

  it('says so, and keeps running, when the system refuses', async () => {
    app.setLoginItemSettings.mockImplementationOnce(() => {
      throw new Error('denied');
    });
    const logError = vi.fn();
    syncLoginItem({ dispatch: backend.dispatch, events: backend.events, target: { platform: 'darwin', executable: '' }, logError });
    await settle();
    expect(logError).toHaveBeenCalledWith(expect.stringContaining('starts at login'), expect.any(Error));
  });
});
