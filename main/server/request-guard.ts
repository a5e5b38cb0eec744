import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the browser-mode server. It listens on loopback only, and on top of that:
 * - `Host` must be this server's own address (a DNS-rebinding page arrives with its own name);
 * - `Origin`, when the browser sends one, must be this server's own origin (no cross-site calls);
 * - the per-launch secret must come with the request: in the `?token=` of the printed URL (which
 *   sets a same-site, HTTP-only cookie), in that cookie, or as `Authorization: Bearer …`.
 */
export interface GuardConfig {
  secret: string;
  /** Set once the server knows its port. */
  port: () => number;
}

export type GuardVerdict =
  | { allowed: true; viaQueryToken: boolean }
  | { allowed: false; status: 401 | 403; reason: string };

export function sessionCookieName(port: number): string {
  // Cookies do not separate ports, so two servers on one machine must not share a name.
  return `thankful_session_${port}`;
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function checkRequest(request: IncomingMessage, config: GuardConfig): GuardVerdict {
  const port = config.port();
  const hosts = allowedHosts(port);
  const host = request.headers.host?.toLowerCase();
  if (!host || !hosts.has(host)) {
    return { allowed: false, status: 403, reason: 'This server only answers requests addressed to 127.0.0.1.' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.has(originHost(origin))) {
    return { allowed: false, status: 403, reason: 'Requests from other sites are refused.' };
  }

  const url = new URL(request.url ?? '/', `http://${host}`);
  const queryToken = url.searchParams.get('token');
  if (queryToken !== null && request.method === 'GET' && secretMatches(queryToken, config.secret)) {
    return { allowed: true, viaQueryToken: true };
  }
  const bearer = /^Bearer (.+)$/u.exec(request.headers.authorization ?? '')?.[1];
  if (bearer !== undefined && secretMatches(bearer, config.secret)) return { allowed: true, viaQueryToken: false };
  const cookie = readCookie(request.headers.cookie, sessionCookieName(port));
  if (cookie !== undefined && secretMatches(cookie, config.secret)) return { allowed: true, viaQueryToken: false };

  return {
    allowed: false,
    status: 401,
    reason: 'Open Thankful with the full address that “npm run serve” printed (it carries this session’s key).',
  };
}

function originHost(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' ? url.host.toLowerCase() : '';
  } catch {
    return '';
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function secretMatches(candidate: string, secret: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
