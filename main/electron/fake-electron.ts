/**
 * TEST ONLY: a hand-made stand-in for the `electron` module. The Electron binary cannot be
 * downloaded on our build machines, so the shell's glue is exercised against this fake under
 * Vitest (`vi.mock('electron', () => import('./fake-electron'))`) and type-checked against
 * Electron's real types. It models only what our code touches, with the same names and
 * semantics (EventEmitter events, ipcMain.handle refusing a second handler, ...).
 */
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { vi } from 'vitest';
import { resetFakeElectronOs } from './fake-electron-os';

export * from './fake-electron-os';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler = vi.fn((handler: ((...args: unknown[]) => void) | null) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: ((...args: unknown[]) => boolean) | null) => {
    this.permissionCheckHandler = handler;
  });
}

export class FakeWebContents extends EventEmitter {
  destroyed = false;
  session = new FakeSession();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  /** False in the fake unless a test says the page is still loading (then `finishLoading()`). */
  loading = false;
  send = vi.fn((_channel: string, ..._args: unknown[]) => undefined);
  isDestroyed = (): boolean => this.destroyed;
  isLoading = (): boolean => this.loading;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = (): FakeBrowserWindow[] => FakeBrowserWindow.instances.filter((win) => !win.destroyed);
  /** The window last shown or focused, while it is alive (null when the app is in the background). */
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow = (): FakeBrowserWindow | null => (FakeBrowserWindow.focused?.destroyed === false ? FakeBrowserWindow.focused : null);
  /** When set, loadURL rejects with it, as Electron does when the page cannot be loaded. */
  static loadError: Error | undefined;

  readonly webContents = new FakeWebContents();
  destroyed = false;
  visible = false;
  minimized = false;
  maximized = false;
  bounds: Rect;
  loadedUrl: string | undefined;

  constructor(readonly options: { x?: number; y?: number; width?: number; height?: number } & Record<string, unknown>) {
    super();
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.instances.push(this);
  }

  loadURL = vi.fn(async (url: string) => {
    this.loadedUrl = url;
    if (FakeBrowserWindow.loadError) throw FakeBrowserWindow.loadError;
  });
  /** Shows and focuses it, as Electron's does. */
  show = vi.fn(() => {
    this.visible = true;
    FakeBrowserWindow.focused = this;
  });
  focus = vi.fn(() => {
    FakeBrowserWindow.focused = this;
  });
  restore = vi.fn(() => {
    this.minimized = false;
  });
  maximize = vi.fn(() => {
    this.maximized = true;
  });
  isMinimized = (): boolean => this.minimized;
  isVisible = (): boolean => this.visible && !this.destroyed;
  isMaximized = (): boolean => this.maximized;
  isDestroyed = (): boolean => this.destroyed;
  getNormalBounds = (): Rect => ({ ...this.bounds });
  getBounds = (): Rect => ({ ...this.bounds });

  /** The page has loaded: 'did-finish-load' on its contents, then 'ready-to-show', as Electron orders them. */
  finishLoading(): void {
    this.webContents.loading = false;
    this.webContents.emit('did-finish-load');
    this.emit('ready-to-show');
  }

