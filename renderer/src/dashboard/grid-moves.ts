import type { RowCommand } from './keys';
import { LAST_STOP, ROW_CELL_STOPS, ROW_STOP, type GridStop } from './OutstandingRow';

/**
 * Where a key moves the outstanding grid's focus (its roving tabindex), worked out apart from the
 * page: the grid tells where focus is and how many rows are loaded, and gets back where to go.
 * Stepping along a line and its first/last cell depend on which controls are laid out now, so
 * those are left to the grid to find in the page.
 */

/** The keys that move focus (keys.ts says which key means which). */
export type MoveCommand = Extract<RowCommand, { type: 'cell' | 'move' | 'first' | 'last' | 'grid-first' | 'grid-last' }>;

export const isMoveCommand = (command: RowCommand): command is MoveCommand =>
  command.type === 'cell' || command.type === 'move' || command.type === 'first' || command.type === 'last' || command.type === 'grid-first' || command.type === 'grid-last';

/** Where focus is: a row (its index among those loaded) or the header, and the stop in it (`ROW_STOP` for the row itself). */
export type GridSpot = { header: false; index: number; stop: GridStop } | { header: true; stop: GridStop };

export type GridMove =
  /** To the previous or next stop along the same row or header, as laid out now. */
  | { type: 'step'; by: 1 | -1 }
  /** To the first or last cell stop of the same row or header, as laid out now. */
  | { type: 'edge'; edge: 'first' | 'last' }
  /** To a row (within those loaded) and a stop in it; `loadMore` when the move asked for a row past the last one loaded. */
  | { type: 'row'; index: number; stop: GridStop; loadMore: boolean }
  /** Up into the header, in this column. */
  | { type: 'header'; cell: number }
  /** Nowhere (↑ in the header); the key is still the grid's. */
  | { type: 'stay' };

/** A row to move to, kept within those loaded, and the stop in it: the same column, its last control where the row has fewer. */
export function rowTarget(index: number, stop: GridStop, rowCount: number): { index: number; stop: GridStop } {
  const next = Math.max(0, Math.min(rowCount - 1, index));
  const sub = stop.cell < 0 ? 0 : Math.min(stop.sub, (ROW_CELL_STOPS[stop.cell] ?? 1) - 1);
  return { index: next, stop: { cell: stop.cell, sub } };
}

const toRow = (index: number, stop: GridStop, rowCount: number, loadMore = false): GridMove => ({ type: 'row', ...rowTarget(index, stop, rowCount), loadMore });

/**
 * As in the ARIA grid pattern: ↑/↓ keep the column (↑ from a cell of the first row goes up into
 * the header, ↓ from the header into the first row); ←/→ step along the line; Home/End go to the
 * first/last row when the row itself has focus, to the first/last cell of the line when a cell
 * does; Ctrl+Home goes to the header's first cell from a cell, to the first row from a row, and
 * Ctrl+End to the last row's last control from a cell, to the last row from a row.
 */
export function gridMove(command: MoveCommand, at: GridSpot, rowCount: number, canLoadMore: boolean): GridMove {
  const onCell = at.header || at.stop.cell >= 0;
  switch (command.type) {
    case 'cell':
      return { type: 'step', by: command.by };
    case 'move': {
      if (at.header) return command.by > 0 ? toRow(0, at.stop, rowCount) : { type: 'stay' };
      const to = at.index + command.by;
      if (onCell && to < 0) return { type: 'header', cell: at.stop.cell };
      return toRow(to, at.stop, rowCount, command.by > 0 && to >= rowCount && canLoadMore);
    }
    case 'first':
    case 'last':
      if (onCell) return { type: 'edge', edge: command.type };
      return toRow(command.type === 'first' ? 0 : rowCount - 1, ROW_STOP, rowCount);
    case 'grid-first':
      return onCell ? { type: 'header', cell: 0 } : toRow(0, ROW_STOP, rowCount);
    case 'grid-last':
      return toRow(rowCount - 1, onCell ? LAST_STOP : ROW_STOP, rowCount);
  }
}

/** Index of the stop `by` along a line of `count` stops, kept on the line (from -1, focus not on the line, either way is the first). */
export const stepAlong = (at: number, by: number, count: number): number => Math.max(0, Math.min(count - 1, at + by));

/** Where the grid's one Tab stop is: a stop in the active row, or a header cell (the active row is kept, for ↓ back). */
export interface Active {
  id: number | null;
  index: number;
  stop: GridStop;
  header: boolean;
}

type Rows = readonly { thankYouId: number }[];

const sameStop = (a: GridStop, b: GridStop) => a.cell === b.cell && a.sub === b.sub;

/** The active row now: the same thank-you where it still is in the list, else the same place within the list; -1 when the list is empty. */
export function activeRowIndex(active: Active, rows: Rows): number {
  if (rows.length === 0) return -1;
  const found = active.id === null ? -1 : rows.findIndex((row) => row.thankYouId === active.id);
  return found >= 0 ? found : Math.min(active.index, rows.length - 1);
}

/** The Tab stop once focus landed somewhere in the grid (arrow key, Tab, click); null when it is there already. */
export function activeOnFocus(active: Active, activeIndex: number, rows: Rows, spot: GridSpot): Active | null {
  const { stop } = spot;
  if (!spot.header) {
    const id = rows[spot.index]?.thankYouId ?? null;
    const same = !active.header && active.id === id && active.index === spot.index && sameStop(active.stop, stop);
    return same ? null : { id, index: spot.index, stop, header: false };
  }
  return active.header && sameStop(active.stop, stop) ? null : { id: rows[activeIndex]?.thankYouId ?? null, index: activeIndex, stop, header: true };
}

/** The Tab stop after a move to a row (`gridMove`'s target); null when it is there already (on the first or last row). */
export function activeOnRow(active: Active, activeIndex: number, rows: Rows, index: number, stop: GridStop): Active | null {
  if (index === activeIndex && !active.header && sameStop(stop, active.stop)) return null;
  return { id: rows[index]?.thankYouId ?? null, index, stop, header: false };
}

/** The Tab stop after a move up into the header: this column's cell, or "Select all" where stacked rows show only that. */
export function activeInHeader(activeIndex: number, rows: Rows, cell: number, narrow: boolean): Active {
  return { id: rows[activeIndex]?.thankYouId ?? null, index: activeIndex, stop: { cell: narrow ? 0 : Math.max(0, cell), sub: 0 }, header: true };
}
