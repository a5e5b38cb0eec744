import type { BackLinkProps } from '../ui/BackLink';

/** Where the editor leads back to when nothing better is known (a bookmark, a fresh window). */
export const EDITOR_BACK: BackLinkProps = { to: '/dashboard', label: 'Dashboard' };

/**
 * In the router's location state of a note opened from another note (the next one owed, a
 * duplicate): the page the first of them was opened from, so Back does not lead through the notes.
 */
export interface EditorCameFrom {
  editorFrom: string;
}

/** The page the editor leads back to, and the history step that returns to it (when it is in this window's history). */
export interface EditorOrigin {
  path: string;
  label: string;
  /** How many entries back it is (negative), or null to open it anew. */
  delta: number | null;
}

const NAMES: [RegExp, string][] = [
  [/^\/dashboard$/u, 'Dashboard'],
  [/^\/occasions\/\d+$/u, 'Occasion'],
  [/^\/occasions$/u, 'Occasions'],
  [/^\/people\/\d+$/u, 'Person'],
  [/^\/people$/u, 'People'],
  [/^\/opportunities\/\d+$/u, 'Opportunity'],
  [/^\/opportunities$/u, 'Opportunities'],
  [/^\/settings$/u, 'Settings'],
];

const isNote = (path: string) => /^\/thanks\//u.test(path);

/** The route of a `#/…` address, without its query. */
export function routeOf(url: string): string | null {
  const hash = url.indexOf('#');
  if (hash < 0) return null;
  const route = url.slice(hash + 1).replace(/[?].*$/u, '');
  return route.startsWith('/') ? route : null;
}

/** What the back link says for a page: its name, or "Back" for a page without one. */
export function originLabel(path: string): string {
  return NAMES.find(([pattern]) => pattern.test(path))?.[1] ?? 'Back';
}

/**
 * Where Back leads from the note: the page named in the location state (a note opened from a
 * note), else the nearest page before the notes in this window's history, else the dashboard.
 * `history` is the window's same-document history (URLs, oldest first) and the current entry's
 * index, where the browser tells them (the Navigation API); without it, only the state counts.
 */
export function editorOrigin(cameFrom: string | null, history: { urls: string[]; current: number } | null): EditorOrigin {
  const wanted = cameFrom !== null && !isNote(cameFrom) ? cameFrom : null;
  if (history) {
    for (let index = history.current - 1; index >= 0; index--) {
      const route = routeOf(history.urls[index] ?? '');
      if (route === null) break;
      if (isNote(route)) continue;
      if (wanted === null || route === wanted) return { path: route, label: originLabel(route), delta: index - history.current };
      break;
    }
  }
  if (wanted !== null) return { path: wanted, label: originLabel(wanted), delta: null };
  return { path: EDITOR_BACK.to, label: EDITOR_BACK.label, delta: null };
}

interface NavigationLike {
  entries(): { url: string | null }[];
  currentEntry: { index: number } | null;
}

/** The window's history as the Navigation API reports it (Chromium, Electron), or null. */
export function windowHistory(): { urls: string[]; current: number } | null {
  const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
  if (!navigation?.currentEntry) return null;
  return { urls: navigation.entries().map((entry) => entry.url ?? ''), current: navigation.currentEntry.index };
}
