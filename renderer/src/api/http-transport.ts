import type { AppEvent, Result } from '../../../shared';
import type { Transport } from './transport';

const RPC_PREFIX = '/api/rpc/';
const EVENTS_PATH = '/api/events';

/** Browser mode: same-origin calls to the local server; the session cookie authenticates them. */
export function httpTransport(): Transport {
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
    onEvent(listener) {
      const source = new EventSource(EVENTS_PATH);
      source.onmessage = (message) => {
        try {
          listener(JSON.parse(String(message.data)) as AppEvent);
        } catch {
          // A malformed event is dropped; the next list refresh corrects any staleness.
        }
      };
      return () => source.close();
    },
  };
}

function offline(): Result<never> {
  return {
    ok: false,
    error: { code: 'INTERNAL', message: 'Thankful’s local server is not answering. Is “npm run serve” still running?' },
  };
}
