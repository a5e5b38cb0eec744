import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { app, FakeSession, FakeWebContents, resetFakeElectron, session, shell } from './fake-electron';
import { guardSession, guardWebContents, installSecurityGuards, openExternalSafely } from './security';

vi.mock('electron', () => import('./fake-electron'));

const navigation = (url: string, isMainFrame = true) => ({ url, isMainFrame, preventDefault: vi.fn() });

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents, vi.fn());
  return contents;
}

/** Lets the fire-and-forget openExternalSafely calls inside the handlers settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('external-URL allow-list via openExternalSafely (faked electron module)', () => {
  beforeEach(resetFakeElectron);

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com', 'ms-settings:', ' https://example.com', 'https://user@evil.example', '', 42])(
    'refuses %j without asking the OS',
    async (url) => {
      await expect(openExternalSafely(url, vi.fn())).resolves.toBe(false);
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it.each(['https://example.com', 'mailto:a@b.c', 'mailto:ada@example.com?subject=Thank%20you'])('opens %s', async (url) => {
    await expect(openExternalSafely(url, vi.fn())).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it('reports a failed open (no mail client) instead of swallowing it, without logging the note', async () => {
    const failure = new Error('No application is registered for mailto');
    shell.openExternal.mockRejectedValueOnce(failure);
    const report = vi.fn();
    await expect(openExternalSafely('mailto:a@b.c?body=Dear%20Ada%2C%20thank%20you', report)).resolves.toBe(false);
    expect(report).toHaveBeenCalledWith(expect.stringContaining('mailto'), failure);
    expect(report.mock.calls[0]![0]).not.toContain('Dear');
  });
});

describe('navigation guards (faked electron module)', () => {
  beforeEach(resetFakeElectron);

  it('prevents will-navigate', () => {
    const event = navigation('app://thankful/elsewhere.html');
    guarded().emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('prevents main-frame navigation and opens an allowed https link in the browser instead', async () => {
    const contents = guarded();
    const frameEvent = navigation('https://example.com/job');
    const mainEvent = navigation('https://example.com/job');
    // Electron's order: will-frame-navigate, then will-navigate for the main frame.
    contents.emit('will-frame-navigate', frameEvent);
    contents.emit('will-navigate', mainEvent);
    await settle();
    expect(frameEvent.preventDefault).toHaveBeenCalled();
    expect(mainEvent.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/job');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com/'])('prevents navigation to %s and does not open it', async (url) => {
    const contents = guarded();
    const event = navigation(url);
    contents.emit('will-frame-navigate', event);
    contents.emit('will-navigate', navigation(url));
    await settle();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents sub-frame navigation and opens nothing for it', async () => {
    const event = navigation('https://example.com/', false);
    guarded().emit('will-frame-navigate', event);
    await settle();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents will-redirect and will-attach-webview', () => {
    const contents = guarded();
    const redirect = navigation('https://example.com/');
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-redirect', redirect);
    contents.emit('will-attach-webview', webview, {}, { src: 'https://example.com/' });
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open, sending only allowed URLs to the OS', async () => {
    const contents = guarded();
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://thankful/index.html' })).toEqual({ action: 'deny' });
    await settle();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });
});

describe('permission guards (faked electron module)', () => {
  beforeEach(resetFakeElectron);

  it('denies every permission request and check', () => {
    const target = new FakeSession();
    guardSession(target as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      target.permissionRequestHandler!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(target.permissionCheckHandler!({}, permission, 'app://thankful', {})).toBe(false);
    }
  });

  it('lets the page download only the files it made itself (exports), never a URL from elsewhere', () => {
    const target = new FakeSession();
    guardSession(target as unknown as Session);
    const download = (url: string) => {
      const event = { preventDefault: vi.fn() };
      target.emit('will-download', event, { getURL: () => url });
      return event.preventDefault.mock.calls.length === 0;
    };
    expect(download('blob:app://thankful/5f0c2a1e-8d7b-4c1e-9a55-0e6b1d2c3f4a')).toBe(true);
    // Guarded again (each web contents of the session does it): still one listener.
    guardSession(target as unknown as Session);
    expect(target.listenerCount('will-download')).toBe(1);
    for (const url of ['https://evil.example/x.exe', 'blob:https://evil.example/1', 'blob:app://thankful.evil/1', 'file:///etc/passwd', 'data:text/plain,hi']) {
      expect(download(url), url).toBe(false);
    }
  });

  it('guards the default session, every new session and every new web contents', () => {
    installSecurityGuards(vi.fn());
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();

    const later = new FakeSession();
    app.emit('session-created', later);
    expect(later.permissionCheckHandler?.()).toBe(false);

    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.session.permissionCheckHandler?.()).toBe(false);
  });
});
