import type { AppEvent } from '../../../shared';

/**
 * Browser mode's events: the server's `text/event-stream`, read with `fetch` rather than
 * `EventSource`, because `EventSource` cannot send the `Authorization` header the session key
 * travels in (and a cookie would leak the key to every server on 127.0.0.1).
 */
export type OpenStream = (signal: AbortSignal) => Promise<Response>;

const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * One stream for the whole page, shared by every subscriber. A browser keeps at most six
 * HTTP/1.1 connections per server; a stream per subscriber would use them up and leave every
 * later call waiting. Opened with the first subscriber, closed with the last; reconnects (as
 * `EventSource` would) when the connection drops, but not when the server refuses the key.
 */
export function sharedEventStream(open: OpenStream, wait = delay): { subscribe(listener: (event: AppEvent) => void): () => void } {
  const listeners = new Set<(event: AppEvent) => void>();
  let running: AbortController | null = null;

  const publish = (data: string) => {
    let event: AppEvent;
    try {
      event = JSON.parse(data) as AppEvent;
    } catch {
      return; // A malformed event is dropped; the next refresh corrects any staleness.
    }
    for (const each of [...listeners]) each(event);
  };

  async function run(controller: AbortController): Promise<void> {
    for (let failures = 0; !controller.signal.aborted; ) {
      try {
        const response = await open(controller.signal);
        if (response.status === 401 || response.status === 403) return;
        if (response.ok && response.body) {
          failures = 0;
          const feed = sseParser(publish);
          const decoder = new TextDecoder();
          const reader = response.body.getReader();
          for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) feed(decoder.decode(chunk.value, { stream: true }));
        }
      } catch {
        // Dropped or aborted: retried below unless aborted.
      }
      if (controller.signal.aborted) return;
      await wait(RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!, controller.signal);
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!running) {
        running = new AbortController();
        void run(running);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && running) {
          running.abort();
          running = null;
        }
      };
    },
  };
}

/**
 * Feeds text as it arrives (lines may be split across chunks) and calls `onData` with each
 * event's data (several `data:` lines joined by newlines). Comments (`: heartbeat`) are skipped.
 */
export function sseParser(onData: (data: string) => void): (text: string) => void {
  let pending = '';
  let data: string[] = [];
  return (text) => {
    pending += text;
    const lines = pending.split(/\r\n|\r|\n/u);
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        if (data.length > 0) onData(data.join('\n'));
        data = [];
      } else if (line.startsWith('data:')) {
        data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
      }
    }
  };
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
