import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent as ReactFocusEvent, type KeyboardEvent } from 'react';
import type { AppError, OutstandingItem, OutstandingSort } from '../../../shared';
import { useMediaQuery } from '../lib/use-media-query';
import { Icon } from '../ui/Icon';
import type { DashboardView } from './dashboard-view';
import { activeInHeader, activeOnFocus, activeOnRow, activeRowIndex, gridMove, isMoveCommand, stepAlong, type Active, type GridMove } from './grid-moves';
import { isTypingTarget, rowCommand } from './keys';
import { OutstandingRow, ROW_STOP, type GridStop, type RowAction } from './OutstandingRow';

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

/**
 * Columns after the selection box, and the sort each header offers (sorting by company or kind is
 * in the toolbar's "Sort by"). The kind has no column: the occasion cell names it.
 */
const COLUMNS: { sort: OutstandingSort | null; label: string; className: string }[] = [
  { sort: 'person', label: 'Person', className: 'dc-person' },
  { sort: 'occasion', label: 'Occasion', className: 'dc-occasion' },
  { sort: 'due', label: 'Due', className: 'dc-due' },
  { sort: 'status', label: 'Status', className: 'dc-status' },
  { sort: null, label: 'Actions', className: 'dc-actions' },
];

const readStop = (element: Element): GridStop | null => {
  const cell = element.getAttribute('data-cell');
  return cell === null ? null : { cell: Number(cell), sub: Number(element.getAttribute('data-sub') ?? 0) };
};

/** The keyboard stops of a row (the row itself first) or of the header, in order, as laid out now. */
const stopsIn = (row: Element, withRow: boolean): HTMLElement[] => [
  ...(withRow ? [row as HTMLElement] : []),
  ...Array.from(row.querySelectorAll<HTMLElement>('[data-cell]')).filter((element) => element.getClientRects().length > 0),
];

/**
 * The outstanding thank-yous as an ARIA grid that renders only the rows in view (plus the active
 * one, so focus is never lost to a row scrolled away). Rows are read page by page as the list
 * scrolls. The grid is one Tab stop (roving tabindex): ↑/↓ move between rows in the same column,
 * ←/→ between the row, its cells and its buttons, Home/End and Ctrl+Home/End as in the ARIA grid
 * pattern; the row's shortcuts act on the row that has focus. What had focus last keeps tabindex 0,
 * so Tab out and back returns there.
 */
