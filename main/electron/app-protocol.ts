import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Serves the built UI (dist/renderer) at `app://thankful/`. Files are read by us rather than
 * handed to `file://`, so every response carries the CSP and nothing outside the folder can be
 * reached however the path is spelled.
 */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad request');
  }
  // Only our own host: anything else under app:// is not the app and gets nothing.
  if (url.host !== APP_HOST || url.username !== '' || url.password !== '') return plain(403, 'Forbidden');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');

  const file = resolveRendererFile(rendererDir, url.pathname);
  if (file === undefined) return plain(404, 'Not found');

  try {
    const info = await stat(file);
    if (!info.isFile()) return plain(404, 'Not found');
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, { status: 200, headers: headers(contentTypeFor(file)) });
  } catch {
    // Missing or unreadable: the same answer, so probing reveals nothing about the disk.
    return plain(404, 'Not found');
  }
}

/**
 * The file a URL path names inside `rendererDir`, or undefined if it would leave it. Decoding
 * happens before normalising so `%2e%2e%2f` and `..%5c` cannot slip past the prefix check.
 */
export function resolveRendererFile(rendererDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded.replace(/^[/\\]+/, '');
  const root = path.resolve(rendererDir);
  const target = path.resolve(root, relative === '' ? 'index.html' : relative);
  return target.startsWith(root + path.sep) ? target : undefined;
}

function headers(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // The files change with every build; always revalidate rather than show a stale UI.
    'Cache-Control': 'no-cache',
  });
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: headers('text/plain; charset=utf-8') });
}
