import { describe, expect, it } from 'vitest';
import { activeFilters, clearFilters, DEFAULT_VIEW, hiddenText, isDefaultView, parseView, sortBy, toggleIn, unfilteredInput } from './dashboard-view';

describe('the remembered dashboard view', () => {
  it('reads back what was stored', () => {
    const view = { sort: 'company', direction: 'desc', kinds: ['referral', 'interview'], statuses: ['snoozed'], text: 'globex', overdueOnly: true };
    expect(parseView(JSON.stringify(view))).toEqual({ ...view, kinds: ['interview', 'referral'] });
  });

  it('falls back to the default for nothing, garbage and the wrong shape', () => {
    for (const raw of [null, '', '{', 'null', '42', '"text"', '[]']) expect(parseView(raw)).toEqual(DEFAULT_VIEW);
  });

  it('keeps the valid fields of a damaged entry and drops the rest', () => {
    const raw = JSON.stringify({ sort: 'salary', direction: 'sideways', kinds: ['interview', 'lunch', 3], statuses: [], text: 7, overdueOnly: 'yes' });
    expect(parseView(raw)).toEqual({ ...DEFAULT_VIEW, kinds: ['interview'] });
  });

  it('never leaves the statuses empty and keeps the text within the contract', () => {
    expect(parseView(JSON.stringify({ statuses: ['archived'] })).statuses).toEqual(['pending', 'drafted']);
    expect(parseView(JSON.stringify({ text: 'x'.repeat(500) })).text).toHaveLength(200);
  });

  it('knows when filters are set, and clearing them keeps the sort', () => {
    expect(isDefaultView(DEFAULT_VIEW)).toBe(true);
    expect(isDefaultView({ ...DEFAULT_VIEW, statuses: ['drafted', 'pending'] })).toBe(true);
    expect(isDefaultView({ ...DEFAULT_VIEW, text: '  ' })).toBe(true);
    expect(isDefaultView({ ...DEFAULT_VIEW, overdueOnly: true })).toBe(false);
    expect(isDefaultView({ ...DEFAULT_VIEW, statuses: ['pending'] })).toBe(false);
    const sorted = { ...DEFAULT_VIEW, sort: 'person' as const, direction: 'desc' as const, kinds: ['mentoring' as const] };
    expect(clearFilters(sorted)).toEqual({ ...DEFAULT_VIEW, sort: 'person', direction: 'desc' });
  });

  it('toggles values in the contract order, keeping one when asked', () => {
    const all = ['a', 'b', 'c'] as const;
    expect(toggleIn(all, ['c'], 'a')).toEqual(['a', 'c']);
    expect(toggleIn(all, ['a', 'c'], 'a')).toEqual(['c']);
    expect(toggleIn(all, ['c'], 'c')).toEqual([]);
    expect(toggleIn(all, ['c'], 'c', true)).toEqual(['c']);
  });

  it('sorts by a column, and the same column again reverses it', () => {
    const byPerson = sortBy(DEFAULT_VIEW, 'person');
    expect(byPerson).toMatchObject({ sort: 'person', direction: 'asc' });
    expect(sortBy(byPerson, 'person')).toMatchObject({ sort: 'person', direction: 'desc' });
    expect(sortBy({ ...byPerson, direction: 'desc' }, 'due')).toMatchObject({ sort: 'due', direction: 'asc' });
  });

  it('names the filters set, with the statuses as the badges name them', () => {
    expect(activeFilters(DEFAULT_VIEW)).toEqual([]);
    expect(activeFilters({ ...DEFAULT_VIEW, text: ' glob ', kinds: ['interview', 'referral'], statuses: ['pending', 'snoozed'], overdueOnly: true })).toEqual([
      '“glob”',
      'Interview or Referral or introduction',
      'To do, Snoozed',
      'overdue only',
    ]);
  });

  it('counts what the filters hide against every thank-you of the statuses asked for, never below zero', () => {
    expect(unfilteredInput(DEFAULT_VIEW)).toEqual({ statuses: ['pending', 'drafted'], limit: 1 });
    expect(unfilteredInput({ ...DEFAULT_VIEW, statuses: ['snoozed'] })).toEqual({ statuses: ['pending', 'drafted', 'snoozed'], limit: 1 });
    expect(hiddenText(1, 4)).toBe('Showing 1 of 4 — 3 hidden by filters');
    expect(hiddenText(5, 5)).toBe('Showing 5 of 5 — none hidden by filters');
    expect(hiddenText(3, 2)).toBe('Showing 3 of 3 — none hidden by filters');
  });
});
