import path from 'node:path';

/**
 * Mapping URL paths to files of the built UI (dist/renderer), shared by the two ways the UI is
 * served: Electron's app:// protocol and the browser-mode HTTP server. One place decides what
 * may be served, so a traversal fix cannot land in one and miss the other.
 */

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

/**
 * The file a URL path names inside `rootDir` (`/` is index.html), or undefined if it would leave
 * it. Decoding happens before normalising so `%2e%2e%2f` and `..%5c` cannot slip past the check.
 */
export function resolveUiFile(rootDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded.replace(/^[/\\]+/u, '');
  const root = path.resolve(rootDir);
  const target = path.resolve(root, relative === '' ? 'index.html' : relative);
  return target.startsWith(root + path.sep) ? target : undefined;
}
