import { app, session, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../../shared/security/external-url';
import { APP_ORIGIN } from './app-origin';

export type ReportError = (message: string, error: unknown) => void;

export const reportToConsole: ReportError = (message, error) => console.error(`[thankful] ${message}`, error);

/**
 * Hands a URL to the operating system only if the shared allow-list accepts it (`mailto:` and
 * `https:`), for a caller that tells the user what happened: a refused URL rejects without the
 * OS being asked, and a failure of the OS (no mail client, no browser) is reported, then rethrown.
 */
export async function openAllowedExternal(url: unknown, report: ReportError = reportToConsole): Promise<void> {
  if (typeof url !== 'string' || !isAllowedExternalUrl(url)) throw new Error('This link is not allowed to leave the app.');
  try {
    await shell.openExternal(url);
  } catch (error) {
    // Only the scheme is logged: a mailto: link carries the text of a personal note.
    report(`The system could not open a ${url.slice(0, url.indexOf(':'))}: link.`, error);
    throw error;
  }
}

/**
 * `openAllowedExternal` for event handlers, which have no one to tell: resolves to whether the
 * URL was opened and never rejects (a failure of the OS is still reported).
 */
export async function openExternalSafely(url: unknown, report: ReportError = reportToConsole): Promise<boolean> {
  return openAllowedExternal(url, report).then(
    () => true,
    () => false,
  );
}

/** Guards every web contents the app ever creates, and every session, before any page loads. */
export function installSecurityGuards(report: ReportError = reportToConsole): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, report));
  app.on('session-created', (created) => guardSession(created));
  guardSession(session.defaultSession);
}

/**
 * The UI is a single page served from app://thankful; it never navigates. Any attempt to leave
 * (a link without a click handler, a redirect, window.open) is stopped, and if the target is an
 * allowed external URL it goes to the user's browser or mail client instead.
 */
export function guardWebContents(contents: WebContents, report: ReportError = reportToConsole): void {
  // Electron emits will-frame-navigate first, and skips will-navigate when it was prevented, so
  // the external open happens here (main frame only) and will-navigate is a second lock. A
  // sub-frame cannot exist under our CSP; if one did, its content is not ours to act on.
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
    if (event.isMainFrame) void openExternalSafely(event.url, report);
  });
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url, report);
    return { action: 'deny' };
  });
  guardSession(contents.session);
}

/** What the page may download: files it made itself (exports such as a .vcf or an .ics), as `blob:app://thankful/…`. */
const OWN_FILE = `blob:${APP_ORIGIN}/`;

/**
 * Thankful needs no camera, microphone, location, notifications-by-web-API or the like. It
 * downloads only the files the page makes itself (Chromium then asks where to save them); a
 * download of anything else (a link that slipped through, a redirect) is cancelled.
 */
export function guardSession(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  // Every web contents of a session guards it again; one listener is enough.
  if (downloadsGuarded.has(target)) return;
  downloadsGuarded.add(target);
  target.on('will-download', (event, item) => {
    if (!item.getURL().startsWith(OWN_FILE)) event.preventDefault();
  });
}

const downloadsGuarded = new WeakSet<Session>();
