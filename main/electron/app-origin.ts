/**
 * Where the UI lives inside the Electron window. A custom `app://` scheme (instead of `file://`)
 * gives the UI a real, fixed origin: the CSP's `'self'` means exactly our files, the IPC sender
 * check has one origin to compare against, and no page on disk or the web can pose as the app.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'thankful';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for `app://thankful/...` with no port or credentials. Compared field by field
 * because WHATWG `URL.origin` is the string "null" for schemes it does not know.
 */
export function isAppUrl(candidate: unknown): boolean {
  if (typeof candidate !== 'string') return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
