import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, procedureNames, type Result } from '../../shared';
import { createBackend, type Backend } from '../backend/backend';
import { EventHub } from '../backend/events';
import { FakeBrowserWindow, ipcMain, resetFakeElectron } from './fake-electron';
import { isTrustedSender, registerIpc } from './ipc';

vi.mock('electron', () => import('./fake-electron'));

const TOP_FRAME = { parent: null, url: 'app://thankful/index.html#/people' };
const trusted = { senderFrame: TOP_FRAME };

type InvokeHandler = (event: unknown, method: unknown, input: unknown) => Promise<Result<unknown>>;
const invokeHandler = (): InvokeHandler => ipcMain.handlers.get(IPC_INVOKE_CHANNEL) as InvokeHandler;

function register(dispatch = vi.fn(async (): Promise<Result<unknown>> => ({ ok: true, value: 'done' })), events = new EventHub()) {
  const windows: FakeBrowserWindow[] = [];
  const dispose = registerIpc({ ipcMain: ipcMain as never, dispatch, events, getWindows: () => windows });
  return { dispatch, events, windows, dispose };
}

describe('IPC registration (faked electron module)', () => {
  beforeEach(resetFakeElectron);

  it('registers the single invoke channel exactly once, and every contract procedure dispatches through it', async () => {
    const { dispatch } = register();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, expect.any(Function));
    expect(procedureNames.length).toBeGreaterThan(0);
    for (const name of procedureNames) {
      await expect(invokeHandler()(trusted, name, { some: 'input' })).resolves.toEqual({ ok: true, value: 'done' });
      expect(dispatch).toHaveBeenLastCalledWith(name, { some: 'input' });
    }
    expect(dispatch).toHaveBeenCalledTimes(procedureNames.length);
  });

  it.each([
    ['a missing frame', { senderFrame: null }],
    ['a sub-frame', { senderFrame: { parent: TOP_FRAME, url: 'app://thankful/index.html' } }],
    ['another origin', { senderFrame: { parent: null, url: 'https://evil.example/index.html' } }],
    ['another host on our scheme', { senderFrame: { parent: null, url: 'app://evil/index.html' } }],
    ['a file: page', { senderFrame: { parent: null, url: 'file:///work/main/dist/renderer/index.html' } }],
    ['our host with a port', { senderFrame: { parent: null, url: 'app://thankful:8080/index.html' } }],
    ['an unparsable URL', { senderFrame: { parent: null, url: 'not a url' } }],
  ])('refuses %s with FORBIDDEN and never dispatches', async (_label, event) => {
    const { dispatch } = register();
    const result = await invokeHandler()(event, 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame cannot be read', () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(event)).toBe(false);
  });

  it('turns a throwing dispatcher into an INTERNAL result without a stack', async () => {
    const logError = vi.fn();
    const dispatch = vi.fn(async (): Promise<Result<unknown>> => {
      throw new Error('boom at /secret/path.ts:1');
    });
    registerIpc({ ipcMain: ipcMain as never, dispatch, events: new EventHub(), getWindows: () => [], logError });
    const result = await invokeHandler()(trusted, 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path.ts');
    expect(logError).toHaveBeenCalled();
  });

  it('forwards backend events to every live window and skips destroyed ones', () => {
    const { events, windows } = register();
    const live = new FakeBrowserWindow({});
    const closed = new FakeBrowserWindow({});
    closed.close();
    const crashed = new FakeBrowserWindow({});
    crashed.webContents.destroyed = true;
    windows.push(live, closed, crashed);

    events.publish({ topic: 'people.changed' });
    expect(live.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { topic: 'people.changed' });
    expect(closed.webContents.send).not.toHaveBeenCalled();
    expect(crashed.webContents.send).not.toHaveBeenCalled();
  });

  it('keeps telling other windows when sending to one throws', () => {
    const { events, windows } = register();
    const broken = new FakeBrowserWindow({});
    broken.webContents.send.mockImplementation(() => {
      throw new Error('Object has been destroyed');
    });
    const fine = new FakeBrowserWindow({});
    windows.push(broken, fine);
    events.publish({ topic: 'people.changed' });
    expect(fine.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('disposes: removes the handler and stops forwarding events', () => {
    const { events, windows, dispose } = register();
    const win = new FakeBrowserWindow({});
    windows.push(win);
    dispose();
    expect(ipcMain.handlers.has(IPC_INVOKE_CHANNEL)).toBe(false);
    events.publish({ topic: 'people.changed' });
    expect(win.webContents.send).not.toHaveBeenCalled();
  });
});

describe('IPC against the real backend dispatcher (faked electron module, real SQLite)', () => {
  let dataDir: string;
  let backend: Backend;
  beforeEach(() => {
    resetFakeElectron();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'thankful-ipc-'));
    backend = createBackend({ dataDir, appVersion: '0.0.0-test', shell: 'electron', logError: () => undefined });
    registerIpc({ ipcMain: ipcMain as never, dispatch: backend.dispatch, events: backend.events, getWindows: () => [] });
  });
  afterEach(() => {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers app.info through the channel', async () => {
    const result = await invokeHandler()(trusted, 'app.info', {});
    expect(result).toMatchObject({ ok: true, value: { name: 'Thankful', shell: 'electron', dataDir, database: { status: 'ok' } } });
  });

  it('reaches the dispatcher for every contract procedure (no procedure answers UNKNOWN_PROCEDURE)', async () => {
    for (const name of procedureNames) {
      const result = await invokeHandler()(trusted, name, undefined);
      if (!result.ok) expect(result.error.code, name).not.toBe('UNKNOWN_PROCEDURE');
    }
  });

  it('lets the dispatcher refuse an unknown procedure', async () => {
    const result = await invokeHandler()(trusted, 'people.dropAllTables', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
  });

  it('still refuses an untrusted sender before the real dispatcher runs', async () => {
    const result = await invokeHandler()({ senderFrame: { parent: null, url: 'https://example.com/' } }, 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
