import { describe, expect, it } from 'vitest';
import { activeInHeader, activeOnFocus, activeOnRow, activeRowIndex, gridMove, isMoveCommand, rowTarget, stepAlong, type Active, type GridSpot } from './grid-moves';
import { rowCommand, type KeyLike } from './keys';
import { LAST_STOP, ROW_STOP } from './OutstandingRow';

const key = (name: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: name, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
/** The move a key makes from a spot, in a list of `rows` rows loaded (more to read when `more`). */
function moveFor(name: string, at: GridSpot, rows = 20, more = false, mods: Partial<KeyLike> = {}) {
  const command = rowCommand(key(name, mods));
  if (!command || !isMoveCommand(command)) throw new Error(`${name} is not a move`);
  return gridMove(command, at, rows, more);
}
const onRow = (index: number, stop = ROW_STOP): GridSpot => ({ header: false, index, stop });
const inHeader = (cell: number): GridSpot => ({ header: true, stop: { cell, sub: 0 } });
const DUE = { cell: 3, sub: 0 };
const SNOOZE = { cell: 5, sub: 2 };

describe('which keys move focus', () => {
  it('arrows, j/k, Page Up/Down, Home/End and Ctrl+Home/End move; the row shortcuts do not', () => {
    for (const name of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'j', 'k', 'PageUp', 'PageDown', 'Home', 'End']) expect(isMoveCommand(rowCommand(key(name))!)).toBe(true);
    expect(isMoveCommand(rowCommand(key('Home', { ctrlKey: true }))!)).toBe(true);
    for (const name of ['Enter', 's', 'z', 'd', 'p', 'x', ' ', 'Escape']) expect(isMoveCommand(rowCommand(key(name))!)).toBe(false);
    expect(isMoveCommand(rowCommand(key('a', { ctrlKey: true }))!)).toBe(false);
  });
});

describe('↑ and ↓ keep the column', () => {
  it('move a row at a time, or ten with Page Up/Down, within the rows loaded', () => {
    expect(moveFor('ArrowDown', onRow(4, DUE))).toEqual({ type: 'row', index: 5, stop: DUE, loadMore: false });
    expect(moveFor('k', onRow(4))).toEqual({ type: 'row', index: 3, stop: ROW_STOP, loadMore: false });
    expect(moveFor('PageDown', onRow(4))).toMatchObject({ index: 14 });
    expect(moveFor('PageUp', onRow(4))).toMatchObject({ index: 0 });
    expect(moveFor('ArrowUp', onRow(0))).toMatchObject({ type: 'row', index: 0 });
  });

  it('past the last row loaded: stay on it, and read the next page when there is one', () => {
    expect(moveFor('ArrowDown', onRow(19), 20, true)).toEqual({ type: 'row', index: 19, stop: ROW_STOP, loadMore: true });
    expect(moveFor('PageDown', onRow(15), 20, true)).toMatchObject({ index: 19, loadMore: true });
    expect(moveFor('ArrowDown', onRow(19), 20, false)).toMatchObject({ index: 19, loadMore: false });
    expect(moveFor('ArrowDown', onRow(18), 20, true)).toMatchObject({ index: 19, loadMore: false });
  });

  it('from a cell of the first row go up into the header in that column; from the header down to the first row', () => {
    expect(moveFor('ArrowUp', onRow(0, DUE))).toEqual({ type: 'header', cell: 3 });
    expect(moveFor('PageUp', onRow(3, DUE))).toEqual({ type: 'header', cell: 3 });
    expect(moveFor('ArrowDown', inHeader(2))).toEqual({ type: 'row', index: 0, stop: { cell: 2, sub: 0 }, loadMore: false });
    expect(moveFor('ArrowUp', inHeader(2))).toEqual({ type: 'stay' });
  });

  it('land on the last control of a cell that has fewer', () => {
    expect(rowTarget(2, SNOOZE, 20)).toEqual({ index: 2, stop: SNOOZE });
    expect(rowTarget(2, { cell: 1, sub: 3 }, 20)).toEqual({ index: 2, stop: { cell: 1, sub: 0 } });
    expect(rowTarget(2, { cell: -1, sub: 2 }, 20)).toEqual({ index: 2, stop: ROW_STOP });
    expect(rowTarget(-3, DUE, 20).index).toBe(0);
    expect(rowTarget(40, DUE, 20).index).toBe(19);
  });
});

