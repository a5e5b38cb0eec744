import { memo, type Ref } from 'react';
import { Link } from 'react-router';
import type { OutstandingItem } from '../../../shared';
import { kindLabel, KindIcon } from '../ui/KindIcon';
import { absolute, soon } from '../lib/time-text';
import { notePath } from '../thank-yous/note-link';
import { Icon } from '../ui/Icon';
import { countdown, rowLabel } from './row-text';
import { capitalize } from '../lib/text';
import { StatusCell } from './StatusCell';

export type RowAction = 'open' | 'sent' | 'snooze' | 'skip' | 'person';

export const WRITE_NOTE_HINT = 'Write the note (Enter)';

/** Where "Write note" goes: the note editor for this thank-you. */
export const writeNotePath = (item: OutstandingItem) => notePath(item.thankYouId);

/**
 * A place keyboard focus can be in the grid: `cell` is the column (0 select, 1 person, 2 occasion,
 * 3 due, 4 status, 5 actions; -1 the row itself), `sub` the control within the cell (the actions
 * cell has four). Each such element carries `data-cell` and `data-sub`.
 */
export interface GridStop {
  cell: number;
  sub: number;
}

export const ROW_STOP: GridStop = { cell: -1, sub: 0 };

/** Controls per cell in a row (the header has one per cell). */
export const ROW_CELL_STOPS: readonly number[] = [1, 1, 1, 1, 1, 4];

/** The last stop of a row: its Skip button. */
export const LAST_STOP: GridStop = { cell: 5, sub: 3 };

interface Props {
  item: OutstandingItem;
  /** 1-based position among all rows (the header is row 1), for aria-rowindex. */
  rowIndex: number;
  now: Date;
  active: boolean;
  /** The grid's one Tab stop when it is in this row (`tabCell` -1: the row itself), else null. */
  tabCell: number | null;
  tabSub: number;
  selected: boolean;
  /** Offset from the top of the list, from the virtualizer. */
  start: number;
  measureRef: Ref<HTMLDivElement>;
  dataIndex: number;
  onToggle(id: number): void;
  onAction(action: RowAction, item: OutstandingItem): void;
}

/**
 * One outstanding thank-you in the grid. The grid is one Tab stop (roving tabindex): only the
 * row, cell or control focused last has tabindex 0; the arrow keys move between them.
 */
export const OutstandingRow = memo(function OutstandingRow({ item, rowIndex, now, active, tabCell, tabSub, selected, start, measureRef, dataIndex, onToggle, onAction }: Props) {
  const due = countdown(item.dueAt, now);
  const tab = (cell: number, sub = 0) => (tabCell === cell && (cell === -1 || tabSub === sub) ? 0 : -1);
  const stop = (cell: number, sub = 0) => ({ 'data-cell': cell, 'data-sub': sub, tabIndex: tab(cell, sub) });
  const name = item.fullName;
  const kind = kindLabel(item.kind, item.interviewFormat);
  const classes = ['dash-row', `urgency-${due.urgency}`, `status-${item.status}`, active && 'active', selected && 'selected'].filter(Boolean).join(' ');
  return (
    <div
      ref={measureRef}
      data-index={dataIndex}
      data-outstanding-row=""
      data-thank-you-id={item.thankYouId}
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={selected}
      aria-label={rowLabel(item, due.text, now)}
      tabIndex={tab(-1)}
      className={classes}
      style={{ transform: `translateY(${start}px)` }}
      onDoubleClick={(event) => {
        if ((event.target as HTMLElement).closest('button, a, input')) return;
        onAction('open', item);
      }}
    >
      <div role="gridcell" className="dash-cell dc-select">
        <input type="checkbox" {...stop(0)} checked={selected} aria-label={`Select the thank-you to ${name}`} onChange={() => onToggle(item.thankYouId)} />
      </div>
      <div role="gridcell" className="dash-cell dc-person">
        <Link to={`/people/${item.personId}`} className="row-person" {...stop(1)} title={`Open ${name}’s page (P)`}>
          <bdi>{name}</bdi>
        </Link>
        {item.company && (
          <span className="row-company muted">
            <bdi>{item.company}</bdi>
          </span>
        )}
      </div>
      <div role="gridcell" className="dash-cell dc-occasion" {...stop(2)}>
        <span className="row-title">
          <span className="kind-inline" aria-hidden="true" title={kind}>
            <KindIcon kind={item.kind} size={16} />
          </span>
          <bdi>{item.occasionTitle}</bdi>
        </span>
        <span className="row-when muted">
          {kind} · <time dateTime={item.occasionEndsAt}>{soon(item.occasionEndsAt, now)}</time>
        </span>
      </div>
      <div role="gridcell" className="dash-cell dc-due" {...stop(3)}>
        <span className={`countdown ${due.urgency}`}>
          {due.urgency === 'overdue' && <Icon name="alert" />}
          {due.urgency === 'soon' && <Icon name="clock" />}
          <span className="countdown-text">{capitalize(due.text)}</span>
        </span>
        <time className="row-due-at muted" dateTime={item.dueAt} title={`Due ${absolute(item.dueAt)}${item.dueOverridden ? ' (set by hand)' : ''}`}>
          {soon(item.dueAt, now)}
        </time>
      </div>
      <StatusCell item={item} now={now} stop={stop(4)} onMarkSent={() => onAction('sent', item)} />
      <div role="gridcell" className="dash-cell dc-actions">
        <button type="button" className="button compact row-write" {...stop(5, 0)} title={WRITE_NOTE_HINT} aria-label={`Write note to ${name}`} onClick={() => onAction('open', item)}>
          <Icon name="edit" />
          <span className="button-label">Write note</span>
        </button>
        <button type="button" className="row-icon-button" {...stop(5, 1)} title="Mark sent (S)" aria-label={`Mark sent: thank-you to ${name}`} onClick={() => onAction('sent', item)}>
          <Icon name="check" />
        </button>
        <button type="button" className="row-icon-button" {...stop(5, 2)} title="Snooze (Z)" aria-label={`Snooze the thank-you to ${name}`} onClick={() => onAction('snooze', item)}>
          <Icon name="clock" />
        </button>
        <button type="button" className="row-icon-button" {...stop(5, 3)} title="Skip (D)" aria-label={`Skip the thank-you to ${name}`} onClick={() => onAction('skip', item)}>
          <Icon name="skip" />
        </button>
      </div>
    </div>
  );
});
