import type { AppEvent, AppTarget, Result } from '../../../shared';

/** How the UI reaches the backend: Electron IPC or HTTP; both speak the same contract. */
export interface Transport {
  kind: 'ipc' | 'http';
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /**
   * The last place the shell asked to open (`app.open`) that nobody has taken yet, taken now. The
   * desktop shell may ask before the page has mounted the part that listens (a notification
   * clicked while the app sat in the tray opens a new window), so the IPC transport keeps it.
   */
  takeOpenRequest(): AppTarget | undefined;
}
