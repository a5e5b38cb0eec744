import type { AppEvent, Result } from '../../../shared';
import type { Transport } from './transport';

const RPC_PREFIX = '/api/rpc/';
const EVENTS_PATH = '/api/events';

/** Browser mode: same-origin calls to the local server; the session cookie authenticates them. */
export function httpTransport(): Transport {
  const events = sharedEventStream();
  return {
    kind: 'http',
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(RPC_PREFIX + encodeURIComponent(method), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
      } catch {
        return offline();
      }
      if (response.status === 401 || response.status === 403) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'This browser tab is no longer connected to Thankful. Open the address that “npm run serve” printed.' },
        };
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return offline();
      }
    },
    onEvent: events.subscribe,
  };
}

/**
 * One EventSource for the whole page, shared by every subscriber. A browser keeps at most six
 * HTTP/1.1 connections per server; a stream per subscriber would use them up and leave every
 * later call waiting. Opened with the first subscriber, closed with the last.
 */
function sharedEventStream(): { subscribe(listener: (event: AppEvent) => void): () => void } {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!source) {
        source = new EventSource(EVENTS_PATH);
        source.onmessage = (message) => {
          let event: AppEvent;
          try {
            event = JSON.parse(String(message.data)) as AppEvent;
          } catch {
            return; // A malformed event is dropped; the next refresh corrects any staleness.
          }
          for (const each of [...listeners]) each(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

function offline(): Result<never> {
  return {
    ok: false,
    error: { code: 'INTERNAL', message: 'Thankful’s local server is not answering. Is “npm run serve” still running?' },
  };
}