  /** Like the real thing: 'close' (while still alive), then destroyed, then 'closed'. */
  close(): void {
    this.emit('close', { preventDefault: () => undefined });
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

/** macOS's app.dock. Electron leaves it undefined elsewhere; the shell checks the platform first, so the fake always has one. */
class FakeDock {
  visible = true;
  hide = vi.fn(() => {
    this.visible = false;
  });
  show = vi.fn(async (): Promise<void> => {
    this.visible = true;
  });
  isVisible = (): boolean => this.visible;
}

export interface FakeLoginItem {
  openAtLogin: boolean;
  args: string[];
  /** macOS: this launch came from the login item. */
  wasOpenedAtLogin: boolean;
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'Thankful';
  badgeCount = 0;
  loginItem: FakeLoginItem = { openAtLogin: false, args: [], wasOpenedAtLogin: false };
  dock: FakeDock | undefined = new FakeDock();
  getLocale = vi.fn((): string => 'en-US');
  setAppUserModelId = vi.fn();
  /** Electron answers false where there is no badge (Windows); the fake always keeps it. */
  setBadgeCount = vi.fn((count?: number): boolean => {
    this.badgeCount = count ?? 0;
    return true;
  });
  getBadgeCount = vi.fn((): number => this.badgeCount);
  setLoginItemSettings = vi.fn((settings: { openAtLogin?: boolean; args?: string[] }) => {
    this.loginItem = { ...this.loginItem, openAtLogin: settings.openAtLogin ?? false, args: settings.args ?? [] };
  });
  getLoginItemSettings = vi.fn(() => ({ ...this.loginItem, status: 'not-registered', executableWillLaunchAtLogin: this.loginItem.openAtLogin, launchItems: [] }));
  readonly paths = new Map<string, string>();
  requestSingleInstanceLock = vi.fn((): boolean => true);
  quit = vi.fn();
  exit = vi.fn();
  whenReady = vi.fn(async (): Promise<void> => undefined);
  getVersion = vi.fn((): string => '0.0.0-test');
  getPath = vi.fn((name: string): string => {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`Fake app has no path "${name}"; set app.paths first.`);
    return value;
  });
  setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const session = { defaultSession: new FakeSession() };
export const shell = {
  openExternal: vi.fn(async (_url: string): Promise<void> => undefined),
  /** Resolves to '' when opened, else the system's reason, as Electron's does (never rejects). */
  openPath: vi.fn(async (target: string): Promise<string> => (existsSync(target) ? '' : 'Failed to open path')),
};

export interface SaveDialogAnswer {
  canceled: boolean;
  /** Empty when cancelled. */
  filePath: string;
}
export const dialog = {
  showErrorBox: vi.fn(),
  /** Called as (window, options) or (options); the user cancels unless a test answers otherwise. */
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<SaveDialogAnswer> => ({ canceled: true, filePath: '' })),
};

/** Electron 45's ClipboardItem: data by MIME type (strings only here). */
export class ClipboardItem {
  constructor(readonly data: Record<string, string>) {}
  get types(): string[] {
    return Object.keys(this.data);
  }
}

/** Electron 45's asynchronous clipboard; each write replaces everything that was on it. */
export const clipboard = {
  /** What is on the clipboard, by MIME type. */
  contents: new Map<string, string>(),
  writeText: vi.fn(async (text: string): Promise<void> => {
    clipboard.contents = new Map([['text/plain', text]]);
  }),
  write: vi.fn(async (items: ClipboardItem[]): Promise<void> => {
    clipboard.contents = new Map(items.flatMap((item) => Object.entries(item.data)));
  }),
  readText: vi.fn(async (): Promise<string> => clipboard.contents.get('text/plain') ?? ''),
};

type Handler = (...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle: vi.fn((channel: string, handler: Handler) => {
    // Electron throws on a second handler for one channel; so does the fake.
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

export const protocol = {
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    protocol.handlers.set(scheme, handler);
  }),
};

export const screen = {
  displays: [] as { workArea: Rect; bounds: Rect }[],
  getAllDisplays: vi.fn(() => screen.displays),
};

class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
}
export const ipcRenderer = new FakeIpcRenderer();
export const contextBridge = { exposeInMainWorld: vi.fn() };

export const DEFAULT_WORK_AREA: Rect = { x: 0, y: 0, width: 1920, height: 1040 };

/** Back to a freshly started fake: no windows, listeners, handlers or recorded calls. */
export function resetFakeElectron(): void {
  vi.resetAllMocks();
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.loadError = undefined;
  FakeBrowserWindow.focused = null;
  clipboard.contents = new Map();
  app.removeAllListeners();
  app.paths.clear();
  app.isPackaged = false;
  app.badgeCount = 0;
  app.loginItem = { openAtLogin: false, args: [], wasOpenedAtLogin: false };
  app.dock = new FakeDock();
  resetFakeElectronOs();
  session.defaultSession = new FakeSession();
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  screen.displays = [{ workArea: { ...DEFAULT_WORK_AREA }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];
  ipcRenderer.removeAllListeners();
}
