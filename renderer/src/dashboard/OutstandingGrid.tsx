import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AppError, OutstandingItem, OutstandingSort } from '../../../shared';
import { useMediaQuery } from '../lib/use-media-query';
import { Icon } from '../ui/Icon';
import type { DashboardView } from './dashboard-view';
import { isTypingTarget, rowCommand } from './keys';
import { OutstandingRow, type RowAction } from './OutstandingRow';

/** Start reading the next page this many rows before the end of what is loaded. */
const LOAD_AHEAD = 30;
const ROW_HEIGHT = 60;
const STACKED_ROW_HEIGHT = 118;
/** Where rows stack (dashboard.css has the same breakpoint). */
const NARROW = '(max-width: 1000px)';

interface Props {
  items: OutstandingItem[];
  total: number;
  view: DashboardView;
  now: Date;
  selected: ReadonlySet<number>;
  canLoadMore: boolean;
  loadingMore: boolean;
  moreError: AppError | null;
  onLoadMore(): void;
  onSort(sort: OutstandingSort): void;
  onToggle(id: number): void;
  onSelectAll(): void;
  onClearSelection(): void;
  onAction(action: RowAction, item: OutstandingItem): void;
  /** The grid's accessible name comes from this element. */
  labelledBy: string;
}

/** Columns and the sorts their headers offer; the person column sorts by name or by company. */
const COLUMNS: { sorts: { sort: OutstandingSort; label: string }[]; label: string; className: string }[] = [
  { sorts: [{ sort: 'person', label: 'Person' }, { sort: 'company', label: 'Company' }], label: 'Person', className: 'dc-person' },
  { sorts: [{ sort: 'kind', label: 'Kind' }], label: 'Kind', className: 'dc-kind' },
  { sorts: [{ sort: 'occasion', label: 'Occasion' }], label: 'Occasion', className: 'dc-occasion' },
  { sorts: [{ sort: 'due', label: 'Due' }], label: 'Due', className: 'dc-due' },
  { sorts: [{ sort: 'status', label: 'Status' }], label: 'Status', className: 'dc-status' },
  { sorts: [], label: 'Actions', className: 'dc-actions' },
];

/**
 * The outstanding thank-yous as an ARIA grid that renders only the rows in view (plus the active
 * one, so focus is never lost to a row scrolled away). Rows are read page by page as the list
 * scrolls. One row is active: ↑/↓ move it, and the row's shortcuts act on it.
 */
