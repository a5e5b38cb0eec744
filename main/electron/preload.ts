import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
// Deep imports on purpose: the sandboxed preload is bundled alone and must stay tiny, so it takes
// constants and types only, never the contract's schemas (zod) from shared/index.
import { BRIDGE_GLOBAL, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type ThankfulBridge } from '../../shared/contract/bridge';
import type { AppEvent } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';

/**
 * The whole surface the renderer gets: one call and one subscription. No ipcRenderer, no
 * channel names, no Electron event objects (they would leak `sender`) reach the page.
 */
const bridge: ThankfulBridge = {
  invoke: (method: string, input: unknown): Promise<Result<unknown>> => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input),
  onEvent: (listener: (event: AppEvent) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, payload: AppEvent): void => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
