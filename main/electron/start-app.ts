import { app, BrowserWindow, ipcMain, protocol } from 'electron';
import { createBackend, type Backend } from '../backend/backend';
import { resolveDataDir } from '../backend/data-dir';
import { installAppMenu } from './app-menu';
import { registerAppProtocol } from './app-protocol';
import { APP_SCHEME } from './app-origin';
import { lastWindowClosed } from './close-to-tray';
import { createDesktop } from './desktop';
import { registerIpc } from './ipc';
import { startedHidden, syncLoginItem } from './login-item';
import { startNotifications } from './notifications';
import { createOpener } from './open-in-window';
import { watchPowerAndTime } from './power-events';
import { installSecurityGuards } from './security';
import { startTray } from './tray';
import { userDataDirFor } from './user-data';
import { createMainWindow } from './window';

/** electron-builder.yml's appId: Windows attributes notifications to the Start-menu shortcut the installer makes with it. */
export const APP_USER_MODEL_ID = 'app.thankful.desktop';

export interface StartOptions {
  /** Built preload script (dist/preload/preload.cjs). */
  preloadPath: string;
  /** Built UI (dist/renderer). */
  rendererDir: string;
  /** Built backup worker (dist/main/backup-worker.cjs); without it (tests) backups are copied on the main thread. */
  backupWorkerPath?: string;
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
  const ownProfile = userData !== app.getPath('userData');
  if (ownProfile) app.setPath('userData', userData);

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
  let dockHidden = false;
  const showWindow = (): BrowserWindow => {
    if (mainWindow && !mainWindow.isDestroyed()) return mainWindow;
    if (dockHidden) {
      void app.dock?.show();
      dockHidden = false;
    }
    mainWindow = createMainWindow({ preloadPath: options.preloadPath, stateDir: app.getPath('userData'), isPackaged: app.isPackaged });
    return mainWindow;
  };
  const opener = createOpener(showWindow);
  const logError = (message: string, error?: unknown) => console.error(`[thankful] ${message}`, error ?? '');

  app.on('second-instance', () => {
    if (ready) opener.show(); // Before ready the window is about to open anyway.
  });

  await app.whenReady();
  ready = true;

  installSecurityGuards();
  registerAppProtocol(options.rendererDir);
  const backend = createBackend({
    dataDir,
    appVersion: app.getVersion(),
    shell: 'electron',
    backupWorker: options.backupWorkerPath,
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

  // Before any notification: Windows shows toasts only for an app id with a Start-menu shortcut.
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  const { dispatch, events } = backend;
  installAppMenu({ opener, platform, isPackaged: app.isPackaged, appName: app.name });
  const tray = startTray({ dispatch, events, opener, platform, quit: () => app.quit(), locale: app.getLocale(), logError });
  const notifications = startNotifications({ dispatch, events, opener, platform, logError });
  // Only the installed app on its default data folder registers at login: a development run would
  // register the bare Electron binary, and a --data-dir copy would start the default folder's app.
  const stopLoginItem =
    app.isPackaged && !ownProfile
      ? syncLoginItem({ dispatch, events, target: { platform, executable: env.APPIMAGE ?? process.execPath }, logError })
      : () => undefined;
  const stopPowerEvents = watchPowerAndTime({ recheck: () => backend.recheckReminders(), refresh: () => void tray.refresh() });

  // No window exists before this point, so no window can have closed before it is heard.
  app.on('window-all-closed', () => {
    lastWindowClosed({ platform, remindersOn: tray.remindersOn(), stateDir: app.getPath('userData'), quit: () => app.quit(), logError });
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('will-quit', () => {
    // Timers and subscriptions first: none may reach the backend once it is closed.
    notifications.dispose();
    tray.dispose();
    stopLoginItem();
    stopPowerEvents();
    disposeIpc();
    backend.close();
  });

  // Started by the login item: only the tray (and on macOS not even a Dock icon) until asked.
  if (!startedHidden(argv, platform)) showWindow();
  else if (platform === 'darwin' && app.dock) {
    app.dock.hide();
    dockHidden = true;
  }
  // What came due while the app was not running.
  void notifications.claim();
  return { backend, dataDir, showWindow };
}
