import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import type { Settings } from '../../shared/contract/settings';
import type { Dispatch } from '../backend/dispatcher';
import type { EventHub } from '../backend/events';

/** Given to the app by the login item on Windows and Linux: start with the tray only, no window. */
export const HIDDEN_FLAG = '--hidden';
export const AUTOSTART_FILE = 'thankful.desktop';

/**
 * Whether this launch should stay in the tray: started by the login item. Windows and Linux pass
 * `--hidden`; macOS passes nothing (Electron 45 has no openAsHidden) but says the launch came from
 * the login item. Call after `ready`.
 */
export function startedHidden(argv: readonly string[], platform: NodeJS.Platform): boolean {
  if (argv.includes(HIDDEN_FLAG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}

export interface LoginItemTarget {
  platform: NodeJS.Platform;
  /** The program to start (Linux): the AppImage file when run from one, else the executable. */
  executable: string;
}

/**
 * Registers or removes the app as something the system starts at login. macOS and Windows through
 * Electron; Linux has no Electron API, so an XDG autostart entry, which GNOME, KDE, Xfce and the
 * rest read, in ~/.config/autostart (Electron's appData there).
 */
export function applyLoginItem(openAtLogin: boolean, target: LoginItemTarget): void {
  if (target.platform === 'darwin') app.setLoginItemSettings({ openAtLogin });
  else if (target.platform === 'win32') app.setLoginItemSettings({ openAtLogin, args: [HIDDEN_FLAG] });
  else {
    const file = path.join(app.getPath('appData'), 'autostart', AUTOSTART_FILE);
    if (!openAtLogin) rmSync(file, { force: true });
    else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, autostartEntry(target.executable));
    }
  }
}

/** An XDG desktop entry that starts `executable --hidden` (Desktop Entry Specification 1.5). */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.5',
    'Name=Thankful',
    'Comment=Reminds you of the thank-you notes you owe',
    `Exec=${execArgument(executable)} ${HIDDEN_FLAG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * An Exec argument: quoted, with `"`, `` ` ``, `$` and `\` escaped inside the quotes, then every
 * backslash doubled again because Exec is itself a string value; `%` doubled (field codes).
 */
export function execArgument(value: string): string {
  const quoted = `"${value.replace(/["`$\\]/gu, (char) => `\\${char}`)}"`;
  return quoted.replace(/\\/gu, '\\\\').replace(/%/gu, '%%').replace(/[\r\n]/gu, ' ');
}

export interface LoginItemSyncOptions {
  dispatch: Dispatch;
  events: Pick<EventHub, 'subscribe'>;
  target: LoginItemTarget;
  logError?: (message: string, error?: unknown) => void;
}

/**
 * Keeps the system's login item in step with Settings' "Start Thankful when you log in": applied
 * at start-up (the user may have changed it in another copy, or the system may have lost it) and
 * whenever settings change. Returns a function that stops listening.
 */
export function syncLoginItem(options: LoginItemSyncOptions): () => void {
  const logError = options.logError ?? ((message, error) => console.error(`[thankful] ${message}`, error ?? ''));
  let applied: boolean | undefined;
  let disposed = false;

  const sync = async () => {
    const result = await options.dispatch('settings.get', {});
    if (disposed || !result.ok) return;
    const wanted = (result.value as Settings).launchAtLogin;
    if (wanted === applied) return;
    try {
      applyLoginItem(wanted, options.target);
      applied = wanted;
    } catch (error) {
      logError('Could not change whether Thankful starts at login:', error);
    }
  };

  const unsubscribe = options.events.subscribe((event) => {
    if (event.topic === 'settings.changed') void sync();
  });
  void sync();
  return () => {
    disposed = true;
    unsubscribe();
  };
}
