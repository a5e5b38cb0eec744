import type { AppEvent } from '../../shared';

export type EventListener = (event: AppEvent) => void;

/** Fan-out of backend events to every transport (Electron windows, browser-mode streams). */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken subscriber (a closed window) must not stop the others from hearing.
      }
    }
  }
}