export function OutstandingGrid(props: Props) {
  const { items, total, view, now, selected, canLoadMore, loadingMore, moreError, onLoadMore, onSort, onToggle, onSelectAll, onClearSelection, onAction, labelledBy } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const narrow = useMediaQuery(NARROW);
  const [active, setActive] = useState<{ id: number | null; index: number }>({ id: null, index: 0 });
  // Focus follows the active row after a keyboard move (set just before the move).
  const focusPending = useRef(false);
  // Whether the user was last working in the grid (a dialog opened from it counts), so that
  // when their row leaves the list (marked sent), focus goes to the next one, not to the page.
  const workingInGrid = useRef(false);

  const activeIndex = useMemo(() => {
    if (items.length === 0) return -1;
    const found = active.id === null ? -1 : items.findIndex((item) => item.thankYouId === active.id);
    return found >= 0 ? found : Math.min(active.index, items.length - 1);
  }, [items, active]);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh on every render, never memoized
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (narrow ? STACKED_ROW_HEIGHT : ROW_HEIGHT),
    getItemKey: (index) => items[index]?.thankYouId ?? index,
    overscan: 6,
    rangeExtractor,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastRendered = virtualizer.range?.endIndex ?? 0;

  useEffect(() => virtualizer.measure(), [narrow, virtualizer]);

  useEffect(() => {
    if (canLoadMore && !loadingMore && !moreError && lastRendered >= items.length - LOAD_AHEAD) onLoadMore();
  }, [canLoadMore, loadingMore, moreError, lastRendered, items.length, onLoadMore]);

  const focusRow = useCallback((index: number) => {
    gridRef.current?.querySelector<HTMLElement>(`[data-outstanding-row][data-index="${index}"]`)?.focus({ preventScroll: true });
  }, []);

  // After a keyboard move, or when the row being worked on left the list: focus the active row.
  useLayoutEffect(() => {
    if (activeIndex < 0) return;
    const lost = workingInGrid.current && (document.activeElement === document.body || document.activeElement === null);
    if (!focusPending.current && !lost) return;
    focusPending.current = false;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    focusRow(activeIndex);
  }, [activeIndex, items, virtualizer, focusRow]);

  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as Element | null;
      if (gridRef.current?.contains(target)) workingInGrid.current = true;
      else if (!target?.closest('dialog')) workingInGrid.current = false;
    };
    // j/k (or ↑/↓) with nothing focused: into the list, on its active row.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target !== document.body && !(target instanceof HTMLElement && target.id === 'main')) return;
      if (!['j', 'k', 'ArrowDown', 'ArrowUp'].includes(event.key) || activeIndex < 0) return;
      event.preventDefault();
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
      focusRow(activeIndex);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [activeIndex, virtualizer, focusRow]);

  const activate = useCallback((index: number) => setActive({ id: items[index]?.thankYouId ?? null, index }), [items]);

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(items.length - 1, index));
    if (next === activeIndex) {
      // Already there (first or last row): keep it in view and focused all the same.
      virtualizer.scrollToIndex(next, { align: 'auto' });
      focusRow(next);
      return;
    }
    focusPending.current = true;
    setActive({ id: items[next]?.thankYouId ?? null, index: next });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.defaultPrevented || isTypingTarget(event.target)) return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-outstanding-row]');
    if (!row) return;
    const command = rowCommand(event);
    if (!command) return;
    const onRow = event.target === row;
    // Enter and Space belong to the button, link or checkbox that has focus.
    if (!onRow && (event.key === 'Enter' || event.key === ' ')) return;
    const item = items[activeIndex];
    if (!item) return;
    switch (command.type) {
      case 'move':
        moveTo(activeIndex + command.by);
        if (command.by > 0 && activeIndex + command.by >= items.length && canLoadMore) onLoadMore();
        break;
      case 'first':
        moveTo(0);
        break;
      case 'last':
        moveTo(items.length - 1);
        break;
      case 'select':
        onToggle(item.thankYouId);
        break;
      case 'select-all':
        onSelectAll();
        break;
      case 'clear-selection':
        if (selected.size === 0) return;
        onClearSelection();
        break;
      default:
        onAction(command.type, item);
    }
    event.preventDefault();
  }

  const loadedIds = items.map((item) => item.thankYouId);
  const selectedLoaded = loadedIds.filter((id) => selected.has(id)).length;
  const allSelected = items.length > 0 && selectedLoaded === items.length;

  return (
    <div
      ref={gridRef}
      role="grid"
      className="outstanding-grid"
      aria-labelledby={labelledBy}
      aria-rowcount={total + 1}
      aria-colcount={COLUMNS.length + 1}
      aria-multiselectable="true"
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="dash-row head-row">
          <div role="columnheader" className="dash-cell dc-select">
            <SelectAllBox
              checked={allSelected}
              indeterminate={selectedLoaded > 0 && !allSelected}
              label={allSelected ? 'Unselect all' : `Select all ${items.length} loaded`}
              onChange={() => (allSelected ? onClearSelection() : onSelectAll())}
            />
            <span className="select-all-label" aria-hidden="true">
              Select all
            </span>
          </div>
          {COLUMNS.map((column) => {
            const sorted = column.sorts.some(({ sort }) => sort === view.sort);
            return (
              <div
                key={column.label}
                role="columnheader"
                className={`dash-cell ${column.className}`}
                aria-sort={sorted ? (view.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {column.sorts.length === 0 && <span className="visually-hidden">{column.label}</span>}
                {column.sorts.length > 0 && (
                  <span className="sort-buttons">
                    {column.sorts.map(({ sort, label }, index) => {
                      const on = view.sort === sort;
                      return (
                        <span key={sort} className="sort-choice">
                          {index > 0 && (
                            <span className="sort-separator" aria-hidden="true">
                              ·
                            </span>
                          )}
                          <button
                            type="button"
                            className={on ? 'sort-button sorted' : 'sort-button'}
                            aria-pressed={column.sorts.length > 1 ? on : undefined}
                            title={on ? `Sorted by ${label.toLowerCase()}, ${view.direction === 'asc' ? 'ascending' : 'descending'}; click to reverse` : `Sort by ${label.toLowerCase()}`}
                            onClick={() => onSort(sort)}
                          >
                            {label}
                            {on && <Icon name={view.direction === 'asc' ? 'sort-asc' : 'sort-desc'} />}
                          </button>
                        </span>
                      );
                    })}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scrollRef} role="rowgroup" className="grid-viewport" onKeyDown={onKeyDown}>
        <div role="presentation" className="grid-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((virtualRow) => {
            const item = items[virtualRow.index]!;
            return (
              <OutstandingRow
                key={virtualRow.key}
                item={item}
                dataIndex={virtualRow.index}
                rowIndex={virtualRow.index + 2}
                start={virtualRow.start}
                measureRef={virtualizer.measureElement}
                now={now}
                active={virtualRow.index === activeIndex}
                selected={selected.has(item.thankYouId)}
                onActivate={activate}
                onToggle={onToggle}
                onAction={onAction}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

function SelectAllBox({ checked, indeterminate, label, onChange }: { checked: boolean; indeterminate: boolean; label: string; onChange(): void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <input ref={ref} type="checkbox" checked={checked} aria-label={label} title={label} onChange={onChange} />;
}
