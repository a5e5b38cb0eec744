import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE_CHANNEL, type OccasionDetail, type Result } from '../../shared';
import { app, BrowserWindow, clipboard, dialog, ipcMain, protocol, resetFakeElectron, session, Tray } from './fake-electron';
import { startApp, type RunningApp } from './start-app';
import { userDataDirFor } from './user-data';

vi.mock('electron', () => import('./fake-electron'));

describe('app start (faked electron module)', () => {
  let root: string;
  let userData: string;
  let running: RunningApp | undefined;
  const start = (argv: string[] = [], platform: NodeJS.Platform = 'linux') =>
    startApp({ preloadPath: '/dist/preload/preload.cjs', rendererDir: '/dist/renderer', argv: ['electron', '.', ...argv], env: {}, platform });

  beforeEach(() => {
    resetFakeElectron();
    root = mkdtempSync(path.join(os.tmpdir(), 'thankful-start-'));
    userData = path.join(root, 'userData');
    app.paths.set('userData', userData);
    running = undefined;
  });
  afterEach(() => {
    app.emit('will-quit');
    rmSync(root, { recursive: true, force: true });
  });

  it('quits without a window when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    running = await start();
    expect(running).toBeUndefined();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('on ready: guards, protocol, backend, IPC and one window', async () => {
    running = await start();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(protocol.handlers.has('app')).toBe(true);
    expect(ipcMain.handlers.has(IPC_INVOKE_CHANNEL)).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(1);
    const win = BrowserWindow.instances[0]!;
    expect(win.loadedUrl).toBe('app://thankful/index.html');
    expect(win.options).toMatchObject({ webPreferences: { preload: '/dist/preload/preload.cjs' } });
    // Default data folder: Electron's own userData, database open.
    expect(running?.dataDir).toBe(path.resolve(userData));
    expect(running?.backend.database.status).toBe('ok');
  });

  it('gives the backend the desktop: a copy reaches the clipboard, a save dialog belongs to the window', async () => {
    app.paths.set('documents', root);
    running = await start();
    const { dispatch } = running!.backend;
    const occasion = (await dispatch('occasions.create', { kind: 'other', startsAt: '2026-06-01T09:00:00Z', participants: [{ newPerson: { fullName: 'Ada' } }] })) as Result<OccasionDetail>;
    const id = occasion.ok ? occasion.value.participants[0]!.thankYou!.id : -1;
    await dispatch('thanks.saveDraft', { id, subject: 'Thanks', body: 'Thank you, Ada.', draftRevision: 0 });
    expect(await dispatch('handoff.copy', { id, format: 'plain' })).toMatchObject({ ok: true, value: { performedBy: 'app' } });
    expect(clipboard.contents.get('text/plain')).toBe('Thank you, Ada.');
    // The window did not exist when the backend was made; nothing is focused (still hidden), so the main window it is.
    expect(await dispatch('handoff.saveEmailFile', { id })).toMatchObject({ ok: true, value: { performedBy: 'app', path: null } });
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(BrowserWindow.instances[0], expect.objectContaining({ title: 'Save email draft' }));
    const focused = new BrowserWindow({});
    focused.focus();
    await dispatch('handoff.saveEmailFile', { id });
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(focused, expect.anything());
  });

  it('focuses and restores the existing window on a second launch', async () => {
    running = await start();
    const win = BrowserWindow.instances[0]!;
    win.minimized = true;
    app.emit('second-instance', {}, ['electron', '.'], root, {});
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('opens a window on a second launch when none is open (macOS keeps running without one)', async () => {
    running = await start([], 'darwin');
    BrowserWindow.instances[0]!.close();
    app.emit('second-instance', {}, [], root, {});
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(BrowserWindow.getAllWindows()[0]!.focus).toHaveBeenCalled();
  });

  it('quits when the last window closes with reminders off, except on macOS where activate reopens it', async () => {
    running = await start();
    // With reminders on, Windows and Linux keep the app in the tray (os-integration.test.ts).
    await running!.backend.dispatch('settings.update', { reminders: { enabled: false } });
    await vi.waitFor(() => expect(Tray.instances[0]!.setToolTip.mock.calls.length).toBeGreaterThanOrEqual(3));
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
    app.emit('will-quit');

    resetFakeElectron();
    app.paths.set('userData', userData);
    running = await start([], 'darwin');
    BrowserWindow.instances[0]!.close();
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('activate');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('uses --data-dir, with its own Electron profile so its lock does not clash with the default', async () => {
    const dataDir = path.join(root, 'elsewhere');
    running = await start(['--data-dir', dataDir]);
    expect(running?.dataDir).toBe(dataDir);
    expect(app.setPath).toHaveBeenCalledWith('userData', userDataDirFor(userData, dataDir));
    expect(userDataDirFor(userData, dataDir)).toContain(path.join(userData, 'profiles'));
    expect(userDataDirFor(userData, userData)).toBe(path.resolve(userData));
  });

  it('closes the backend and removes the IPC handler on will-quit', async () => {
    running = await start();
    const close = vi.spyOn(running!.backend, 'close');
    app.emit('will-quit');
    expect(close).toHaveBeenCalled();
    expect(ipcMain.handlers.has(IPC_INVOKE_CHANNEL)).toBe(false);
  });
});
