/**
 * Browser mode's key, on the page's side (the server's side is main/server/session-keys.ts).
 *
 * `npm run serve` prints an address with a launch token that works once. On its first load the
 * page takes the token out of its address and trades it for a session key, which it keeps in this
 * origin's localStorage and sends as `Authorization: Bearer` with every call and the event stream.
 * No cookie is involved: cookies are sent to every server on 127.0.0.1 whatever its port, while
 * storage is kept apart per origin (port included), so no other local web app can read the key.
 * localStorage rather than sessionStorage so that a reload, a second tab and a link opened in a
 * new tab of the same browser all keep working; the key is worthless once the server stops (keys
 * live in its memory only), so keeping it on disk gives nothing away.
 */
export const SESSION_STORAGE_KEY = 'thankful.session';
export const SESSION_PATH = '/api/session';

export type SessionNeeded = 'missing' | 'used';
export type BrowserSession = { state: 'ready'; key: string } | { state: 'needed'; reason: SessionNeeded };
export type Exchange = { state: 'key'; key: string } | { state: 'refused' } | { state: 'offline' };

export interface SessionEnvironment {
  href: string;
  /** `history.replaceState` to a URL on the page's own origin. */
  replaceAddress(url: string): void;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  exchange(launchToken: string): Promise<Exchange>;
}

/**
 * The launch token in `href`, and the page's address without it. The address keeps the page's
 * own origin whatever the path looks like: a path that would read as another host (`//evil.example`,
 * `/\evil.example`, `/.//evil.example`) becomes `/`, the only path the UI lives at.
 */
export function takeLaunchToken(href: string): { token: string | null; address: string } {
  const url = new URL(href);
  const token = url.searchParams.get('token');
  url.searchParams.delete('token');
  const path = /^\/(?![/\\])/u.test(url.pathname) ? url.pathname : '/';
  const address = new URL(`${url.origin}${path}${url.search}${url.hash}`);
  return { token, address: address.origin === url.origin ? address.href : `${url.origin}/` };
}

/** Finds or makes this page's session; runs once, before the first call. */
export async function startBrowserSession(env: SessionEnvironment): Promise<BrowserSession | { state: 'offline' }> {
  const { token, address } = takeLaunchToken(env.href);
  const stored = env.storage.getItem(SESSION_STORAGE_KEY);
  if (token === null) return stored ? { state: 'ready', key: stored } : { state: 'needed', reason: 'missing' };

  const exchanged = await env.exchange(token);
  // The server never saw the token, so it is still good: it stays in the address for "Try again".
  if (exchanged.state === 'offline') return { state: 'offline' };
  env.replaceAddress(address);
  if (exchanged.state === 'key') {
    env.storage.setItem(SESSION_STORAGE_KEY, exchanged.key);
    return { state: 'ready', key: exchanged.key };
  }
  // Used before: by this browser (which still holds its key), or by another one.
  return stored ? { state: 'ready', key: stored } : { state: 'needed', reason: 'used' };
}

/** The exchange over HTTP, for `startBrowserSession`. */
export async function exchangeOverHttp(launchToken: string): Promise<Exchange> {
  let response: Response;
  try {
    response = await fetch(SESSION_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: launchToken }),
      credentials: 'omit',
    });
  } catch {
    return { state: 'offline' };
  }
  if (!response.ok) return response.status >= 500 ? { state: 'offline' } : { state: 'refused' };
  try {
    const result = (await response.json()) as { ok: boolean; value?: { sessionKey?: unknown } };
    const key = result.value?.sessionKey;
    return typeof key === 'string' ? { state: 'key', key } : { state: 'refused' };
  } catch {
    return { state: 'offline' };
  }
}
