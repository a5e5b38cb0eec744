import type { Ref } from 'react';
import type { OutstandingItem, OutstandingSort } from '../../../shared';
import type { PagedList } from '../api/use-paged-list';
import { useQuery } from '../api/use-query';
import { QueryState } from '../ui/QueryState';
import { activeFilters, clearFilters, hiddenText, isDefaultView, sortBy, unfilteredInput, type DashboardView } from './dashboard-view';
import type { BulkAction } from '../thank-yous/bulk-message';
import { OpenActions } from '../thank-yous/OpenActions';
import { NoMatches } from './EmptyStates';
import { OutstandingGrid } from './OutstandingGrid';
import type { RowAction } from './OutstandingRow';
import { OutstandingToolbar } from './OutstandingToolbar';

type Outstanding = PagedList<OutstandingItem>;

interface Props {
  outstanding: Outstanding;
  view: DashboardView;
  onViewChange(update: (view: DashboardView) => DashboardView): void;
  filterRef: Ref<HTMLInputElement>;
  now: Date;
  selected: ReadonlySet<number>;
  onToggle(id: number): void;
  onSelectAll(): void;
  onClearSelection(): void;
  onAction(action: RowAction, item: OutstandingItem): void;
  onBulk(action: BulkAction): void;
}

const thankYous = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'thank-you' : 'thank-yous'}`;

/** The card with the list: its filters, the bar for the selected rows, the grid and its states. */
export function OutstandingSection(props: Props) {
  const { outstanding, view, onViewChange, filterRef, now, selected, onToggle, onSelectAll, onClearSelection, onAction, onBulk } = props;
  const { state } = outstanding;
  const count = state.status === 'loaded' ? thankYous(state.total) : '';
  const filtered = !isDefaultView(view);

  return (
    <section className="card list-card outstanding-card" aria-labelledby="outstanding-title" aria-busy={outstanding.refreshing || undefined}>
      <div className="outstanding-head">
        <div className="outstanding-title-row">
          <h2 id="outstanding-title">To send</h2>
          <span className="count" aria-live="polite">
            {count}
          </span>
        </div>
        <OutstandingToolbar view={view} onChange={onViewChange} filterRef={filterRef} />
        {filtered && <FilterNote view={view} shown={state.status === 'loaded' ? state.total : null} onClear={() => onViewChange(clearFilters)} />}
      </div>
      {selected.size > 0 && <BulkBar count={selected.size} onBulk={onBulk} onClear={onClearSelection} />}
      <QueryState state={state} onRetry={outstanding.reload} failedText="The list could not be loaded.">
        {(loaded) =>
          loaded.items.length === 0 ? (
            <NoMatches />
          ) : (
            <>
              <OutstandingGrid
                items={loaded.items}
                total={loaded.total}
                view={view}
                now={now}
                selected={selected}
                canLoadMore={outstanding.canLoadMore}
                loadingMore={outstanding.loadingMore}
                moreError={outstanding.moreError}
                onLoadMore={outstanding.loadMore}
                onSort={(sort: OutstandingSort) => onViewChange((v) => sortBy(v, sort))}
                onToggle={onToggle}
                onSelectAll={onSelectAll}
                onClearSelection={onClearSelection}
                onAction={onAction}
                labelledBy="outstanding-title"
              />
              <ListFooter outstanding={outstanding} loaded={loaded.items.length} total={loaded.total} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/**
 * A remembered filter must not hide work unnoticed: while any is set, which ones, how many
 * thank-yous they hide, and one button that clears them all. Mounted only then, so the count
 * without filters is read only then.
 */
function FilterNote({ view, shown, onClear }: { view: DashboardView; shown: number | null; onClear(): void }) {
  const unfiltered = useQuery('dashboard.outstanding', unfilteredInput(view));
  const all = unfiltered.state.status === 'loaded' ? unfiltered.state.data.total : null;
  const filters = activeFilters(view);
  return (
    <div className="filter-note">
      <p aria-live="polite">
        {shown !== null && all !== null && <strong>{hiddenText(shown, all)}</strong>}
        {shown !== null && all !== null ? ': ' : 'Filtered by '}
        {filters.map((filter, index) => (
          <span key={filter}>
            {index > 0 && ', '}
            <bdi>{filter}</bdi>
          </span>
        ))}
        .
      </p>
      <button type="button" className="button compact" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}

function ListFooter({ outstanding, loaded, total }: { outstanding: Outstanding; loaded: number; total: number }) {
  if (outstanding.moreError) {
    return (
      <div className="list-footer error" role="alert">
        <span>More could not be loaded: {outstanding.moreError.message}</span>
        <button type="button" className="button compact" onClick={outstanding.loadMore}>
          Try again
        </button>
      </div>
    );
  }
  if (loaded >= total) return null;
  return (
    <div className="list-footer muted" aria-live="polite">
      {outstanding.loadingMore ? 'Loading more…' : `${loaded.toLocaleString()} of ${total.toLocaleString()} loaded; scroll for more.`}
    </div>
  );
}

function BulkBar({ count, onBulk, onClear }: { count: number; onBulk(action: BulkAction): void; onClear(): void }) {
  return (
    <div className="bulk-bar" role="region" aria-label="Selected thank-yous">
      <span className="bulk-count" aria-live="polite">
        <strong>{count}</strong> selected
      </span>
      <div className="bulk-actions">
        <OpenActions onAction={onBulk} />
        <button type="button" className="link-button" onClick={onClear}>
          Clear selection
        </button>
      </div>
    </div>
  );
}
