import path from 'node:path';
import { BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { loadWindowState, MIN_SIZE, trackWindowState, WINDOW_STATE_FILE, type WindowState } from './window-state';

/** Painted before the UI's first frame so the window does not flash white on a dark desktop. */
export const WINDOW_BACKGROUND = '#f7f5f2';

export interface WindowOptionsInput {
  preloadPath: string;
  state: WindowState;
  /** DevTools stay available while developing and are switched off in the installed app. */
  isPackaged: boolean;
}

/**
 * Everything security-relevant about the window in one pure function, so a test can assert it.
 * The renderer is an ordinary sandboxed web page: no Node, an isolated preload, no <webview>.
 */
export function buildWindowOptions({ preloadPath, state, isPackaged }: WindowOptionsInput): BrowserWindowConstructorOptions {
  const { x, y, width, height } = state.bounds;
  return {
    title: 'Thankful',
    // Shown on ready-to-show, so the user never sees an empty frame.
    show: false,
    width,
    height,
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: !isPackaged,
    },
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  /** Folder holding window-state.json (Electron's userData). */
  stateDir: string;
  isPackaged: boolean;
  onError?: (error: unknown) => void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const onError = options.onError ?? ((error) => console.error('[thankful] Window problem:', error));
  const stateFile = path.join(options.stateDir, WINDOW_STATE_FILE);
  const state = loadWindowState(stateFile, screen.getAllDisplays().map((display) => display.workArea));

  const win = new BrowserWindow(buildWindowOptions({ preloadPath: options.preloadPath, state, isPackaged: options.isPackaged }));
  trackWindowState(win, stateFile, { onError });

  let shown = false;
  const show = (): void => {
    if (shown || win.isDestroyed()) return;
    shown = true;
    if (state.maximized) win.maximize();
    win.show();
  };
  win.once('ready-to-show', show);

  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    // A failed load never fires ready-to-show; show the window anyway rather than leave the
    // user with a running app and nothing on screen.
    onError(error);
    show();
  });
  return win;
}
