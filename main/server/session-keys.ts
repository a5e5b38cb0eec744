import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The keys of browser mode. The launch token (printed once, in the address `npm run serve` shows)
 * is good for exactly one exchange, for a session key made then; only session keys open the API.
 * So the address left in the browser's history, a terminal scroll-back or a screenshot is useless
 * once the page has opened it, and the launch token never travels with API calls.
 *
 * Neither key is ever put in a cookie: browsers send cookies to every server on the same host
 * whatever its port, so any other web app on 127.0.0.1 would receive it. The page keeps the session
 * key in its own origin's storage (which browsers do separate by port) and sends it as
 * `Authorization: Bearer`. Keys live in memory only: a restart ends every session.
 */
export interface SessionKeys {
  /** The session key for a launch token not used before, else `undefined` (unknown or used). */
  exchange(launchToken: string): string | undefined;
  isSession(key: string): boolean;
}

export function createSessionKeys(launchToken: string): SessionKeys {
  let unused: string | undefined = launchToken;
  const sessions: string[] = [];
  return {
    exchange(candidate) {
      if (unused === undefined || !sameKey(candidate, unused)) return undefined;
      unused = undefined;
      const key = newKey();
      sessions.push(key);
      return key;
    },
    isSession(candidate) {
      return sessions.some((key) => sameKey(candidate, key));
    },
  };
}

export function newKey(): string {
  return randomBytes(24).toString('base64url');
}

function sameKey(candidate: string, key: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}
