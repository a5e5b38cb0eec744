import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the browser-mode server. It listens on loopback only, and on top of that, for
 * every request (the UI's files included):
 * - `Host` must be this server's own address (a DNS-rebinding page arrives with its own name);
 * - `Origin`, when the browser sends one, must be this server's own origin (no cross-site calls).
 * Which key a request must carry (the session key for the API) is decided in `http-server.ts`
 * with `session-keys.ts`.
 */
export type GuardVerdict = { allowed: true } | { allowed: false; status: 403; reason: string };

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function checkRequest(request: IncomingMessage, port: number): GuardVerdict {
  const hosts = allowedHosts(port);
  const host = request.headers.host?.toLowerCase();
  if (!host || !hosts.has(host)) {
    return { allowed: false, status: 403, reason: 'This server only answers requests addressed to 127.0.0.1.' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.has(originHost(origin))) {
    return { allowed: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  return { allowed: true };
}

/** The key sent as `Authorization: Bearer …`; query strings and cookies are never read. */
export function bearerKey(request: IncomingMessage): string | undefined {
  return /^Bearer (\S+)$/u.exec(request.headers.authorization ?? '')?.[1];
}

function originHost(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' ? url.host.toLowerCase() : '';
  } catch {
    return '';
  }
}
