import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACCELERATORS, appMenuTemplate, installAppMenu } from './app-menu';
import { clickMenuItem, findMenuItem, Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const opener = { open: vi.fn() };
const template = (platform: NodeJS.Platform, isPackaged = true) => appMenuTemplate({ opener, platform, isPackaged, appName: 'Thankful' });
const submenu = (items: MenuItemConstructorOptions[], label: string) => findMenuItem(items, label)!.submenu as MenuItemConstructorOptions[];
const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role ?? item.label ?? item.type);

beforeEach(() => {
  resetFakeElectron();
  opener.open.mockReset();
});

describe('application menu (faked electron module)', () => {
  it('on macOS: the app menu with About, Settings… (⌘,), Hide and Quit, then File, Edit, View, Window', () => {
    const menu = template('darwin');
    expect(menu.map((item) => item.label)).toEqual(['Thankful', 'File', 'Edit', 'View', 'Window']);
    expect(roles(submenu(menu, 'Thankful'))).toEqual(['about', 'separator', 'Settings…', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
    expect(findMenuItem(menu, 'Settings…')?.accelerator).toBe('CmdOrCtrl+,');
    expect(roles(submenu(menu, 'Window'))).toEqual(['minimize', 'zoom', 'separator', 'front']);
  });

  it('elsewhere: no app menu; Settings and Quit are in File', () => {
    const menu = template('win32');
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window']);
    expect(roles(submenu(menu, 'File'))).toEqual(['Log an occasion…', 'separator', 'Settings…', 'separator', 'close', 'quit']);
  });

  it('has an Edit menu of roles, so text fields can undo, cut, copy and paste on macOS', () => {
    expect(roles(submenu(template('darwin'), 'Edit'))).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
  });

  it('offers reload and DevTools only while developing', () => {
    expect(roles(submenu(template('linux', false), 'View'))).toEqual(
      ['Dashboard', 'separator', 'reload', 'forceReload', 'toggleDevTools', 'separator', 'resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen'],
    );
    expect(roles(submenu(template('linux', true), 'View'))).not.toContain('toggleDevTools');
  });

  it.each([
    ['Log an occasion…', 'CmdOrCtrl+L', { kind: 'log-occasion' }],
    ['Settings…', 'CmdOrCtrl+,', { kind: 'settings' }],
    ['Dashboard', 'CmdOrCtrl+1', { kind: 'dashboard' }],
  ])('%s (%s) opens %j in the window', (label, accelerator, target) => {
    const item = findMenuItem(template('linux'), label);
    expect(item?.accelerator).toBe(accelerator);
    clickMenuItem(item);
    expect(opener.open).toHaveBeenCalledWith(target);
  });

  it("uses the page's own shortcut for logging an occasion and no other the page handles", () => {
    // The page: Mod+L logs an occasion (AppShell.tsx), Alt+N goes to the next note (next-owed-shortcut.ts).
    const shell = readFileSync(path.join(__dirname, '../../renderer/src/app/AppShell.tsx'), 'utf8');
    expect(shell).toMatch(/LOG_OCCASION_SHORTCUT = \{ key: 'l'/u);
    expect(ACCELERATORS.logOccasion).toBe('CmdOrCtrl+L');
    const accelerators = Object.values(ACCELERATORS);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(accelerators.some((accelerator) => /Alt\+N$/u.test(accelerator))).toBe(false);
  });

  it('installs itself as the application menu', () => {
    installAppMenu({ opener, platform: 'darwin', isPackaged: true, appName: 'Thankful' });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(Menu.getApplicationMenu()?.template.map((item) => item.label)).toEqual(['Thankful', 'File', 'Edit', 'View', 'Window']);
  });
});
