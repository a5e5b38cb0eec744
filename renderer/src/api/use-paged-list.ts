import { useCallback, useEffect, useRef, useState } from 'react';
import { topicsRead, type AppError, type ProcedureInput, type ProcedureName, type ProcedureOutput, type Result } from '../../../shared';
import { useChangeEvents } from './use-change-events';
import { useClient } from './client-context';
import { canLoadMore, initialPagedList, nextPage, pagedListReducer, pagesToReload, readPages, type ListView, type Page, type PageRequest, type PagedListAction } from './paged-list';

/** The list procedures: they take `limit` and `offset` and answer `{ items, total }`. */
export type PagedProcedure = {
  [N in ProcedureName]: ProcedureOutput<N> extends Page<unknown> ? ('limit' | 'offset' extends keyof NonNullable<ProcedureInput<N>> ? N : never) : never;
}[ProcedureName];
export type PagedItem<N extends PagedProcedure> = ProcedureOutput<N>['items'][number];
/** What the screen chooses (filters, sort, search); the hook adds `limit` and `offset`. */
export type PagedInput<N extends PagedProcedure> = Omit<NonNullable<ProcedureInput<N>>, 'limit' | 'offset'>;

export interface PagedListOptions<T> {
  /** Rows in the first page and in each "load more" (at most 500). */
  pageSize: number;
  /** The field that identifies a row, so a row that moved between pages is shown once. */
  id: keyof T;
}

export interface PagedList<T> {
  /** Loading (first read only), loaded or failed, as `QueryState` shows them. */
  state: ListView<T>;
  /** True while a new input or a reload is read; the previous rows stay on screen meanwhile. */
  refreshing: boolean;
  loadingMore: boolean;
  /** Loading the next page failed; the rows already shown stay, and `loadMore` tries again. */
  moreError: AppError | null;
  /** More rows exist and nothing else is being read: `loadMore` would start now. */
  canLoadMore: boolean;
  /** Appends the next page (from the number of rows shown). */
  loadMore(): void;
  /** Reads the rows shown again (as many as are shown, 500 at a time). */
  reload(): void;
}

/**
 * One list as its procedure filters, sorts and pages it: the first page, then "load more" pages
 * appended by offset. A new input reads the first page again; a change event on a topic the contract says the procedure
 * reads (a burst of them counts once) reads again every row shown, so the list neither jumps back to the first
 * page nor shows stale rows. Answers of a read that a newer one replaced are ignored.
 */
export function usePagedList<N extends PagedProcedure>(method: N, input: PagedInput<N>, options: PagedListOptions<PagedItem<N>>): PagedList<PagedItem<N>> {
  type T = PagedItem<N>;
  const client = useClient();
  const { pageSize, id } = options;
  const [state, setState] = useState(() => initialPagedList<T>(pageSize));
  // The same state, readable at once by the callbacks below (`state` is the last one rendered).
  const current = useRef(state);
  // The newest read: a read whose number is no longer this one stops and is ignored.
  const latest = useRef(0);
  // The input of the rows shown (or being read), as JSON.
  const shownKey = useRef<string | null>(null);
  const inputKey = JSON.stringify(input);

  const apply = useCallback(
    (action: PagedListAction<T>) => {
      current.current = pagedListReducer(current.current, action, (item) => item[id]);
      setState(current.current);
    },
    [id],
  );

  const fetchPage = useCallback(
    (key: string, page: PageRequest) => {
      const call = client.call as (m: N, i: ProcedureInput<N>) => Promise<Result<Page<T>>>;
      return call(method, { ...(JSON.parse(key) as PagedInput<N>), ...page } as ProcedureInput<N>);
    },
    [client, method],
  );

  /** Reads the first `wanted` rows (default: as many as are shown) of the list for `key`. */
  const read = useCallback(
    (key: string, wanted?: number) => {
      const request = ++latest.current;
      shownKey.current = key;
      // Applied after the effect that started the read, not synchronously inside it.
      void Promise.resolve().then(async () => {
        if (request !== latest.current) return;
        apply({ type: 'load', request, wanted });
        const result = await readPages(pagesToReload(current.current.wanted), (page) => fetchPage(key, page), () => request !== latest.current);
        if (result) apply({ type: 'loaded', request, result });
      });
    },
    [apply, fetchPage],
  );

  const reload = useCallback(() => {
    if (shownKey.current !== null) read(shownKey.current);
  }, [read]);

  // Unmounted or replaced by a new input: whatever is in flight is stale.
  const stop = useCallback(() => void latest.current++, []);

  // The only place a new input is read: once on mount, then once per change of input.
  useEffect(() => {
    read(inputKey, pageSize);
    return stop;
  }, [read, stop, inputKey, pageSize]);

  useChangeEvents(topicsRead(method), reload);

  const loadMore = useCallback(() => {
    const before = current.current;
    const key = shownKey.current;
    if (key === null || !canLoadMore(before)) return;
    const { request } = before;
    apply({ type: 'more', request });
    void fetchPage(key, nextPage(before, pageSize)).then((result) => apply({ type: 'moreLoaded', request, result }));
  }, [apply, fetchPage, pageSize]);

  return { state: state.view, refreshing: state.refreshing, loadingMore: state.loadingMore, moreError: state.moreError, canLoadMore: canLoadMore(state), loadMore, reload };
}
