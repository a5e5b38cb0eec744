import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Rectangle } from 'electron';

/**
 * Size, position and maximized state of the main window, kept in a small JSON file next to
 * Electron's own data rather than in SQLite: the window must still open (and show the error
 * screen) when the database is damaged or locked.
 */
export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1100, height: 760 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;
/** How much of the window must be on a screen to count as reachable (enough to grab the title bar). */
const MIN_VISIBLE = { width: 120, height: 60 } as const;
/** Beyond this the file is nonsense, not a very large monitor. */
const MAX_COORDINATE = 100_000;

export interface WindowState {
  /** Undefined x/y lets Electron centre the window on the primary display. */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export interface SavedWindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** The saved state if the value has the right shape, else undefined. */
export function parseWindowState(value: unknown): SavedWindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bounds, maximized } = value as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null) return undefined;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  const sane = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_COORDINATE;
  if (!sane(x) || !sane(y) || !sane(width) || !sane(height) || width <= 0 || height <= 0) return undefined;
  return { bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) }, maximized: maximized === true };
}

/**
 * Where the window should open given the screens attached now. A rectangle saved on a monitor
 * that has since been unplugged would open the window out of reach, so it falls back to the
 * default centred size; a size too big for the screen it lands on is shrunk to fit.
 */
export function fitWindowState(saved: SavedWindowState | undefined, workAreas: readonly Rectangle[]): WindowState {
  const fallback = defaultWindowState(workAreas[0]);
  if (!saved) return fallback;
  const best = largestOverlap(saved.bounds, workAreas);
  if (!best || best.overlap.width < MIN_VISIBLE.width || best.overlap.height < MIN_VISIBLE.height) {
    return fallback;
  }
  const area = best.area;
  const width = clamp(saved.bounds.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(saved.bounds.height, Math.min(MIN_SIZE.height, area.height), area.height);
  const x = clamp(saved.bounds.x, area.x - width + MIN_VISIBLE.width, area.x + area.width - MIN_VISIBLE.width);
  const y = clamp(saved.bounds.y, area.y, area.y + area.height - MIN_VISIBLE.height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

export function defaultWindowState(primaryWorkArea?: Rectangle): WindowState {
  const width = primaryWorkArea ? Math.min(DEFAULT_SIZE.width, primaryWorkArea.width) : DEFAULT_SIZE.width;
  const height = primaryWorkArea ? Math.min(DEFAULT_SIZE.height, primaryWorkArea.height) : DEFAULT_SIZE.height;
  return { bounds: { width, height }, maximized: false };
}

/** Reads the file; a missing, unreadable or corrupt file simply means "use the defaults". */
export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let saved: SavedWindowState | undefined;
  try {
    saved = parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    saved = undefined;
  }
  return fitWindowState(saved, workAreas);
}

/** Writes a temporary file and renames it over the old one, so a crash never leaves half a file. */
export function saveWindowState(file: string, state: SavedWindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ bounds: state.bounds, maximized: state.maximized }, null, 2)}\n`);
  renameSync(temporary, file);
}

/** What the tracker needs of a window; a real BrowserWindow fits. */
export interface TrackedWindow {
  on(event: string, listener: () => void): unknown;
  isDestroyed(): boolean;
  isMaximized(): boolean;
  /** The bounds the window returns to when un-maximized, which is what should be reopened. */
  getNormalBounds(): Rectangle;
}

/**
 * Saves the state shortly after the user stops resizing or moving (not on every pixel), and
 * once more, synchronously, as the window closes so the last change is never lost.
 */
export function trackWindowState(win: TrackedWindow, file: string, options: { debounceMs?: number; onError?: (error: unknown) => void } = {}): void {
  const debounceMs = options.debounceMs ?? 500;
  const onError = options.onError ?? ((error) => console.error('[thankful] Could not save the window position:', error));
  let timer: ReturnType<typeof setTimeout> | undefined;

  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    try {
      saveWindowState(file, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (error) {
      onError(error);
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, schedule);
  win.on('close', save);
  win.on('closed', () => clearTimeout(timer));
}

function largestOverlap(rect: Rectangle, areas: readonly Rectangle[]): { area: Rectangle; overlap: { width: number; height: number } } | undefined {
  let best: { area: Rectangle; overlap: { width: number; height: number } } | undefined;
  for (const area of areas) {
    const width = Math.min(rect.x + rect.width, area.x + area.width) - Math.max(rect.x, area.x);
    const height = Math.min(rect.y + rect.height, area.y + area.height) - Math.max(rect.y, area.y);
    if (width <= 0 || height <= 0) continue;
    if (!best || width * height > best.overlap.width * best.overlap.height) best = { area, overlap: { width, height } };
  }
  return best;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
