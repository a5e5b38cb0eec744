import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Opener } from './open-in-window';

export interface AppMenuOptions {
  opener: Pick<Opener, 'open'>;
  platform: NodeJS.Platform;
  /** Reload and DevTools only while developing. */
  isPackaged: boolean;
  appName: string;
}

/**
 * Shortcuts the page does not already own. The page's own are Mod+L (log an occasion, the same
 * as the menu's: the page handles it first and the menu item shows it) and Alt+N (next note owed).
 */
export const ACCELERATORS = {
  settings: 'CmdOrCtrl+,',
  logOccasion: 'CmdOrCtrl+L',
  dashboard: 'CmdOrCtrl+1',
} as const;

/**
 * The native application menu. Without one, Electron shows its default, with Help links to
 * Electron's site; on macOS a text field cannot cut, copy or paste without an Edit menu.
 * The items that go somewhere use the same `app.open` targets as the tray and notifications.
 */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const open = options.opener.open;
  const settings: MenuItemConstructorOptions = { label: 'Settings…', accelerator: ACCELERATORS.settings, click: () => open({ kind: 'settings' }) };
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Log an occasion…', accelerator: ACCELERATORS.logOccasion, click: () => open({ kind: 'log-occasion' }) },
      separator,
      // Settings live in the app menu on macOS; elsewhere File is where people look for them.
      ...(mac ? [] : [settings, separator]),
      { role: 'close', label: 'Close Window' },
      ...(mac ? [] : [{ role: 'quit', label: 'Quit Thankful' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Dashboard', accelerator: ACCELERATORS.dashboard, click: () => open({ kind: 'dashboard' }) },
      separator,
      ...(options.isPackaged ? [] : [{ role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const, separator]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    role: 'window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  // No Help menu: there is no help site to open, and only allow-listed https: links may leave the app.
  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu];
}

export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
}
