import { readFile, stat } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { contentTypeFor, resolveUiFile } from '../ui-files/ui-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Serves the built UI (dist/renderer) at `app://thankful/`. Files are read by us rather than
 * handed to `file://`, so every response carries the CSP and nothing outside the folder can be
 * reached however the path is spelled.
 */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
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

  const file = resolveUiFile(rendererDir, url.pathname);
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
