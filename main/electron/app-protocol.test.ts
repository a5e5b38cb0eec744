import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared';
import { protocol, resetFakeElectron } from './fake-electron';
import { resolveUiFile } from '../ui-files/ui-files';
import { registerAppProtocol, serveAppRequest } from './app-protocol';

vi.mock('electron', () => import('./fake-electron'));

describe('app:// protocol (faked electron module)', () => {
  let root: string;
  let rendererDir: string;
  const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), rendererDir);

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'thankful-protocol-'));
    rendererDir = path.join(root, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Thankful</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(path.join(rendererDir, 'assets', 'data.bin'), 'x');
    writeFileSync(path.join(root, 'secret.txt'), 'TOP SECRET');
    // A sibling whose name starts like the renderer folder: a naive prefix check lets it through.
    mkdirSync(path.join(root, 'renderer-evil'));
    writeFileSync(path.join(root, 'renderer-evil', 'x.txt'), 'TOP SECRET');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  beforeEach(resetFakeElectron);

  it('registers a handler for the app scheme', async () => {
    registerAppProtocol(rendererDir);
    const handler = protocol.handlers.get('app')!;
    const response = await handler(new Request('app://thankful/index.html'));
    expect(response.status).toBe(200);
  });

  it.each(['app://thankful/', 'app://thankful/index.html'])('serves index.html for %s with the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Thankful</title>');
  });

  it('sets the content type by extension', async () => {
    expect((await get('app://thankful/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://thankful/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://thankful/assets/data.bin')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://thankful/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404, still with the CSP, for a missing file or a folder', async () => {
    for (const url of ['app://thankful/missing.js', 'app://thankful/assets', 'app://thankful/assets/']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it.each([
    'app://thankful/../secret.txt',
    'app://thankful/%2e%2e/secret.txt',
    'app://thankful/%2E%2E/secret.txt',
    'app://thankful/..%2fsecret.txt',
    'app://thankful/%2e%2e%2fsecret.txt',
    'app://thankful/assets/..%2f..%2fsecret.txt',
    'app://thankful/..%5csecret.txt',
    'app://thankful/%2e%2e%2frenderer-evil%2fx.txt',
    'app://thankful/%2fetc%2fpasswd',
    'app://thankful/index.html%00.js',
    'app://thankful/%E0%A4%A',
  ])('never serves anything outside the UI folder for %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('refuses traversal at the path level too (in case a URL reaches it un-normalised)', () => {
    expect(resolveUiFile(rendererDir, '/%2e%2e/secret.txt')).toBeUndefined();
    expect(resolveUiFile(rendererDir, '/../secret.txt')).toBeUndefined();
    expect(resolveUiFile(rendererDir, '/../renderer-evil/x.txt')).toBeUndefined();
    expect(resolveUiFile(rendererDir, '/')).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveUiFile(rendererDir, '/assets/app.js')).toBe(path.join(rendererDir, 'assets', 'app.js'));
  });

  it.each(['app://evil/index.html', 'app://thankful.evil/index.html', 'app://thankful:99/index.html'])(
    'refuses another host: %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(403);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://thankful/index.html', 'POST')).status).toBe(405);
  });
});
