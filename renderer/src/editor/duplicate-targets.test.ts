import { describe, expect, it } from 'vitest';
import type { DuplicateTarget } from '../../../shared';
import { groupTargets } from './duplicate-targets';

const target = (thankYouId: number, relation: DuplicateTarget['relation']): DuplicateTarget => ({
  thankYouId,
  personId: thankYouId,
  fullName: `Person ${thankYouId}`,
  occasionId: 1,
  occasionTitle: 'Panel',
  status: 'pending',
  dueAt: '2026-03-10T10:00:00.000Z',
  hasDraft: false,
  relation,
});

describe('groupTargets', () => {
  it('groups the same occasion, the same person and everyone else, in that order, leaving out empty groups', () => {
    const groups = groupTargets([target(1, 'same-occasion'), target(2, 'other'), target(3, 'same-occasion'), target(4, 'other')], {
      personName: 'Priya',
      occasionTitle: 'Panel at Northwind',
    });
    expect(groups.map((group) => [group.title, group.targets.map((t) => t.thankYouId)])).toEqual([
      ['Others from \u2068Panel at Northwind\u2069', [1, 3]],
      ['Everyone else', [2, 4]],
    ]);
    expect(groupTargets([target(5, 'same-person')], { personName: 'Priya', occasionTitle: 'x' })[0]?.title).toBe('\u2068Priya\u2069, for another occasion');
    expect(groupTargets([], { personName: 'Priya', occasionTitle: 'x' })).toEqual([]);
  });
});
