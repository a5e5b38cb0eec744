import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY, fileCallMaxBytes, type AppEvent, type Result } from '../../shared';
import type { Dispatch } from '../backend/dispatcher';
import type { Clock } from '../backend/clock';
import type { EventHub } from '../backend/events';
import { bearerKey, checkRequest } from './request-guard';
import { createSessionKeys } from './session-keys';
import { readStaticFile } from './static-files';

const API_PATH_PREFIX = '/api/';
export const SESSION_PATH = '/api/session';
export const RPC_PATH_PREFIX = '/api/rpc/';
export const EVENTS_PATH = '/api/events';
export const TEST_CLOCK_PATH = '/api/test/clock';
/**
 * The largest valid call is a 100,000-character note (at most about 400 KB as JSON, even in 4-byte
 * characters) or a full occasion (about 300 KB); anything past 1 MiB is refused unread.
 */
const MAX_BODY_BYTES = 1024 * 1024;
const HEARTBEAT_MS = 25_000;

export interface BrowserModeServerOptions {
  dispatch: Dispatch;
  /** Only for end-to-end tests (`--test-clock`): lets a test move the backend's clock. */
  testClock?: Clock;
  /** Called after the test clock moved: what is timed from "now" (reminders) is worked out again at once. */
  onClockSet?: () => void;
  events: EventHub;
  /** The built UI (dist/renderer). */
  staticDir: string;
  /** Printed in the address to open; good for one exchange for a session key (`session-keys.ts`). */
  launchToken: string;
}

export interface BrowserModeServer {
  server: http.Server;
  /** Listens on loopback only; resolves with the port actually bound (0 picks a free one). */
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/**
 * Browser mode: the same backend as the desktop app, reached over HTTP on 127.0.0.1. Calls go
 * through the same dispatcher as Electron's IPC; this file only does transport and guarding.
 */
export function createBrowserModeServer(options: BrowserModeServerOptions): BrowserModeServer {
  let boundPort = 0;
  const streams = new Set<ServerResponse>();
  const sessions = createSessionKeys(options.launchToken);

  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error.');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const verdict = checkRequest(request, boundPort);
    if (!verdict.allowed) return send(response, verdict.status, 'text/plain; charset=utf-8', verdict.reason);

    // No redirects and no cookies: the page itself takes the launch token out of its address and
    // trades it at SESSION_PATH (renderer/src/api/browser-session.ts), so nothing here can send
    // the browser elsewhere, and no other server on 127.0.0.1 is ever sent a key.
    // Prefixed rather than resolved against a base: a path such as `//evil.example/` must stay a
    // path, not become another host.
    const url = new URL(`http://127.0.0.1${request.url ?? '/'}`);
    if (url.pathname.startsWith(API_PATH_PREFIX)) {
      if (url.pathname === SESSION_PATH) return exchangeLaunchToken(request, response);
      const key = bearerKey(request);
      if (key === undefined || !sessions.isSession(key)) {
        return send(response, 401, 'text/plain; charset=utf-8', 'This tab has no Thankful session. Open the address that “npm run serve” printed.');
      }
    }
    if (url.pathname.startsWith(RPC_PATH_PREFIX)) return handleRpc(request, response, url.pathname.slice(RPC_PATH_PREFIX.length));
    if (url.pathname === EVENTS_PATH && request.method === 'GET') return openEventStream(response);
    if (url.pathname === TEST_CLOCK_PATH && options.testClock && request.method === 'POST') return setTestClock(request, response, options.testClock);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
    }
    const file = await readStaticFile(options.staticDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Cache-Control': file.immutable ? 'private, max-age=31536000, immutable' : 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleRpc(request: IncomingMessage, response: ServerResponse, encodedMethod: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST.');
    // A JSON content type cannot be sent cross-site without a preflight, which we never grant.
    if (!/^application\/json\b/u.test(request.headers['content-type'] ?? '')) {
      return sendResult(response, 415, { ok: false, error: { code: 'VALIDATION', message: 'Send the input as application/json.' } });
    }
    // A call that carries a whole file (an import) may be that large; every other call stays small.
    const method = decodedMethod(encodedMethod);
    const body = await readBody(request, fileCallMaxBytes(method) ?? MAX_BODY_BYTES);
    if (body === 'too-large') {
      return sendResult(response, 413, { ok: false, error: { code: 'VALIDATION', message: 'The request is too large.' } });
    }
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : JSON.parse(body);
    } catch {
      return sendResult(response, 400, { ok: false, error: { code: 'VALIDATION', message: 'The request body is not valid JSON.' } });
    }
    sendResult(response, 200, await options.dispatch(method, input));
  }

  async function exchangeLaunchToken(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST.');
    if (!/^application\/json\b/u.test(request.headers['content-type'] ?? '')) {
      return sendResult(response, 415, { ok: false, error: { code: 'VALIDATION', message: 'Send the input as application/json.' } });
    }
    const body = await readBody(request);
    let token: unknown;
    try {
      token = body === 'too-large' ? undefined : (JSON.parse(body) as { token?: unknown } | null)?.token;
    } catch {
      token = undefined; // not JSON: refused below like a wrong token
    }
    const sessionKey = typeof token === 'string' ? sessions.exchange(token) : undefined;
    if (sessionKey === undefined) {
      return sendResult(response, 401, { ok: false, error: { code: 'FORBIDDEN', message: 'This address was already used, or it is not from this launch of Thankful.' } });
    }
    sendResult(response, 200, { ok: true, value: { sessionKey } });
  }

  async function setTestClock(request: IncomingMessage, response: ServerResponse, clock: Clock): Promise<void> {
    const body = await readBody(request);
    let now: unknown;
    try {
      now = body === 'too-large' ? undefined : (JSON.parse(body || '{}') as { now?: unknown } | null)?.now;
    } catch {
      now = undefined; // not JSON: answered below like any other bad request
    }
    if (now !== null && (typeof now !== 'string' || Number.isNaN(Date.parse(now)))) {
      return sendResult(response, 400, { ok: false, error: { code: 'VALIDATION', message: 'Send {"now": ISO time or null}.' } });
    }
    clock.set(now);
    options.onClockSet?.();
    sendResult(response, 200, { ok: true, value: { now: clock.now().toISOString() } });
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const unsubscribe = options.events.subscribe((event: AppEvent) => {
      response.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    response.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(response);
    });
  }

  return {
    server,
    listen(port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          boundPort = (server.address() as AddressInfo).port;
          resolve(boundPort);
        });
      });
    },
    close() {
      // Shutting down a local single-user server: end event streams and drop keep-alive
      // sockets at once instead of waiting for every open tab to go away.
      for (const stream of streams) stream.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

/** The procedure's name from the path; a malformed escape is left as it is (and refused by the dispatcher as unknown). */
function decodedMethod(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(result));
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  const bytes = Buffer.from(body, 'utf8');
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': bytes.length, 'Cache-Control': 'no-store' });
  response.end(bytes);
}
