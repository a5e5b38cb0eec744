import { useCallback, useEffect, useRef, useState } from 'react';
import { topicsRead, type AppError, type PeopleSort, type PersonSummary } from '../../../shared';
import { useClient } from '../api/client-context';
import { fetchPages } from '../lib/fetch-pages';

export const PAGE_SIZE = 100;
/** The contract's largest page; a refresh after "Show more" re-reads in chunks of this. */

export interface PeopleQuery {
  search: string;
  sort: PeopleSort;
  direction: 'asc' | 'desc';
  archived: 'active' | 'archived';
}

export type PeopleState =
  | { status: 'loading' }
  | { status: 'loaded'; items: PersonSummary[]; total: number; query: PeopleQuery }
  | { status: 'failed'; error: AppError };

interface Result {
  state: PeopleState;
  /** True while a new query or a refresh runs; the previous rows stay on screen meanwhile. */
  refreshing: boolean;
  loadingMore: boolean;
  loadMore(): void;
  reload(): void;
}

/**
 * One page of people as SQLite sorts and filters them, plus "Show more" pages appended by
 * offset. When the backend says people (or their thank-yous) changed, every row already shown
 * is read again so the list neither jumps back to the first page nor shows stale counts.
 */
export function usePeople(query: PeopleQuery): Result {
  const client = useClient();
  const [state, setState] = useState<PeopleState>({ status: 'loading' });
  const [refreshing, setRefreshing] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const queryKey = JSON.stringify(query);
  // How many rows the user has asked to see; survives refreshes, reset by a new query.
  const wanted = useRef({ key: queryKey, count: PAGE_SIZE });
  const requestId = useRef(0);

  useEffect(
    () => client.onEvent((event) => topicsRead('people.list').includes(event.topic) && reload()),
    [client, reload],
  );

  useEffect(() => {
    const id = ++requestId.current;
    const parsed = JSON.parse(queryKey) as PeopleQuery;
    if (wanted.current.key !== queryKey) wanted.current = { key: queryKey, count: PAGE_SIZE };
    const count = wanted.current.count;
    const search = parsed.search.trim();
    const base = { sort: parsed.sort, direction: parsed.direction, archived: parsed.archived, ...(search ? { search } : {}) };
    // Setting state from a resolved promise, not synchronously in the effect.
    void Promise.resolve().then(() => id === requestId.current && setRefreshing(true));
    void (async () => {
      const result = await fetchPages(count, (limit, offset) => client.call('people.list', { ...base, limit, offset }), () => id !== requestId.current);
      if ('stale' in result) return;
      if (result.ok) setState({ status: 'loaded', items: dedupe(result.items), total: result.total, query: parsed });
      else setState({ status: 'failed', error: result.error });
      setRefreshing(false);
    })();
  }, [client, queryKey, generation]);

  const loadMore = useCallback(() => {
    if (state.status !== 'loaded' || loadingMore) return;
    const id = requestId.current;
    const { query: shown, items } = state;
    const search = shown.search.trim();
    setLoadingMore(true);
    void client
      .call('people.list', {
        sort: shown.sort,
        direction: shown.direction,
        archived: shown.archived,
        ...(search ? { search } : {}),
        limit: PAGE_SIZE,
        offset: items.length,
      })
      .then((result) => {
        setLoadingMore(false);
        // A refresh or a new query started meanwhile: its answer wins.
        if (id !== requestId.current) return;
        if (!result.ok) {
          setState({ status: 'failed', error: result.error });
          return;
        }
        const next = dedupe([...items, ...result.value.items]);
        wanted.current = { key: JSON.stringify(shown), count: next.length };
        setState({ status: 'loaded', items: next, total: result.value.total, query: shown });
      });
  }, [client, state, loadingMore]);

  return { state, refreshing, loadingMore, loadMore, reload };
}

/** Rows can shift between pages when someone is added meanwhile; show each person once. */
function dedupe(items: PersonSummary[]): PersonSummary[] {
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.id) && (seen.add(item.id), true));
}
