import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetFakeElectron, type FakeBrowserWindow } from './fake-electron';
import { buildWindowOptions, createMainWindow } from './window';
import { defaultWindowState, WINDOW_STATE_FILE } from './window-state';

vi.mock('electron', () => import('./fake-electron'));

describe('window options (faked electron module)', () => {
  const options = buildWindowOptions({ preloadPath: '/app/dist/preload/preload.cjs', state: defaultWindowState(), isPackaged: true });

  it('runs the renderer sandboxed, isolated and without Node', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
      devTools: false,
    });
  });

  it('keeps DevTools while developing', () => {
    const dev = buildWindowOptions({ preloadPath: '/p.cjs', state: defaultWindowState(), isPackaged: false });
    expect(dev.webPreferences?.devTools).toBe(true);
  });

  it('starts hidden, titled, with a minimum size and a background colour', () => {
    expect(options).toMatchObject({ show: false, title: 'Thankful', width: 1100, height: 760, minWidth: 720, minHeight: 480 });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    // No saved position: Electron centres the window.
    expect(options).not.toHaveProperty('x');
  });

  it('uses a saved position', () => {
    const placed = buildWindowOptions({ preloadPath: '/p.cjs', state: { bounds: { x: 40, y: 50, width: 900, height: 700 }, maximized: false }, isPackaged: true });
    expect(placed).toMatchObject({ x: 40, y: 50, width: 900, height: 700 });
  });
});

describe('createMainWindow (faked electron module)', () => {
  let stateDir: string;
  beforeEach(() => {
    resetFakeElectron();
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'thankful-window-'));
  });
  afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

  const lastWindow = (): FakeBrowserWindow => BrowserWindow.instances.at(-1)!;

  it('loads the app URL and shows the window only on ready-to-show', () => {
    createMainWindow({ preloadPath: '/p.cjs', stateDir, isPackaged: false });
    const win = lastWindow();
    expect(win.options).toMatchObject({ show: false, webPreferences: { preload: '/p.cjs', sandbox: true } });
    expect(win.loadURL).toHaveBeenCalledWith('app://thankful/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('reopens maximized when it was closed maximized', () => {
    writeFileSync(path.join(stateDir, WINDOW_STATE_FILE), JSON.stringify({ bounds: { x: 10, y: 10, width: 1000, height: 700 }, maximized: true }));
    createMainWindow({ preloadPath: '/p.cjs', stateDir, isPackaged: false });
    const win = lastWindow();
    expect(win.options).toMatchObject({ x: 10, y: 10, width: 1000, height: 700 });
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('still shows the window, and reports, when the page fails to load', async () => {
    const report = vi.fn();
    BrowserWindow.loadError = new Error('ERR_FILE_NOT_FOUND');
    createMainWindow({ preloadPath: '/p.cjs', stateDir, isPackaged: false, onError: report });
    const win = lastWindow();
    await vi.waitFor(() => expect(win.show).toHaveBeenCalledTimes(1));
    expect(report).toHaveBeenCalledWith(BrowserWindow.loadError);
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('remembers its size and position when closed', () => {
    createMainWindow({ preloadPath: '/p.cjs', stateDir, isPackaged: false });
    const win = lastWindow();
    win.bounds = { x: 30, y: 40, width: 1000, height: 720 };
    win.close();
    createMainWindow({ preloadPath: '/p.cjs', stateDir, isPackaged: false });
    expect(lastWindow().options).toMatchObject({ x: 30, y: 40, width: 1000, height: 720 });
  });
});