export function OutstandingGrid(props: Props) {
  const { items, total, view, now, selected, canLoadMore, loadingMore, moreError, onLoadMore, onSort, onToggle, onSelectAll, onClearSelection, onAction, labelledBy } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const narrow = useMediaQuery(NARROW);
  const [active, setActive] = useState<Active>({ id: null, index: 0, stop: ROW_STOP, header: false });
  // Focus follows the active row after a keyboard move (set just before the move).
  const focusPending = useRef(false);
  // Whether the user was last working in the grid (a dialog opened from it counts), so that
  // when their row leaves the list (marked sent), focus goes to the next one, not to the page.
  const workingInGrid = useRef(false);

  const activeIndex = useMemo(() => activeRowIndex(active, items), [items, active]);

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

  // In stacked rows the header shows only "Select all": a stop in a hidden header cell falls back to it.
  const headerStop = useMemo(() => (active.header ? (narrow ? { cell: 0, sub: 0 } : active.stop) : null), [active.header, active.stop, narrow]);
  const rowStop = active.header ? null : active.stop;

  /** Focuses a stop: in the header (index -1) or in a rendered row; a missing control falls back to its cell's last one, then the row. */
  const focusStop = useCallback((index: number, stop: GridStop) => {
    const grid = gridRef.current;
    if (!grid) return;
    const row = index < 0 ? grid.querySelector<HTMLElement>('.head-row') : grid.querySelector<HTMLElement>(`[data-outstanding-row][data-index="${index}"]`);
    if (!row) return;
    const inCell = [...row.querySelectorAll<HTMLElement>(`[data-cell="${stop.cell}"]`)];
    const target = stop.cell < 0 ? row : (inCell.find((element) => readStop(element)?.sub === stop.sub) ?? inCell.at(-1) ?? row);
    target.focus({ preventScroll: true });
  }, []);

  // After a keyboard move, or when the row being worked on left the list: focus the grid's stop.
  useLayoutEffect(() => {
    if (activeIndex < 0) return;
    const lost = workingInGrid.current && (document.activeElement === document.body || document.activeElement === null);
    if (!focusPending.current && !lost) return;
    focusPending.current = false;
    if (headerStop) return focusStop(-1, headerStop);
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    focusStop(activeIndex, rowStop ?? ROW_STOP);
  }, [activeIndex, items, virtualizer, focusStop, headerStop, rowStop]);

  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as Element | null;
      if (gridRef.current?.contains(target)) workingInGrid.current = true;
      else if (!target?.closest('dialog')) workingInGrid.current = false;
    };
    // j/k (or ↑/↓) with nothing focused (or only the screen's heading, where navigation puts focus):
    // into the list, where its Tab stop is.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target !== document.body && !(target instanceof HTMLElement && (target.id === 'main' || target.tagName === 'H1'))) return;
      if (!['j', 'k', 'ArrowDown', 'ArrowUp'].includes(event.key) || activeIndex < 0) return;
      event.preventDefault();
      gridRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
      if (!headerStop) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [activeIndex, virtualizer, headerStop]);

  // Whatever gets focus in the grid (arrow key, Tab, click) becomes its one Tab stop.
  function onFocus(event: ReactFocusEvent<HTMLDivElement>) {
    const target = event.target;
    const row = target.closest<HTMLElement>('[data-outstanding-row]');
    const stop = row === target ? ROW_STOP : readStop(target);
    if (!stop || (!row && !target.closest('.head-row'))) return;
    const next = activeOnFocus(active, activeIndex, items, row ? { header: false, index: Number(row.dataset.index), stop } : { header: true, stop });
    if (next) setActive(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    if (event.defaultPrevented || isTypingTarget(target)) return;
    const row = target.closest<HTMLElement>('[data-outstanding-row]');
    const head = row ? null : target.closest<HTMLElement>('.head-row');
    if (!row && !head) return;
    const command = rowCommand(event);
    if (!command) return;
    // Enter and Space belong to the button, link or checkbox that has focus.
    if ((event.key === 'Enter' || event.key === ' ') && target.matches('button, a, input, select')) return;
    const here = row === target ? ROW_STOP : (readStop(target) ?? ROW_STOP);
    const index = row ? Number(row.dataset.index) : -1;
    if (isMoveCommand(command)) {
      const at = row ? { header: false as const, index, stop: here } : { header: true as const, stop: here };
      follow(gridMove(command, at, items.length, canLoadMore), (row ?? head)!, Boolean(row), target);
      event.preventDefault();
      return;
    }
    switch (command.type) {
      case 'select-all':
        onSelectAll();
        break;
      case 'clear-selection':
        if (selected.size === 0) return;
        onClearSelection();
        break;
      default:
        if (!row) return;
        act(command.type, items[index]);
    }
    event.preventDefault();
  }

  /** Carries out a move: along the line as laid out now, or to a row or the header. */
  function follow(move: GridMove, line: HTMLElement, isRow: boolean, target: HTMLElement) {
    switch (move.type) {
      case 'step': {
        const stops = stopsIn(line, isRow);
        stops[stepAlong(stops.indexOf(target), move.by, stops.length)]?.focus();
        break;
      }
      case 'edge': {
        const stops = stopsIn(line, false);
        (move.edge === 'first' ? stops[0] : stops.at(-1))?.focus();
        break;
      }
      case 'row': {
        const next = activeOnRow(active, activeIndex, items, move.index, move.stop);
        if (next) {
          focusPending.current = true;
          setActive(next);
        } else {
          // Already there (first or last row): keep it in view and focused all the same.
          virtualizer.scrollToIndex(move.index, { align: 'auto' });
          focusStop(move.index, move.stop);
        }
        if (move.loadMore) onLoadMore();
        break;
      }
      case 'header':
        focusPending.current = true;
        setActive(activeInHeader(activeIndex, items, move.cell, narrow));
        break;
      case 'stay':
        break;
    }
  }

  function act(type: 'open' | 'sent' | 'snooze' | 'skip' | 'person' | 'select', item: OutstandingItem | undefined) {
    if (!item) return;
    switch (type) {
      case 'select':
        onToggle(item.thankYouId);
        break;
      default:
        onAction(type, item);
    }
  }

  const loadedIds = items.map((item) => item.thankYouId);
  const selectedLoaded = loadedIds.filter((id) => selected.has(id)).length;
  const allSelected = items.length > 0 && selectedLoaded === items.length;

  const headTab = (cell: number) => (headerStop?.cell === cell ? 0 : -1);

  return (
    <div
      ref={gridRef}
      role="grid"
      className="outstanding-grid"
      aria-labelledby={labelledBy}
      aria-rowcount={total + 1}
      aria-colcount={COLUMNS.length + 1}
      aria-multiselectable="true"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="dash-row head-row">
          <div role="columnheader" className="dash-cell dc-select">
            <SelectAllBox
              checked={allSelected}
              indeterminate={selectedLoaded > 0 && !allSelected}
              label={allSelected ? 'Unselect all' : `Select all ${items.length} loaded`}
              tabIndex={headTab(0)}
              onChange={() => (allSelected ? onClearSelection() : onSelectAll())}
            />
            <span className="select-all-label" aria-hidden="true">
              Select all
            </span>
          </div>
          {COLUMNS.map((column, index) => {
            const cell = index + 1;
            const sort = column.sort;
            if (!sort) {
              // No control: the header cell itself is the stop, named by aria-label (a hidden text
              // here, at the right edge, made the page scroll sideways).
              return <div key={column.label} role="columnheader" className={`dash-cell ${column.className}`} aria-label={column.label} data-cell={cell} data-sub={0} tabIndex={headTab(cell)} />;
            }
            const on = view.sort === sort;
            const order = view.direction === 'asc' ? 'ascending' : 'descending';
            return (
              <div key={column.label} role="columnheader" className={`dash-cell ${column.className}`} aria-sort={on ? order : undefined}>
                <button
                  type="button"
                  className={on ? 'sort-button sorted' : 'sort-button'}
                  data-cell={cell}
                  data-sub={0}
                  tabIndex={headTab(cell)}
                  title={on ? `Sorted by ${column.label.toLowerCase()}, ${order}; click to reverse` : `Sort by ${column.label.toLowerCase()}`}
                  onClick={() => onSort(sort)}
                >
                  {column.label}
                  {on && <Icon name={view.direction === 'asc' ? 'sort-asc' : 'sort-desc'} />}
                </button>
              </div>
            );
          })}
        </div>
      </div>
      {/* tabIndex -1: a scrolling box with no Tab stop inside would otherwise be one itself. */}
      <div ref={scrollRef} role="rowgroup" className="grid-viewport" tabIndex={-1}>
        <div role="presentation" className="grid-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((virtualRow) => {
            const item = items[virtualRow.index]!;
            const isActive = virtualRow.index === activeIndex;
            return (
              <OutstandingRow
                key={virtualRow.key}
                item={item}
                dataIndex={virtualRow.index}
                rowIndex={virtualRow.index + 2}
                start={virtualRow.start}
                measureRef={virtualizer.measureElement}
                now={now}
                active={isActive}
                tabCell={isActive && rowStop ? rowStop.cell : null}
                tabSub={isActive && rowStop ? rowStop.sub : 0}
                selected={selected.has(item.thankYouId)}
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

function SelectAllBox({ checked, indeterminate, label, tabIndex, onChange }: { checked: boolean; indeterminate: boolean; label: string; tabIndex: number; onChange(): void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <input ref={ref} type="checkbox" checked={checked} aria-label={label} title={label} data-cell={0} data-sub={0} tabIndex={tabIndex} onChange={onChange} />;
}
