import { describe, expect, it } from 'vitest';
import { clearFilters, DEFAULT_VIEW, isDefaultView, parseView, sortBy, toggleIn } from './dashboard-view';

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
});
