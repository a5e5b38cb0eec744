import { app, BrowserWindow, ipcMain, protocol } from 'electron';
import { createBackend, type Backend } from '../backend/backend';
import { resolveDataDir } from '../backend/data-dir';
import { registerAppProtocol } from './app-protocol';
import { APP_SCHEME } from './app-origin';
import { createDesktop } from './desktop';
import { registerIpc } from './ipc';
import { installSecurityGuards } from './security';
import { userDataDirFor } from './user-data';
import { createMainWindow } from './window';

export interface StartOptions {
  /** Built preload script (dist/preload/preload.cjs). */
  preloadPath: string;
  /** Built UI (dist/renderer). */
  rendererDir: string;
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

export interface RunningApp {
  backend: Backend;
  dataDir: string;
  /** The window currently shown, opening one if there is none (macOS keeps running without). */
  showWindow(): BrowserWindow;
}

/**
 * The Electron shell, start to finish. Kept out of main.ts so tests can drive it against a faked
 * `electron` module. Resolves to undefined when another instance already owns the data folder.
 */
export async function startApp(options: StartOptions): Promise<RunningApp | undefined> {
  const argv = options.argv ?? process.argv;
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;

  const dataDir = resolveDataDir(argv, env, app.getPath('userData'));
  const userData = userDataDirFor(app.getPath('userData'), dataDir);
  if (userData !== app.getPath('userData')) app.setPath('userData', userData);

  // One window per data folder: two processes writing one SQLite file from two UIs would each
  // show stale lists. The second launch hands over to the first and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return undefined;
  }

  // Must happen before `ready`: gives app:// a real origin, secure context and fetch().
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);

  let mainWindow: BrowserWindow | undefined;
  let ready = false;
  const showWindow = (): BrowserWindow => {
    if (mainWindow && !mainWindow.isDestroyed()) return mainWindow;
    mainWindow = createMainWindow({ preloadPath: options.preloadPath, stateDir: app.getPath('userData'), isPackaged: app.isPackaged });
    return mainWindow;
  };

  app.on('second-instance', () => {
    if (!ready) return; // The window is about to open anyway.
    const win = showWindow();
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock with no window; elsewhere closing the window quits.
    if (platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  ready = true;

  installSecurityGuards();
  registerAppProtocol(options.rendererDir);
  const backend = createBackend({
    dataDir,
    appVersion: app.getVersion(),
    shell: 'electron',
    // A save dialog belongs to the window the user is in; the main window is opened further down.
    desktop: createDesktop({ getWindow: () => BrowserWindow.getFocusedWindow() ?? mainWindow }),
    logError: (error, method) => console.error(`[thankful] ${method} failed:`, error),
  });
  const disposeIpc = registerIpc({
    ipcMain,
    dispatch: backend.dispatch,
    events: backend.events,
    getWindows: () => BrowserWindow.getAllWindows(),
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('will-quit', () => {
    disposeIpc();
    backend.close();
  });

  showWindow();
  return { backend, dataDir, showWindow };
}
