import { useEffect, useState } from 'react';
import { OCCASION_KIND_LABELS, OCCASION_KINDS, OUTSTANDING_SORTS, OUTSTANDING_STATUSES, type OccasionKind, type OutstandingSort, type OutstandingStatus } from '../../../shared';
import { STATUS_LABELS } from '../thank-yous/status-labels';

/** How the outstanding list is sorted and filtered; remembered across reloads. */
export interface DashboardView {
  sort: OutstandingSort;
  direction: 'asc' | 'desc';
  /** Empty: every kind. */
  kinds: OccasionKind[];
  /** Never empty (the contract asks for at least one). */
  statuses: OutstandingStatus[];
  text: string;
  overdueOnly: boolean;
}

export const VIEW_STORAGE_KEY = 'thankful.dashboard.view';

export const DEFAULT_VIEW: DashboardView = { sort: 'due', direction: 'asc', kinds: [], statuses: ['pending', 'drafted'], text: '', overdueOnly: false };

/** Same length as the contract allows, so a remembered filter is never refused. */
const MAX_TEXT = 200;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);

/** The known values of a remembered list, each once, in the contract's order. */
function pick<T extends string>(values: readonly T[], list: unknown): T[] | null {
  if (!Array.isArray(list)) return null;
  return values.filter((value) => list.includes(value));
}

/**
 * A view read back from storage. Anything another version wrote, a hand-edited value or plain
 * garbage falls back field by field to the default, so a bad entry cannot break the dashboard.
 */
export function parseView(raw: string | null): DashboardView {
  if (!raw) return DEFAULT_VIEW;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return DEFAULT_VIEW;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return DEFAULT_VIEW;
  const v = data as Record<string, unknown>;
  const statuses = pick(OUTSTANDING_STATUSES, v.statuses);
  return {
    sort: isOneOf(OUTSTANDING_SORTS, v.sort) ? v.sort : DEFAULT_VIEW.sort,
    direction: v.direction === 'desc' ? 'desc' : 'asc',
    kinds: pick(OCCASION_KINDS, v.kinds) ?? [],
    statuses: statuses?.length ? statuses : DEFAULT_VIEW.statuses,
    text: typeof v.text === 'string' ? v.text.slice(0, MAX_TEXT) : '',
    overdueOnly: v.overdueOnly === true,
  };
}

export function isDefaultView(view: DashboardView): boolean {
  return (
    view.kinds.length === 0 &&
    view.statuses.length === DEFAULT_VIEW.statuses.length &&
    DEFAULT_VIEW.statuses.every((s) => view.statuses.includes(s)) &&
    view.text.trim() === '' &&
    !view.overdueOnly
  );
}

/** Filters back to the default; the sort stays, it is not a filter. */
export function clearFilters(view: DashboardView): DashboardView {
  return { ...DEFAULT_VIEW, sort: view.sort, direction: view.direction };
}

/** The filters set, in words: “glob”, Interview, Snoozed only… (empty: none). */
export function activeFilters(view: DashboardView): string[] {
  const out: string[] = [];
  const text = view.text.trim();
  if (text) out.push(`“${text}”`);
  if (view.kinds.length) out.push(view.kinds.map((kind) => OCCASION_KIND_LABELS[kind]).join(' or '));
  const sameStatuses = view.statuses.length === DEFAULT_VIEW.statuses.length && DEFAULT_VIEW.statuses.every((s) => view.statuses.includes(s));
  if (!sameStatuses) out.push(view.statuses.map((status) => STATUS_LABELS[status]).join(', '));
  if (view.overdueOnly) out.push('overdue only');
  return out;
}

/**
 * What the filters are measured against: every thank-you with the default statuses, and with any
 * other status the view asks for (so "Snoozed" counts the snoozed ones), whatever the other filters.
 */
export function unfilteredInput(view: DashboardView) {
  return { statuses: OUTSTANDING_STATUSES.filter((s) => DEFAULT_VIEW.statuses.includes(s) || view.statuses.includes(s)), limit: 1 };
}

/** "Showing 1 of 4 — 3 hidden by filters"; the counts may be read at slightly different moments, so never below zero. */
export function hiddenText(shown: number, all: number): string {
  const of = Math.max(all, shown);
  const hidden = of - shown;
  return `Showing ${shown.toLocaleString()} of ${of.toLocaleString()} — ${hidden === 0 ? 'none' : hidden.toLocaleString()} hidden by filters`;
}

/** Adds or removes a value, keeping the contract's order; never leaves `statuses` empty. */
export function toggleIn<T extends string>(all: readonly T[], current: T[], value: T, keepOne = false): T[] {
  const next = current.includes(value) ? current.filter((v) => v !== value) : all.filter((v) => v === value || current.includes(v));
  return keepOne && next.length === 0 ? current : next;
}

/** What the outstanding list asks the backend for (`limit` and `offset` come from the pages shown). */
export function outstandingInput(view: DashboardView) {
  const text = view.text.trim();
  return {
    sort: view.sort,
    direction: view.direction,
    statuses: view.statuses,
    overdueOnly: view.overdueOnly,
    ...(view.kinds.length ? { kinds: view.kinds } : {}),
    ...(text ? { text } : {}),
  };
}

/** Clicking a column: the same one flips the direction, another starts ascending. */
export function sortBy(view: DashboardView, sort: OutstandingSort): DashboardView {
  return view.sort === sort ? { ...view, direction: view.direction === 'asc' ? 'desc' : 'asc' } : { ...view, sort, direction: 'asc' };
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(VIEW_STORAGE_KEY);
  } catch {
    return null; // storage switched off: the default view, not a crash
  }
}

/** The dashboard view, read once from localStorage and written back on every change. */
export function useDashboardView(): [DashboardView, (update: (view: DashboardView) => DashboardView) => void] {
  const [view, setView] = useState<DashboardView>(() => parseView(readStored()));
  useEffect(() => {
    try {
      window.localStorage.setItem(VIEW_STORAGE_KEY, JSON.stringify(view));
    } catch {
      // Full or switched off: the view still works, it is just not remembered.
    }
  }, [view]);
  return [view, setView];
}
