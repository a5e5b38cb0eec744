import type { AppError, Result } from '../../../shared';

/** The most rows one list call may ask for (every list procedure's `limit` is at most 500). */
export const MAX_PAGE_LIMIT = 500;

/** One answer of a list procedure. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** A page to ask for: `limit` rows from `offset`. */
export interface PageRequest {
  offset: number;
  limit: number;
}

/** What the screen shows: the same three states as `useQuery`, so `QueryState` renders it. */
export type ListView<T> = { status: 'loading' } | { status: 'loaded'; items: T[]; total: number } | { status: 'failed'; error: AppError };

export interface PagedListState<T> {
  view: ListView<T>;
  /** The read whose answers count; an answer of any other read is stale and dropped. */
  request: number;
  /** How many rows a reload reads again: one page for a new input, grown by each "load more". */
  wanted: number;
  /** A (re)load runs; the rows already shown stay meanwhile. */
  refreshing: boolean;
  /** The next page is on its way. */
  loadingMore: boolean;
  /** Loading the next page failed; the rows already shown stay. */
  moreError: AppError | null;
}

export type PagedListAction<T> =
  /** A read of the first `wanted` rows starts: for a new input (`wanted` is one page) or a reload (`wanted` unchanged). */
  | { type: 'load'; request: number; wanted?: number }
  | { type: 'loaded'; request: number; result: Result<Page<T>> }
  /** The next page starts, within the read `request`. */
  | { type: 'more'; request: number }
  | { type: 'moreLoaded'; request: number; result: Result<Page<T>> };

export function initialPagedList<T>(pageSize: number): PagedListState<T> {
  return { view: { status: 'loading' }, request: 0, wanted: pageSize, refreshing: true, loadingMore: false, moreError: null };
}

/** Whether "load more" may start now: rows are shown, more exist, and nothing else is reading. */
export function canLoadMore<T>(state: PagedListState<T>): boolean {
  return state.view.status === 'loaded' && state.view.items.length < state.view.total && !state.refreshing && !state.loadingMore;
}

/** The page "load more" asks for: the next `pageSize` rows after those shown. */
export function nextPage<T>(state: PagedListState<T>, pageSize: number): PageRequest {
  return { offset: state.view.status === 'loaded' ? state.view.items.length : 0, limit: clampLimit(pageSize) };
}

/**
 * How the list moves from one state to the next. A new read supersedes everything in flight:
 * answers carry the read they belong to, and any but the current one are ignored.
 */
export function pagedListReducer<T>(state: PagedListState<T>, action: PagedListAction<T>, idOf: (item: T) => unknown): PagedListState<T> {
  switch (action.type) {
    case 'load':
      return { ...state, request: action.request, wanted: action.wanted ?? state.wanted, refreshing: true, loadingMore: false, moreError: null };
    case 'loaded': {
      if (action.request !== state.request) return state;
      const { result } = action;
      const view: ListView<T> = result.ok ? { status: 'loaded', items: dedupe(result.value.items, idOf), total: result.value.total } : { status: 'failed', error: result.error };
      return { ...state, view, refreshing: false };
    }
    case 'more':
      if (action.request !== state.request || !canLoadMore(state)) return state;
      return { ...state, loadingMore: true, moreError: null };
    case 'moreLoaded': {
      if (action.request !== state.request || !state.loadingMore || state.view.status !== 'loaded') return state;
      const { result } = action;
      if (!result.ok) return { ...state, loadingMore: false, moreError: result.error };
      const items = dedupe([...state.view.items, ...result.value.items], idOf);
      return { ...state, view: { status: 'loaded', items, total: result.value.total }, wanted: Math.max(state.wanted, items.length), loadingMore: false };
    }
  }
}

/** The pages that read the first `count` rows again, none larger than the contract allows. */
export function pagesToReload(count: number): PageRequest[] {
  const pages: PageRequest[] = [];
  for (let offset = 0; offset < Math.max(count, 1); offset += MAX_PAGE_LIMIT) pages.push({ offset, limit: Math.min(MAX_PAGE_LIMIT, Math.max(count, 1) - offset) });
  return pages;
}

/**
 * Reads `pages` one after the other into one answer. Stops early when the list turns out shorter,
 * and gives up (`null`) as soon as `isStale` says a newer read took over.
 */
export async function readPages<T>(pages: PageRequest[], fetchPage: (page: PageRequest) => Promise<Result<Page<T>>>, isStale: () => boolean): Promise<Result<Page<T>> | null> {
  const items: T[] = [];
  let total = 0;
  for (const page of pages) {
    const result = await fetchPage(page);
    if (isStale()) return null;
    if (!result.ok) return result;
    items.push(...result.value.items);
    total = result.value.total;
    if (result.value.items.length < page.limit || items.length >= total) break;
  }
  return { ok: true, value: { items, total } };
}

function clampLimit(limit: number): number {
  return Math.min(MAX_PAGE_LIMIT, Math.max(1, Math.floor(limit)));
}

/** Rows can shift between pages when something is added or removed meanwhile; show each once. */
function dedupe<T>(items: T[], idOf: (item: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const id = idOf(item);
    return !seen.has(id) && (seen.add(id), true);
  });
}
