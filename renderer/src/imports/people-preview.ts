import type { PeopleImportAction, PeopleImportRow } from '../../../shared';

/** Which rows the preview shows: all of them, or one status. */
export type RowFilter = 'all' | PeopleImportRow['status'];

export const STATUS_LABELS: Record<PeopleImportRow['status'], string> = {
  new: 'New',
  matching: 'Matching',
  conflicting: 'Conflicting',
  duplicate: 'Repeated in the file',
};

export const ACTION_LABELS: Record<PeopleImportAction, string> = { add: 'Add', merge: 'Merge', skip: 'Skip' };

/** What a row can do: merge only into someone it matches. */
export function actionsFor(row: PeopleImportRow): PeopleImportAction[] {
  return row.match ? ['merge', 'add', 'skip'] : ['add', 'skip'];
}

/** How many rows have each status, for the filter. */
export function statusCounts(rows: readonly PeopleImportRow[]): Record<RowFilter, number> {
  const counts: Record<RowFilter, number> = { all: rows.length, new: 0, matching: 0, conflicting: 0, duplicate: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** How many rows will be added, merged and skipped with these choices. */
export function actionCounts(actions: readonly PeopleImportAction[]): Record<PeopleImportAction, number> {
  const counts: Record<PeopleImportAction, number> = { add: 0, merge: 0, skip: 0 };
  for (const action of actions) counts[action] += 1;
  return counts;
}

/**
 * Whether "for all shown" gives a row `action`. Add goes only to people nobody matches (for a
 * matched or repeated row it would make a second person), and Merge into a conflicting row only
 * when the conflicting rows are what is shown, so their differences were in view. Skip goes to
 * every row.
 */
function takesBulk(row: PeopleImportRow, action: PeopleImportAction, filter: RowFilter): boolean {
  if (action === 'skip') return true;
  if (action === 'add') return row.match === null && row.duplicateOf === null;
  return row.match !== null && (row.status !== 'conflicting' || filter === 'conflicting');
}

/** The choices after "for all shown" (see `takesBulk`); the rows it does not apply to keep theirs. */
export function applyToRows(actions: readonly PeopleImportAction[], rows: readonly PeopleImportRow[], action: PeopleImportAction, filter: RowFilter): PeopleImportAction[] {
  const next = [...actions];
  for (const row of rows) if (takesBulk(row, action, filter)) next[row.index] = action;
  return next;
}

/** The rows a filter shows. */
export function filterRows(rows: readonly PeopleImportRow[], filter: RowFilter): PeopleImportRow[] {
  return filter === 'all' ? [...rows] : rows.filter((row) => row.status === filter);
}

/** "1,234" in the user's own digits. */
export const count = (n: number) => n.toLocaleString();

/** "3 people" / "1 person". */
export const people = (n: number) => `${count(n)} ${n === 1 ? 'person' : 'people'}`;

/** The summary after an import: "Added 3 people and merged 1; 2 skipped." */
export function savedSummary(saved: { added: number; merged: number; skipped: number; emailsLeftOff: number }): string {
  const parts = [saved.added > 0 ? `added ${people(saved.added)}` : null, saved.merged > 0 ? `merged ${count(saved.merged)} into people you had` : null].filter(Boolean);
  const done = parts.length === 0 ? 'Nothing was imported' : `Imported: ${parts.join(' and ')}`;
  const skipped = saved.skipped > 0 ? `; ${count(saved.skipped)} skipped` : '';
  const left =
    saved.emailsLeftOff > 0
      ? ` ${count(saved.emailsLeftOff)} ${saved.emailsLeftOff === 1 ? 'address was' : 'addresses were'} left off: another person has ${saved.emailsLeftOff === 1 ? 'it' : 'them'}, or the person already had 10.`
      : '';
  return `${done}${skipped}.${left}`;
}

/** The summary after Undo. */
export function undoneSummary(undone: { removed: number; restored: number; kept: number }): string {
  const parts = [undone.removed > 0 ? `removed ${people(undone.removed)}` : null, undone.restored > 0 ? `restored ${people(undone.restored)} as they were` : null].filter(Boolean);
  const done = parts.length === 0 ? 'Undone' : `Undone: ${parts.join(' and ')}`;
  const kept = undone.kept > 0 ? ` ${people(undone.kept)} changed since the import ${undone.kept === 1 ? 'was' : 'were'} kept as they are.` : '';
  return `${done}.${kept}`;
}
