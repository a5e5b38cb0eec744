import type { AppEvent } from './events';
import type { Result } from './result';

/** IPC channels between the preload and main; nothing else crosses. */
export const IPC_INVOKE_CHANNEL = 'thankful:invoke';
export const IPC_EVENT_CHANNEL = 'thankful:event';

/** Name of the global the preload exposes in the renderer (`window.thankful`). */
export const BRIDGE_GLOBAL = 'thankful';

/** All the preload exposes: one call and one subscription. */
export interface ThankfulBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}
