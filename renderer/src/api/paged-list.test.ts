import { describe, expect, it } from 'vitest';
import type { AppError, Result } from '../../../shared';
import { canLoadMore, initialPagedList, MAX_PAGE_LIMIT, nextPage, pagedListReducer, pagesToReload, readPages, type Page, type PagedListAction, type PagedListState, type PageRequest } from './paged-list';

interface Row {
  id: number;
}

const rows = (from: number, count: number): Row[] => Array.from({ length: count }, (_, i) => ({ id: from + i }));
const ok = (items: Row[], total: number): Result<Page<Row>> => ({ ok: true, value: { items, total } });
const failure: AppError = { code: 'INTERNAL', message: 'The database is busy.' };
const reduce = (state: PagedListState<Row>, ...actions: PagedListAction<Row>[]) => actions.reduce((s, action) => pagedListReducer(s, action, (row) => row.id), state);
const ids = (state: PagedListState<Row>) => (state.view.status === 'loaded' ? state.view.items.map((row) => row.id) : state.view.status);

/** A list of 250 rows, the first page of 100 shown. */
const firstPageShown = () => reduce(initialPagedList<Row>(100), { type: 'load', request: 1, wanted: 100 }, { type: 'loaded', request: 1, result: ok(rows(1, 100), 250) });

describe('pagedListReducer', () => {
  it('shows the first page once it comes, and says that more exist', () => {
    const state = firstPageShown();
    expect(state.view).toMatchObject({ status: 'loaded', total: 250 });
    expect(ids(state)).toHaveLength(100);
    expect(state.refreshing).toBe(false);
    expect(canLoadMore(state)).toBe(true);
    expect(nextPage(state, 100)).toEqual({ offset: 100, limit: 100 });
  });

  it('appends the next page, each row once when rows shifted between pages', () => {
    let state = reduce(firstPageShown(), { type: 'more', request: 1 });
    expect(state.loadingMore).toBe(true);
    expect(canLoadMore(state)).toBe(false);
    // Someone was added at the top meanwhile: row 100 comes again at the start of the next page.
    state = reduce(state, { type: 'moreLoaded', request: 1, result: ok(rows(100, 100), 251) });
    expect(ids(state)).toEqual(rows(1, 199).map((row) => row.id));
    expect(state.view).toMatchObject({ total: 251 });
    expect(state.wanted).toBe(199);
    expect(state.loadingMore).toBe(false);
  });

  it('keeps the rows shown when "load more" fails, and offers it again', () => {
    let state = reduce(firstPageShown(), { type: 'more', request: 1 }, { type: 'moreLoaded', request: 1, result: { ok: false, error: failure } });
    expect(ids(state)).toHaveLength(100);
    expect(state.moreError).toEqual(failure);
    expect(state.loadingMore).toBe(false);
    expect(canLoadMore(state)).toBe(true);
    // Trying again clears the error while the page is on its way.
    state = reduce(state, { type: 'more', request: 1 });
    expect(state.moreError).toBeNull();
    state = reduce(state, { type: 'moreLoaded', request: 1, result: ok(rows(101, 100), 250) });
    expect(ids(state)).toHaveLength(200);
  });

  it('shows the error when the first read fails', () => {
    const state = reduce(initialPagedList<Row>(100), { type: 'load', request: 1, wanted: 100 }, { type: 'loaded', request: 1, result: { ok: false, error: failure } });
    expect(state.view).toEqual({ status: 'failed', error: failure });
    expect(state.refreshing).toBe(false);
  });

  it('ignores the answer of a read that a newer one replaced', () => {
    let state = reduce(initialPagedList<Row>(100), { type: 'load', request: 1, wanted: 100 }, { type: 'load', request: 2, wanted: 100 });
    state = reduce(state, { type: 'loaded', request: 1, result: ok(rows(1, 100), 250) });
    expect(state.view).toEqual({ status: 'loading' });
    expect(state.refreshing).toBe(true);
    state = reduce(state, { type: 'loaded', request: 2, result: ok(rows(501, 3), 3) });
    expect(ids(state)).toEqual([501, 502, 503]);
  });

  it('ignores a "load more" answer that arrives after a new input started', () => {
    let state = reduce(firstPageShown(), { type: 'more', request: 1 }, { type: 'load', request: 2, wanted: 100 });
    expect(state.loadingMore).toBe(false);
    state = reduce(state, { type: 'moreLoaded', request: 1, result: ok(rows(101, 100), 250) });
    expect(ids(state)).toHaveLength(100);
    expect(state.refreshing).toBe(true);
  });

  it('keeps the old rows on screen while a new input is read, and starts no "load more" meanwhile', () => {
    const state = reduce(firstPageShown(), { type: 'load', request: 2, wanted: 100 });
    expect(ids(state)).toHaveLength(100);
    expect(canLoadMore(state)).toBe(false);
    expect(reduce(state, { type: 'more', request: 2 })).toBe(state);
  });

  it('remembers how many rows were shown for a reload, and goes back to one page for a new input', () => {
    let state = firstPageShown();
    for (let page = 1; page <= 6; page++) state = reduce(state, { type: 'more', request: 1 }, { type: 'moreLoaded', request: 1, result: ok(rows(page * 100 + 1, 100), 1000) });
    expect(state.wanted).toBe(700);
    // A change event: the same input, read again as far as it was shown.
    state = reduce(state, { type: 'load', request: 2 });
    expect(state.wanted).toBe(700);
    expect(ids(state)).toHaveLength(700);
    // Another filter: one page.
    state = reduce(state, { type: 'load', request: 3, wanted: 100 });
    expect(state.wanted).toBe(100);
  });

  it('starts no "load more" when everything is shown', () => {
    const state = reduce(initialPagedList<Row>(100), { type: 'load', request: 1, wanted: 100 }, { type: 'loaded', request: 1, result: ok(rows(1, 3), 3) });
    expect(canLoadMore(state)).toBe(false);
    expect(reduce(state, { type: 'more', request: 1 })).toBe(state);
  });
});

