import type { AppEvent, Result } from '../../../shared';

/** How the UI reaches the backend: Electron IPC or HTTP; both speak the same contract. */
export interface Transport {
  kind: 'ipc' | 'http';
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}
