import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { OCCASION_KIND_LABELS, OCCASION_KINDS, OUTSTANDING_SORTS, OUTSTANDING_STATUSES, type OccasionKind, type OutstandingSort } from '../../../shared';
import { KIND_SHORT_LABELS, KindIcon } from '../ui/KindIcon';
import { Icon } from '../ui/Icon';
import { STATUS_LABELS } from '../thank-yous/status-labels';
import { toggleIn, type DashboardView } from './dashboard-view';

const SORT_LABELS: Record<OutstandingSort, string> = {
  due: 'Due time',
  person: 'Person',
  company: 'Company',
  occasion: 'Occasion date',
  kind: 'Kind',
  status: 'Status',
};

interface Props {
  view: DashboardView;
  onChange(update: (view: DashboardView) => DashboardView): void;
  filterRef: Ref<HTMLInputElement>;
}

/**
 * Filters above the list: text, kinds, statuses, overdue only; and every sort (the column headers
 * offer the main ones, and are hidden where rows stack). Clearing the filters is in FilterNote.
 */
export function OutstandingToolbar({ view, onChange, filterRef }: Props) {
  const id = useId();
  return (
    <div className="dash-toolbar">
      <div className="search dash-search">
        <Icon name="search" />
        <label htmlFor={`${id}-text`} className="visually-hidden">
          Filter by person, company or occasion
        </label>
        <input
          ref={filterRef}
          id={`${id}-text`}
          type="search"
          dir="auto"
          autoComplete="off"
          maxLength={200}
          placeholder="Filter by name, company, occasion"
          value={view.text}
          aria-keyshortcuts="/"
          onChange={(e) => {
            const text = e.target.value;
            onChange((v) => ({ ...v, text }));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && view.text) {
              e.preventDefault();
              onChange((v) => ({ ...v, text: '' }));
            } else if (e.key === 'ArrowDown' || (e.key === 'Escape' && !view.text)) {
              // From the filter straight into the list, where its one Tab stop is.
              const stop = document.querySelector<HTMLElement>('.outstanding-grid [tabindex="0"]');
              if (stop) {
                e.preventDefault();
                stop.focus();
              }
            }
          }}
        />
        <kbd className="key-hint" aria-hidden="true">
          /
        </kbd>
      </div>
      <div className="dash-filters">
        <KindFilter kinds={view.kinds} onChange={(kinds) => onChange((v) => ({ ...v, kinds }))} />
        <div className="status-filter" role="group" aria-label="Status">
          {OUTSTANDING_STATUSES.map((status) => {
            const on = view.statuses.includes(status);
            const only = on && view.statuses.length === 1;
            return (
              <button
                key={status}
                type="button"
                className="dash-chip"
                aria-pressed={on}
                aria-disabled={only || undefined}
                title={only ? 'At least one status stays chosen' : undefined}
                onClick={() => onChange((v) => ({ ...v, statuses: toggleIn(OUTSTANDING_STATUSES, v.statuses, status, true) }))}
              >
                {STATUS_LABELS[status]}
              </button>
            );
          })}
        </div>
        <label className="overdue-toggle">
          <input type="checkbox" checked={view.overdueOnly} onChange={(e) => onChange((v) => ({ ...v, overdueOnly: e.target.checked }))} />
          Overdue only
        </label>
        <label className="sort-select">
          <span className="visually-hidden">Sort by</span>
          <select
            value={`${view.sort}:${view.direction}`}
            onChange={(e) => {
              const [sort, direction] = e.target.value.split(':') as [OutstandingSort, 'asc' | 'desc'];
              onChange((v) => ({ ...v, sort, direction }));
            }}
          >
            {OUTSTANDING_SORTS.flatMap((sort) =>
              (['asc', 'desc'] as const).map((direction) => (
                <option key={`${sort}:${direction}`} value={`${sort}:${direction}`}>
                  {SORT_LABELS[sort]} {direction === 'asc' ? '↑' : '↓'}
                </option>
              )),
            )}
          </select>
        </label>
      </div>
    </div>
  );
}

/** "Kind: All" opening a small panel of checkboxes, one per kind of occasion. */
function KindFilter({ kinds, onChange }: { kinds: OccasionKind[]; onChange(kinds: OccasionKind[]): void }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const summary = kinds.length === 0 ? 'All' : kinds.length === 1 ? KIND_SHORT_LABELS[kinds[0]!].replace('\u00ad', '') : `${kinds.length} kinds`;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="kind-filter"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(e) => {
        if (open && !rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={kinds.length ? 'dash-chip kind-filter-button filtered' : 'dash-chip kind-filter-button'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Kind: {summary} <span aria-hidden="true">▾</span>
      </button>
      <fieldset id={panelId} className="kind-panel" hidden={!open}>
        <legend className="visually-hidden">Occasion kinds to show</legend>
        {OCCASION_KINDS.map((kind) => (
          <label key={kind} className="kind-panel-option">
            <input type="checkbox" checked={kinds.includes(kind)} onChange={() => onChange(toggleIn(OCCASION_KINDS, kinds, kind))} />
            <KindIcon kind={kind} size={16} />
            {OCCASION_KIND_LABELS[kind]}
          </label>
        ))}
        <button type="button" className="link-button" disabled={kinds.length === 0} onClick={() => onChange([])}>
          Show every kind
        </button>
      </fieldset>
    </div>
  );
}
