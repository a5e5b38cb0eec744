import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/contract/bridge';
import type { AppEvent } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import type { Dispatch } from '../backend/dispatcher';
import type { EventHub } from '../backend/events';
import { isAppUrl } from './app-origin';

/** What the event fan-out needs of a window; a real BrowserWindow fits. */
export interface EventTargetWindow {
  isDestroyed(): boolean;
  readonly webContents: { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };
}

export interface IpcOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  dispatch: Dispatch;
  events: Pick<EventHub, 'subscribe'>;
  getWindows: () => readonly EventTargetWindow[];
  logError?: (error: unknown) => void;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Thankful window, so it was refused.' },
};

/**
 * One channel carries every procedure: the dispatcher validates the name and the input, exactly
 * as it does for the browser-mode server, so the two transports cannot drift. Returns a function
 * that removes the handler and the event subscription.
 */
export function registerIpc(options: IpcOptions): () => void {
  const logError = options.logError ?? ((error) => console.error('[thankful] IPC dispatch failed:', error));

  options.ipcMain.handle(IPC_INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    try {
      return await options.dispatch(method, input);
    } catch (error) {
      // The dispatcher already turns failures into Results; this is the last line, so a
      // stack trace never crosses into the renderer.
      logError(error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Thankful. Please try again.' } };
    }
  });

  const unsubscribe = options.events.subscribe((appEvent) => broadcast(options.getWindows(), appEvent));

  return () => {
    options.ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe();
  };
}

/** A frame we can describe without depending on Electron's classes (tests pass plain objects). */
export interface SenderFrameLike {
  readonly parent: unknown;
  readonly url: string;
}

/**
 * Only the top frame of a page served from app://thankful may call the backend. A sub-frame or
 * a page that navigated elsewhere (should the guards ever fail) is refused.
 */
export function isTrustedSender(event: { readonly senderFrame: SenderFrameLike | null }): boolean {
  let frame: SenderFrameLike | null;
  try {
    frame = event.senderFrame;
  } catch {
    return false;
  }
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

function broadcast(windows: readonly EventTargetWindow[], appEvent: AppEvent): void {
  for (const win of windows) {
    try {
      if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, appEvent);
    } catch {
      // A window closing while we send must not keep the others from hearing.
    }
  }
}
