import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, FILE_CALL_MAX_BYTES } from '../../shared';
import { createBackend, type Backend } from '../backend/backend';
import { createClock } from '../backend/clock';
import { exchangeLaunchToken, request } from '../test-support/http';
import { tempDir } from '../test-support/temp-dir';
import { createBrowserModeServer, type BrowserModeServer } from './http-server';

const LAUNCH_TOKEN = 'test-launch-token-0123456789abcdef';
/** The session key the launch token was traded for in `beforeEach`, as the page does. */
let KEY: string;
let backend: Backend;
let server: BrowserModeServer;
let port: number;
let host: string;

beforeEach(async () => {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Thankful</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
  backend = createBackend({ dataDir: tempDir(), appVersion: '1.0.0', shell: 'browser', logError: () => {} });
  server = createBrowserModeServer({ dispatch: backend.dispatch, events: backend.events, staticDir, launchToken: LAUNCH_TOKEN });
  port = await server.listen(0);
  host = `127.0.0.1:${port}`;
  KEY = await exchangeLaunchToken(port, LAUNCH_TOKEN);
});

afterEach(async () => {
  await server.close();
  backend.close();
});

const rpc = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  request(port, {
    method: 'POST',
    path: `/api/rpc/${method}`,
    headers: { Host: host, 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}`, ...headers },
    body: JSON.stringify(input),
  });

describe('browser-mode server over real HTTP on loopback', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers a call that carries the session key', async () => {
    const response = await rpc('people.create', { fullName: 'Priya', emails: ['priya@example.com'] });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { fullName: 'Priya' } });
  });

  it('refuses API calls and events without a session key or with a wrong one (401)', async () => {
    expect((await rpc('people.list', {}, { Authorization: '' })).status).toBe(401);
    expect((await rpc('people.list', {}, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await rpc('people.list', {}, { Authorization: `Bearer ${KEY}x` })).status).toBe(401);
    expect((await request(port, { path: '/api/events', headers: { Host: host } })).status).toBe(401);
  });

  it('never lets the launch token itself open the API: only the session key it was traded for does', async () => {
    expect((await rpc('people.list', {}, { Authorization: `Bearer ${LAUNCH_TOKEN}` })).status).toBe(401);
    expect((await request(port, { path: '/api/events', headers: { Host: host, Authorization: `Bearer ${LAUNCH_TOKEN}` } })).status).toBe(401);
    expect(KEY).not.toBe(LAUNCH_TOKEN);
  });

  it('trades the launch token once only: the printed address is useless afterwards', async () => {
    const again = await request(port, {
      method: 'POST',
      path: '/api/session',
      headers: { Host: host, 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: LAUNCH_TOKEN }),
    });
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(again.body).not.toContain(KEY);
    // The key from the first exchange keeps working.
    expect((await rpc('people.list', {})).status).toBe(200);
  });

  it('sends no cookie at all, and a cookie holding either key opens nothing', async () => {
    // Cookies are not separated by port: whatever this server set, every other server on
    // 127.0.0.1 would be sent. So it sets none, and reads none.
    const fresh = createBrowserModeServer({ dispatch: backend.dispatch, events: backend.events, staticDir: tempDir(), launchToken: LAUNCH_TOKEN });
    const freshPort = await fresh.listen(0);
    const freshHost = `127.0.0.1:${freshPort}`;
    try {
      const opened = await request(freshPort, { path: `/?token=${LAUNCH_TOKEN}`, headers: { Host: freshHost } });
      expect(opened.headers['set-cookie']).toBeUndefined();
      const freshKey = await exchangeLaunchToken(freshPort, LAUNCH_TOKEN);
      for (const cookie of [`thankful_session_${freshPort}=${LAUNCH_TOKEN}`, `thankful_session_${freshPort}=${freshKey}`, `thankful_session=${freshKey}`]) {
        const call = await request(freshPort, { method: 'POST', path: '/api/rpc/people.list', headers: { Host: freshHost, Cookie: cookie, 'Content-Type': 'application/json' }, body: '{}' });
        expect(call.status, cookie).toBe(401);
        expect((await request(freshPort, { path: '/api/events', headers: { Host: freshHost, Cookie: cookie } })).status, cookie).toBe(401);
      }
    } finally {
      await fresh.close();
    }
  });

  it('answers a session exchange only as a JSON POST with a token', async () => {
    expect((await request(port, { path: '/api/session', headers: { Host: host } })).status).toBe(405);
    const form = await request(port, { method: 'POST', path: '/api/session', headers: { Host: host, 'Content-Type': 'text/plain' }, body: JSON.stringify({ token: LAUNCH_TOKEN }) });
    expect(form.status).toBe(415);
    for (const body of ['{', 'null', '{}', '{"token":1}', '{"token":"nope"}']) {
      const response = await request(port, { method: 'POST', path: '/api/session', headers: { Host: host, 'Content-Type': 'application/json' }, body });
      expect(response.status, body).toBe(401);
    }
  });

  it('never redirects, so no address can send the browser to another site', async () => {
    for (const attempt of ['/?token=x', '/.//evil.example/?token=x', '//evil.example/?token=x', '/\\evil.example/?token=x', '/%2F%2Fevil.example/?token=x', '/%5Cevil.example/?token=x', '/.%2F%2Fevil.example?token=x']) {
      const response = await request(port, { path: attempt.replace('token=x', `token=${LAUNCH_TOKEN}`), headers: { Host: host } });
      expect(Math.floor(response.status / 100), attempt).not.toBe(3);
      expect(response.headers.location, attempt).toBeUndefined();
    }
  });

  it('serves the UI’s files without a key: they are the same for everyone and hold no data', async () => {
    const page = await request(port, { path: '/', headers: { Host: host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Thankful</title>');
    expect((await request(port, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await request(port, { path: '/', headers: { Host: host, Origin: 'https://evil.example' } })).status).toBe(403);
  });

  it('refuses a foreign Host header even with the secret (DNS rebinding, 403)', async () => {
    for (const foreign of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`]) {
      expect((await rpc('people.list', {}, { Host: foreign })).status, foreign).toBe(403);
    }
  });

  it('refuses a foreign Origin even with the secret (403) and accepts its own', async () => {
    for (const origin of ['https://evil.example', `http://evil.example:${port}`, 'null', `https://127.0.0.1:${port}`]) {
      expect((await rpc('people.list', {}, { Origin: origin })).status, origin).toBe(403);
    }
    expect((await rpc('people.list', {}, { Origin: `http://${host}` })).status).toBe(200);
    expect((await rpc('people.list', {}, { Origin: `http://localhost:${port}`, Host: `localhost:${port}` })).status).toBe(200);
  });

  it('does not accept the token in the query string for API calls', async () => {
    const response = await request(port, {
      method: 'POST',
      path: `/api/rpc/people.list?token=${LAUNCH_TOKEN}`,
      headers: { Host: host, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it('serves the UI with the strict CSP and security headers', async () => {
    const page = await request(port, { path: '/', headers: { Host: host, Authorization: `Bearer ${KEY}` } });
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const asset = await request(port, { path: '/assets/app.js', headers: { Host: host, Authorization: `Bearer ${KEY}` } });
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('never serves files outside the UI folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/%00', '/%E0%A4%A']) {
      const response = await request(port, { path: attempt, headers: { Host: host, Authorization: `Bearer ${KEY}` } });
      expect(response.status, attempt).toBe(404);
    }
  });

  it('returns contract errors as values: validation, unknown procedure, bad JSON, wrong content type', async () => {
    expect(JSON.parse((await rpc('people.create', { fullName: '' })).body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ field: 'fullName' }] } });
    expect(JSON.parse((await rpc('people.nope', {})).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    const badJson = await request(port, { method: 'POST', path: '/api/rpc/people.list', headers: { Host: host, Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' }, body: '{nope' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const form = await request(port, { method: 'POST', path: '/api/rpc/people.list', headers: { Host: host, Authorization: `Bearer ${KEY}`, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('refuses an oversized body without reading it all: past 1 MiB for a call, past the file limit for an import', async () => {
    expect((await rpc('people.create', { fullName: 'x'.repeat(9 * 1024 * 1024) })).status).toBe(413);
    // The largest valid call is well under 1 MiB; 1.5 MiB is refused...
    expect((await rpc('people.create', { fullName: 'x'.repeat(1.5 * 1024 * 1024) })).status).toBe(413);
    // ...but a calendar file of that size reaches the backend, which reads it (and says it is no calendar).
    const file = await rpc('imports.readCalendar', { name: 'big.ics', data: Buffer.from('x'.repeat(1.5 * 1024 * 1024)).toString('base64') });
    expect(file.status).toBe(200);
    expect(JSON.parse(file.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await rpc('imports.readCalendar', { name: 'huge.ics', data: 'A'.repeat(FILE_CALL_MAX_BYTES + 1) })).status).toBe(413);
  });

  it('has no test clock unless started with one', async () => {
    const response = await request(port, {
      method: 'POST',
      path: '/api/test/clock',
      headers: { Host: host, Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: '{"now":"2030-01-01T00:00:00Z"}',
    });
    expect(response.status).toBe(405);
    const summary = JSON.parse((await rpc('dashboard.summary', {})).body) as { value: { now: string } };
    expect(Date.parse(summary.value.now)).toBeLessThan(Date.parse('2030-01-01T00:00:00Z'));
  });

  it('with a test clock, a body that is not JSON is a 400 with a message, not a 500', async () => {
    const clock = createClock();
    const timed = createBrowserModeServer({ dispatch: backend.dispatch, events: backend.events, staticDir: tempDir(), launchToken: LAUNCH_TOKEN, testClock: clock });
    const timedPort = await timed.listen(0);
    const timedKey = await exchangeLaunchToken(timedPort, LAUNCH_TOKEN);
    try {
      for (const body of ['{', 'null', '[]', '{"now":"soon"}']) {
        const response = await request(timedPort, {
          method: 'POST',
          path: '/api/test/clock',
          headers: { Host: `127.0.0.1:${timedPort}`, Authorization: `Bearer ${timedKey}`, 'Content-Type': 'application/json' },
          body,
        });
        expect(response.status).toBe(400);
        expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Send {"now": ISO time or null}.' } });
      }
    } finally {
      await timed.close();
    }
  });

  it('streams backend events to an authorised subscriber', async () => {
    const received = new Promise<string>((resolve, reject) => {
      import('node:http').then(({ default: http }) => {
        const req = http.get({ host: '127.0.0.1', port, path: '/api/events', headers: { Host: host, Authorization: `Bearer ${KEY}` } }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('data: ')) {
              req.destroy();
              resolve(text);
            } else if (text.includes(': connected')) {
              void rpc('people.create', { fullName: 'Eventful' });
            }
          });
        });
        req.on('error', reject);
      }, reject);
    });
    expect(await received).toContain('data: {"topic":"people.changed"}');
  });
});
