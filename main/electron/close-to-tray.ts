import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Notification } from 'electron';

export interface LastWindowClosedOptions {
  platform: NodeJS.Platform;
  /** Reminders are switched on (the tray's last status). */
  remindersOn: boolean;
  /** Folder for the marker that the hint was shown (Electron's userData). */
  stateDir: string;
  quit(): void;
  logError?: (message: string, error?: unknown) => void;
}

export const HINT_MARKER = 'tray-hint-shown';

/**
 * What closing the last window does. macOS: nothing, as Mac apps do (the Dock and the menu bar
 * stay). Windows and Linux: with reminders on, the app stays in the tray, because reminders come
 * from this process and would stop with it; the first time, a notification says so and how to
 * quit. With reminders off there is nothing to stay for, and it quits as before.
 */
export function lastWindowClosed(options: LastWindowClosedOptions): void {
  if (options.platform === 'darwin') return;
  if (!options.remindersOn) {
    options.quit();
    return;
  }
  const marker = path.join(options.stateDir, HINT_MARKER);
  if (existsSync(marker)) return;
  try {
    if (Notification.isSupported()) {
      new Notification({
        title: 'Thankful is still running',
        body: 'It stays in the tray to remind you of the thank-yous you owe. To quit, choose Quit Thankful in its menu.',
        silent: true,
      }).show();
    }
    writeFileSync(marker, `${new Date().toISOString()}\n`);
  } catch (error) {
    (options.logError ?? ((message, cause) => console.error(`[thankful] ${message}`, cause)))('Could not show the tray hint:', error);
  }
}
