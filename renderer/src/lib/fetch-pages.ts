import type { AppError, Result } from '../../../shared';

/** The most rows one list call may ask for (the contract's limit). */
export const MAX_PAGE_LIMIT = 500;

export type PagesResult<T> = { ok: true; items: T[]; total: number } | { ok: false; error: AppError } | { ok: false; stale: true };

/**
 * Reads the first `count` rows of a paged list, a page of up to 500 at a time, so a list that
 * had loaded several pages is re-read whole after a change. Stops early when the list is shorter,
 * and gives up (stale) as soon as `isStale` says a newer request took over.
 */
export async function fetchPages<T>(
  count: number,
  fetchPage: (limit: number, offset: number) => Promise<Result<{ items: T[]; total: number }>>,
  isStale: () => boolean,
): Promise<PagesResult<T>> {
  const items: T[] = [];
  let total = 0;
  while (items.length < count) {
    const result = await fetchPage(Math.min(MAX_PAGE_LIMIT, count - items.length), items.length);
    if (isStale()) return { ok: false, stale: true };
    if (!result.ok) return { ok: false, error: result.error };
    items.push(...result.value.items);
    total = result.value.total;
    if (result.value.items.length === 0 || items.length >= total) break;
  }
  return { ok: true, items, total };
}
