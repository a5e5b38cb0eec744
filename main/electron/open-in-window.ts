import { IPC_EVENT_CHANNEL } from '../../shared/contract/bridge';
import type { AppEvent } from '../../shared/contract/events';
import type { AppTarget } from '../../shared/contract/reminders';

/** What bringing a window forward needs of it; a real BrowserWindow fits. */
export interface OpenableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isVisible(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  readonly webContents: {
    isDestroyed(): boolean;
    isLoading(): boolean;
    send(channel: string, ...args: unknown[]): void;
    once(event: 'did-finish-load', listener: () => void): unknown;
  };
}

/** How a notification, the tray and the application menu reach the window. */
export interface Opener {
  /** Brings the window forward, opening one if there is none (macOS, or the app started hidden in the tray). */
  show(): void;
  /** Shows the window and asks its page to go to `target` (an `app.open` event on the event channel). */
  open(target: AppTarget): void;
}

export function createOpener(showWindow: () => OpenableWindow): Opener {
  const bringForward = (): OpenableWindow => {
    const win = showWindow();
    if (win.isMinimized()) win.restore();
    if (!win.isVisible()) {
      // A window still loading shows itself on ready-to-show (window.ts); showing it now would
      // flash an empty frame. Focus comes with that show.
      if (win.webContents.isLoading()) return win;
      win.show();
    }
    win.focus();
    return win;
  };

  return {
    show: () => void bringForward(),
    open: (target) => {
      const win = bringForward();
      const event: AppEvent = { topic: 'app.open', target };
      const send = () => {
        if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, event);
      };
      // A page still loading has no listener yet: sent now, the event would be lost. A page that
      // has loaded may still be starting up; it holds an early app.open until it listens (see
      // docs/architecture.md, "Electron shell").
      if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
      else send();
    },
  };
}
