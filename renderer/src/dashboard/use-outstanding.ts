import { useCallback, useEffect, useRef, useState } from 'react';
import { topicsRead, type AppError, type OutstandingItem } from '../../../shared';
import { useClient } from '../api/client-context';
import { fetchPages } from '../lib/fetch-pages';
import type { DashboardView } from './dashboard-view';

export const PAGE_SIZE = 100;
/** The contract's largest page; a refresh after scrolling re-reads in chunks of this. */

export type OutstandingState =
  | { status: 'loading' }
  | { status: 'loaded'; items: OutstandingItem[]; total: number; key: string }
  | { status: 'failed'; error: AppError };

export interface Outstanding {
  state: OutstandingState;
  /** True while a new query or a refresh runs; the previous rows stay on screen meanwhile. */
  refreshing: boolean;
  loadingMore: boolean;
  /** Loading the next page failed; the rows already shown stay. */
  moreError: AppError | null;
  loadMore(): void;
  reload(): void;
}

function toInput(view: DashboardView) {
  const text = view.text.trim();
  return {
    sort: view.sort,
    direction: view.direction,
    statuses: view.statuses,
    overdueOnly: view.overdueOnly,
    ...(view.kinds.length ? { kinds: view.kinds } : {}),
    ...(text ? { text } : {}),
  };
}

/**
 * The outstanding thank-yous as SQLite sorts, filters and pages them: the first page, then the
 * next ones as the list scrolls. When the backend announces a change, every row already loaded
 * is read again, so the list neither jumps back to the top nor shows stale rows.
 */
export function useOutstanding(view: DashboardView): Outstanding {
  const client = useClient();
  const [state, setState] = useState<OutstandingState>({ status: 'loading' });
  const [refreshing, setRefreshing] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<AppError | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const key = JSON.stringify(toInput(view));
  // How many rows the user has scrolled to; survives refreshes, reset by a new query.
  const wanted = useRef({ key, count: PAGE_SIZE });
  const requestId = useRef(0);

  useEffect(() => {
    // One change announces several topics; read again once for the lot.
    let scheduled: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = client.onEvent((event) => {
      if (!topicsRead('dashboard.outstanding').includes(event.topic) || scheduled !== undefined) return;
      scheduled = setTimeout(() => {
        scheduled = undefined;
        reload();
      }, 0);
    });
    return () => {
      clearTimeout(scheduled);
      unsubscribe();
    };
  }, [client, reload]);

  useEffect(() => {
    const id = ++requestId.current;
    if (wanted.current.key !== key) wanted.current = { key, count: PAGE_SIZE };
    const count = wanted.current.count;
    const input = JSON.parse(key) as ReturnType<typeof toInput>;
    void Promise.resolve().then(() => {
      if (id !== requestId.current) return;
      setRefreshing(true);
      setMoreError(null);
    });
    void (async () => {
      const result = await fetchPages(count, (limit, offset) => client.call('dashboard.outstanding', { ...input, limit, offset }), () => id !== requestId.current);
      if ('stale' in result) return;
      if (result.ok) setState({ status: 'loaded', items: dedupe(result.items), total: result.total, key });
      else setState({ status: 'failed', error: result.error });
      setRefreshing(false);
    })();
  }, [client, key, generation]);

  const loadMore = useCallback(() => {
    if (state.status !== 'loaded' || loadingMore || state.items.length >= state.total) return;
    const id = requestId.current;
    const { items, key: shownKey } = state;
    const input = JSON.parse(shownKey) as ReturnType<typeof toInput>;
    setLoadingMore(true);
    setMoreError(null);
    void client.call('dashboard.outstanding', { ...input, limit: PAGE_SIZE, offset: items.length }).then((result) => {
      setLoadingMore(false);
      // A refresh or a new query started meanwhile: its answer wins.
      if (id !== requestId.current) return;
      if (!result.ok) {
        setMoreError(result.error);
        return;
      }
      const next = dedupe([...items, ...result.value.items]);
      wanted.current = { key: shownKey, count: next.length };
      setState({ status: 'loaded', items: next, total: result.value.total, key: shownKey });
    });
  }, [client, state, loadingMore]);

  return { state, refreshing, loadingMore, moreError, loadMore, reload };
}

/** Rows can shift between pages when something changes meanwhile; show each thank-you once. */
function dedupe(items: OutstandingItem[]): OutstandingItem[] {
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.thankYouId) && (seen.add(item.thankYouId), true));
}
