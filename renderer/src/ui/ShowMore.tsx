import type { PagedList } from '../api/use-paged-list';
import './show-more.css';

/**
 * Below a list that has more than it shows: how many are shown, and a button for the next page.
 * When the next page could not be loaded, the reason and "Try again"; the rows shown stay.
 */
export function ShowMore({ list }: { list: PagedList<unknown> }) {
  const { state, loadingMore, moreError, canLoadMore, loadMore } = list;
  if (state.status !== 'loaded') return null;
  if (moreError) {
    return (
      <div className="list-more error" role="alert">
        <span>More could not be loaded: {moreError.message}</span>
        <button type="button" className="button" onClick={loadMore} disabled={!canLoadMore}>
          Try again
        </button>
      </div>
    );
  }
  if (state.items.length >= state.total) return null;
  return (
    <div className="list-more">
      <span className="muted">
        Showing {state.items.length} of {state.total}
      </span>
      <button type="button" className="button" onClick={loadMore} disabled={!canLoadMore}>
        {loadingMore ? 'Loading…' : 'Show more'}
      </button>
    </div>
  );
}
