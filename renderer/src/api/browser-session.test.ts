import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY, startBrowserSession, takeLaunchToken, type Exchange } from './browser-session';

const ORIGIN = 'http://127.0.0.1:4317';

describe('takeLaunchToken', () => {
  it('takes the token out and keeps the rest of the address', () => {
    expect(takeLaunchToken(`${ORIGIN}/?token=abc`)).toEqual({ token: 'abc', address: `${ORIGIN}/` });
    expect(takeLaunchToken(`${ORIGIN}/?x=1&token=abc#/people/3`)).toEqual({ token: 'abc', address: `${ORIGIN}/?x=1#/people/3` });
    expect(takeLaunchToken(`${ORIGIN}/#/dashboard`)).toEqual({ token: null, address: `${ORIGIN}/#/dashboard` });
  });

  it('never gives an address on another origin, however the path is written', () => {
    for (const path of ['/.//evil.example/', '//evil.example/', '/\\evil.example/', '/\\/evil.example', '/%2F%2Fevil.example/', '/%5Cevil.example/', '/./%2F/evil.example', '/..//evil.example']) {
      const { token, address } = takeLaunchToken(`${ORIGIN}${path}?token=abc`);
      expect(token, path).toBe('abc');
      expect(new URL(address).origin, path).toBe(ORIGIN);
      expect(address, path).not.toMatch(/^http:\/\/127\.0\.0\.1:4317\/\/|token/u);
    }
    expect(takeLaunchToken(`${ORIGIN}/.//evil.example/?token=abc`).address).toBe(`${ORIGIN}/`);
  });
});

function environment(href: string, answer: Exchange, stored: string | null = null) {
  const storage = new Map<string, string>(stored === null ? [] : [[SESSION_STORAGE_KEY, stored]]);
  const replaced: string[] = [];
  const exchanged: string[] = [];
  return {
    replaced,
    exchanged,
    storage,
    env: {
      href,
      replaceAddress: (url: string) => void replaced.push(url),
      storage: { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) },
      exchange: (token: string) => {
        exchanged.push(token);
        return Promise.resolve(answer);
      },
    },
  };
}

describe('startBrowserSession', () => {
  it('trades the printed token, keeps the key and takes the token out of the address', async () => {
    const run = environment(`${ORIGIN}/?token=launch#/people`, { state: 'key', key: 'session' });
    expect(await startBrowserSession(run.env)).toEqual({ state: 'ready', key: 'session' });
    expect(run.exchanged).toEqual(['launch']);
    expect(run.replaced).toEqual([`${ORIGIN}/#/people`]);
    expect(run.storage.get(SESSION_STORAGE_KEY)).toBe('session');
  });

  it('a reload or another tab (no token) uses the kept key without asking the server', async () => {
    const run = environment(`${ORIGIN}/#/dashboard`, { state: 'refused' }, 'session');
    expect(await startBrowserSession(run.env)).toEqual({ state: 'ready', key: 'session' });
    expect(run.exchanged).toEqual([]);
    expect(run.replaced).toEqual([]);
  });

  it('a used token: the browser that holds a key goes on; any other is told the link was used', async () => {
    const holder = environment(`${ORIGIN}/?token=launch`, { state: 'refused' }, 'session');
    expect(await startBrowserSession(holder.env)).toEqual({ state: 'ready', key: 'session' });
    expect(holder.replaced).toEqual([`${ORIGIN}/`]);
    const stranger = environment(`${ORIGIN}/?token=launch`, { state: 'refused' });
    expect(await startBrowserSession(stranger.env)).toEqual({ state: 'needed', reason: 'used' });
    expect(stranger.replaced).toEqual([`${ORIGIN}/`]);
    expect(stranger.storage.size).toBe(0);
  });

  it('no token and no key: the person is told to open the printed address', async () => {
    const run = environment(`${ORIGIN}/`, { state: 'key', key: 'never' });
    expect(await startBrowserSession(run.env)).toEqual({ state: 'needed', reason: 'missing' });
    expect(run.exchanged).toEqual([]);
  });

  it('a server that does not answer leaves the token (unused) in the address, so trying again works', async () => {
    const run = environment(`${ORIGIN}/?token=launch`, { state: 'offline' });
    expect(await startBrowserSession(run.env)).toEqual({ state: 'offline' });
    expect(run.replaced).toEqual([]);
  });
});
