import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './fake-electron';
import { defaultWindowState, fitWindowState, loadWindowState, parseWindowState, saveWindowState, trackWindowState, WINDOW_STATE_FILE } from './window-state';

vi.mock('electron', () => import('./fake-electron'));

const SCREEN = [{ x: 0, y: 0, width: 1920, height: 1040 }];
const DEFAULTS = { bounds: { width: 1100, height: 760 }, maximized: false };

describe('window state file (faked electron module)', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'thankful-state-'));
    file = path.join(dir, WINDOW_STATE_FILE);
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips size, position and maximized state', () => {
    saveWindowState(file, { bounds: { x: 200, y: 100, width: 1000, height: 700 }, maximized: true });
    expect(loadWindowState(file, SCREEN)).toEqual({ bounds: { x: 200, y: 100, width: 1000, height: 700 }, maximized: true });
    // Written atomically: no temporary file is left behind.
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('creates the folder when it does not exist yet (first start)', () => {
    const nested = path.join(dir, 'new', WINDOW_STATE_FILE);
    saveWindowState(nested, { bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false });
    expect(existsSync(nested)).toBe(true);
  });

  it('uses the defaults when the file is missing', () => {
    expect(loadWindowState(file, SCREEN)).toEqual(DEFAULTS);
  });

  it.each(['{ not json', '', 'null', '[]', '{"bounds":{"x":"0","y":0,"width":800,"height":600}}', '{"bounds":{"x":0,"y":0,"width":-5,"height":600}}', '{"bounds":{"x":1e308,"y":0,"width":800,"height":600}}'])(
    'uses the defaults for a corrupt file %j',
    (content) => {
      writeFileSync(file, content);
      expect(loadWindowState(file, SCREEN)).toEqual(DEFAULTS);
    },
  );

  it('uses the defaults when the saved rectangle is on a screen that is gone', () => {
    saveWindowState(file, { bounds: { x: 2500, y: 200, width: 1000, height: 700 }, maximized: false });
    expect(loadWindowState(file, SCREEN)).toEqual(DEFAULTS);
  });

  it('uses the defaults when only a sliver would be visible', () => {
    saveWindowState(file, { bounds: { x: 1900, y: 1000, width: 1000, height: 700 }, maximized: false });
    expect(loadWindowState(file, SCREEN)).toEqual(DEFAULTS);
  });

  it('keeps a rectangle on a second monitor that is still attached', () => {
    const twoScreens = [...SCREEN, { x: 1920, y: 0, width: 2560, height: 1400 }];
    saveWindowState(file, { bounds: { x: 2500, y: 200, width: 1000, height: 700 }, maximized: false });
    expect(loadWindowState(file, twoScreens).bounds).toEqual({ x: 2500, y: 200, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its screen and raises one below the minimum size', () => {
    const big = fitWindowState(parseWindowState({ bounds: { x: 0, y: 0, width: 5000, height: 3000 } }), SCREEN);
    expect(big.bounds).toMatchObject({ width: 1920, height: 1040 });
    const tiny = fitWindowState(parseWindowState({ bounds: { x: 10, y: 10, width: 200, height: 150 } }), SCREEN);
    expect(tiny.bounds).toMatchObject({ width: 720, height: 480 });
  });

  it('fits the default size to a small screen', () => {
    expect(defaultWindowState({ x: 0, y: 0, width: 1024, height: 600 }).bounds).toEqual({ width: 1024, height: 600 });
  });

  it('saves shortly after resizing or moving, and at once on close', () => {
    vi.useFakeTimers();
    const win = new FakeBrowserWindow({ x: 10, y: 20, width: 900, height: 650 });
    trackWindowState(win, file, { debounceMs: 300 });

    win.emit('resize');
    win.emit('move');
    expect(existsSync(file)).toBe(false);
    vi.advanceTimersByTime(300);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ bounds: { x: 10, y: 20, width: 900, height: 650 }, maximized: false });

    win.bounds = { x: 50, y: 60, width: 1000, height: 700 };
    win.maximized = true;
    win.close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ bounds: { x: 50, y: 60, width: 1000, height: 700 }, maximized: true });
  });

  it('reports a failed save instead of crashing', () => {
    const onError = vi.fn();
    const win = new FakeBrowserWindow({});
    // A file where the folder should be: mkdir fails.
    writeFileSync(path.join(dir, 'blocker'), '');
    trackWindowState(win, path.join(dir, 'blocker', WINDOW_STATE_FILE), { onError });
    expect(() => win.close()).not.toThrow();
    expect(onError).toHaveBeenCalled();
  });
});
