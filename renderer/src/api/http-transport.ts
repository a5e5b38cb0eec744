import type { AppError, Result } from '../../../shared';
import { sharedEventStream } from './event-stream';
import type { Transport } from './transport';

const RPC_PREFIX = '/api/rpc/';
const EVENTS_PATH = '/api/events';

/** The message of a call the server refused for its key; `App` shows the session screen for it. */
export const SESSION_ENDED = 'This browser tab is no longer connected to Thankful. Open the address that “npm run serve” printed most recently.';

/**
 * Browser mode: same-origin calls to the local server, each carrying the session key
 * (api/browser-session.ts) as `Authorization: Bearer`; cookies are never sent.
 */
export function httpTransport(sessionKey: string): Transport {
  const authorization = `Bearer ${sessionKey}`;
  const events = sharedEventStream((signal) => fetch(EVENTS_PATH, { headers: { Authorization: authorization }, credentials: 'omit', cache: 'no-store', signal }));
  return {
    kind: 'http',
    // Only the desktop shell asks a window to open somewhere; a browser tab's notifications open it themselves.
    takeOpenRequest: () => undefined,
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(RPC_PREFIX + encodeURIComponent(method), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: authorization },
          body: JSON.stringify(input ?? {}),
          credentials: 'omit',
        });
      } catch {
        return offline();
      }
      if (response.status === 401 || response.status === 403) return { ok: false, error: { code: 'FORBIDDEN', message: SESSION_ENDED } };
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return offline();
      }
    },
    onEvent: events.subscribe,
  };
}

export const SERVER_NOT_ANSWERING: AppError = {
  code: 'INTERNAL',
  message: 'Thankful’s local server is not answering. Is “npm run serve” still running?',
};

function offline(): Result<never> {
  return { ok: false, error: SERVER_NOT_ANSWERING };
}