describe('← and →, Home and End, Ctrl+Home and Ctrl+End', () => {
  it('← and → step along the line', () => {
    expect(moveFor('ArrowRight', onRow(4, DUE))).toEqual({ type: 'step', by: 1 });
    expect(moveFor('ArrowLeft', inHeader(1))).toEqual({ type: 'step', by: -1 });
    expect(stepAlong(2, 1, 9)).toBe(3);
    expect(stepAlong(8, 1, 9)).toBe(8);
    expect(stepAlong(0, -1, 9)).toBe(0);
    expect(stepAlong(-1, 1, 9)).toBe(0);
  });

  it('Home and End: on a row, the first and last row; in a cell or the header, the first and last cell of the line', () => {
    expect(moveFor('Home', onRow(7))).toEqual({ type: 'row', index: 0, stop: ROW_STOP, loadMore: false });
    expect(moveFor('End', onRow(7))).toEqual({ type: 'row', index: 19, stop: ROW_STOP, loadMore: false });
    expect(moveFor('Home', onRow(7, DUE))).toEqual({ type: 'edge', edge: 'first' });
    expect(moveFor('End', inHeader(2))).toEqual({ type: 'edge', edge: 'last' });
  });

  it('Ctrl+Home: from a cell to the header, from a row to the first row; Ctrl+End: to the last row, its last control from a cell', () => {
    const ctrl = { ctrlKey: true };
    expect(moveFor('Home', onRow(7, DUE), 20, false, ctrl)).toEqual({ type: 'header', cell: 0 });
    expect(moveFor('Home', inHeader(4), 20, false, ctrl)).toEqual({ type: 'header', cell: 0 });
    expect(moveFor('Home', onRow(7), 20, false, ctrl)).toEqual({ type: 'row', index: 0, stop: ROW_STOP, loadMore: false });
    expect(moveFor('End', onRow(7, DUE), 20, false, ctrl)).toEqual({ type: 'row', index: 19, stop: LAST_STOP, loadMore: false });
    expect(moveFor('End', inHeader(1), 20, false, ctrl)).toEqual({ type: 'row', index: 19, stop: LAST_STOP, loadMore: false });
    expect(moveFor('End', onRow(7), 20, false, ctrl)).toEqual({ type: 'row', index: 19, stop: ROW_STOP, loadMore: false });
  });
});

describe('the one Tab stop', () => {
  const rows = [{ thankYouId: 10 }, { thankYouId: 11 }, { thankYouId: 12 }];
  const active = (over: Partial<Active> = {}): Active => ({ id: 11, index: 1, stop: ROW_STOP, header: false, ...over });

  it('stays with its thank-you as the list changes, else at its place within the list', () => {
    expect(activeRowIndex(active(), rows)).toBe(1);
    expect(activeRowIndex(active({ id: 12, index: 0 }), rows)).toBe(2);
    expect(activeRowIndex(active({ id: 99, index: 1 }), rows)).toBe(1); // sent: the next one takes its place
    expect(activeRowIndex(active({ id: 99, index: 5 }), rows)).toBe(2);
    expect(activeRowIndex(active({ id: null, index: 0 }), rows)).toBe(0);
    expect(activeRowIndex(active(), [])).toBe(-1);
  });

  it('goes where focus lands, and is left alone when it is there already', () => {
    expect(activeOnFocus(active(), 1, rows, onRow(1))).toBeNull();
    expect(activeOnFocus(active(), 1, rows, onRow(2, DUE))).toEqual({ id: 12, index: 2, stop: DUE, header: false });
    expect(activeOnFocus(active(), 1, rows, onRow(1, DUE))).toEqual({ id: 11, index: 1, stop: DUE, header: false });
    // Into the header: the active row is kept, for ↓ back to it.
    expect(activeOnFocus(active(), 1, rows, inHeader(2))).toEqual({ id: 11, index: 1, stop: { cell: 2, sub: 0 }, header: true });
    expect(activeOnFocus(active({ header: true, stop: { cell: 2, sub: 0 } }), 1, rows, inHeader(2))).toBeNull();
    expect(activeOnFocus(active({ header: true, stop: { cell: 2, sub: 0 } }), 1, rows, onRow(1, { cell: 2, sub: 0 }))).toEqual({
      id: 11,
      index: 1,
      stop: { cell: 2, sub: 0 },
      header: false,
    });
  });

  it('after a move to a row takes that row and stop, unless it is there already', () => {
    expect(activeOnRow(active(), 1, rows, 2, DUE)).toEqual({ id: 12, index: 2, stop: DUE, header: false });
    expect(activeOnRow(active(), 1, rows, 1, ROW_STOP)).toBeNull();
    expect(activeOnRow(active({ header: true }), 1, rows, 1, ROW_STOP)).toEqual({ id: 11, index: 1, stop: ROW_STOP, header: false });
  });

  it('up in the header keeps the column, or goes to "Select all" where rows are stacked', () => {
    expect(activeInHeader(1, rows, 3, false)).toEqual({ id: 11, index: 1, stop: { cell: 3, sub: 0 }, header: true });
    expect(activeInHeader(1, rows, 3, true)).toEqual({ id: 11, index: 1, stop: { cell: 0, sub: 0 }, header: true });
    expect(activeInHeader(1, rows, -1, false).stop).toEqual({ cell: 0, sub: 0 });
  });
});
