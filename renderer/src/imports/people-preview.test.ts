import { describe, expect, it } from 'vitest';
import type { PeopleImportRow } from '../../../shared';
import { actionCounts, actionsFor, applyToRows, filterRows, savedSummary, statusCounts, undoneSummary } from './people-preview';

const row = (index: number, status: PeopleImportRow['status'], matched = status === 'matching' || status === 'conflicting'): PeopleImportRow => ({
  index,
  incoming: { fullName: `P${index}`, addressAs: '', emails: [], phone: '', company: '', title: '', linkedinUrl: '', notes: '', connectedOn: null },
  status,
  match: matched ? { personId: 100 + index, fullName: `Known ${index}`, by: 'email', revision: 1 } : null,
  duplicateOf: status === 'duplicate' ? 0 : null,
  differences: [],
  suggested: status === 'new' ? 'add' : status === 'matching' ? 'merge' : 'skip',
});

const rows = [row(0, 'new'), row(1, 'matching'), row(2, 'conflicting'), row(3, 'duplicate'), row(4, 'new')];

describe('the people import preview', () => {
  it('counts rows by status and choices by action', () => {
    expect(statusCounts(rows)).toEqual({ all: 5, new: 2, matching: 1, conflicting: 1, duplicate: 1 });
    expect(actionCounts(rows.map((r) => r.suggested))).toEqual({ add: 2, merge: 1, skip: 2 });
  });

  it('offers merge only for a row that matches someone', () => {
    expect(actionsFor(rows[0]!)).toEqual(['add', 'skip']);
    expect(actionsFor(rows[2]!)).toEqual(['merge', 'add', 'skip']);
  });

  it('"for all shown": Add only to people nobody matches, Merge into conflicting rows only when they are what is shown, Skip to all', () => {
    const actions = rows.map((r) => r.suggested);
    // New, matching, conflicting, repeated, new.
    expect(applyToRows(actions, filterRows(rows, 'conflicting'), 'merge', 'conflicting')).toEqual(['add', 'merge', 'merge', 'skip', 'add']);
    expect(applyToRows(actions, rows, 'merge', 'all')).toEqual(['add', 'merge', 'skip', 'skip', 'add']);
    const skipped = applyToRows(actions, rows, 'skip', 'all');
    expect(skipped).toEqual(['skip', 'skip', 'skip', 'skip', 'skip']);
    // Add never makes a second person of someone matched or repeated.
    expect(applyToRows(skipped, rows, 'add', 'all')).toEqual(['add', 'skip', 'skip', 'skip', 'add']);
  });

  it('says what an import and its undo did, for a person', () => {
    expect(savedSummary({ added: 1, merged: 2, skipped: 3, emailsLeftOff: 0 })).toBe('Imported: added 1 person and merged 2 into people you had; 3 skipped.');
    expect(savedSummary({ added: 0, merged: 0, skipped: 4, emailsLeftOff: 1 })).toBe('Nothing was imported; 4 skipped. 1 address was left off: another person has it, or the person already had 10.');
    expect(undoneSummary({ removed: 3, restored: 1, kept: 2 })).toBe('Undone: removed 3 people and restored 1 person as they were. 2 people changed since the import were kept as they are.');
  });
});