describe('pagesToReload', () => {
  it('reads one page when no more than a page is shown', () => {
    expect(pagesToReload(100)).toEqual([{ offset: 0, limit: 100 }]);
    expect(pagesToReload(500)).toEqual([{ offset: 0, limit: 500 }]);
  });

  it('reads the rows shown in pages of at most the contract’s limit', () => {
    expect(pagesToReload(1234)).toEqual([
      { offset: 0, limit: 500 },
      { offset: 500, limit: 500 },
      { offset: 1000, limit: 234 },
    ]);
    for (const count of [501, 550, 999, 1000, 1001, 12_345]) {
      const pages = pagesToReload(count);
      expect(pages.every((page) => page.limit >= 1 && page.limit <= MAX_PAGE_LIMIT)).toBe(true);
      expect(pages.reduce((sum, page) => sum + page.limit, 0)).toBe(count);
    }
  });

  it('never asks "load more" for more than the contract allows', () => {
    expect(nextPage(firstPageShown(), 2000)).toEqual({ offset: 100, limit: MAX_PAGE_LIMIT });
  });
});

describe('readPages', () => {
  /** A list of `total` rows that answers like the backend. */
  const backend = (total: number) => {
    const asked: PageRequest[] = [];
    const fetchPage = async (page: PageRequest) => {
      asked.push(page);
      return ok(rows(page.offset + 1, Math.max(0, Math.min(page.limit, total - page.offset))), total);
    };
    return { asked, fetchPage };
  };

  it('reads 1,200 rows shown as three pages, in order, into one answer', async () => {
    const { asked, fetchPage } = backend(5000);
    const result = await readPages(pagesToReload(1200), fetchPage, () => false);
    expect(asked).toEqual([
      { offset: 0, limit: 500 },
      { offset: 500, limit: 500 },
      { offset: 1000, limit: 200 },
    ]);
    expect(result).toEqual(ok(rows(1, 1200), 5000));
  });

  it('stops when the list turned out shorter than the rows shown', async () => {
    const { asked, fetchPage } = backend(600);
    const result = await readPages(pagesToReload(1200), fetchPage, () => false);
    expect(asked).toHaveLength(2);
    expect(result).toEqual(ok(rows(1, 600), 600));
  });

  it('answers the first failure', async () => {
    const result = await readPages(pagesToReload(1200), async (page) => (page.offset === 0 ? ok(rows(1, 500), 5000) : { ok: false, error: failure }), () => false);
    expect(result).toEqual({ ok: false, error: failure });
  });

  it('gives up, with no answer, once a newer read took over', async () => {
    const { asked, fetchPage } = backend(5000);
    let stale = false;
    const result = await readPages(
      pagesToReload(1200),
      async (page) => {
        stale = true; // a new input arrives while the first page is on its way
        return fetchPage(page);
      },
      () => stale,
    );
    expect(result).toBeNull();
    expect(asked).toHaveLength(1);
  });
});
