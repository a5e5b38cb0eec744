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

interface Props {
  item: OutstandingItem;
  /** 1-based position among all rows (the header is row 1), for aria-rowindex. */
  rowIndex: number;
  now: Date;
  active: boolean;
  selected: boolean;
  /** Offset from the top of the list, from the virtualizer. */
  start: number;
  measureRef: Ref<HTMLDivElement>;
  dataIndex: number;
  onActivate(index: number): void;
  onToggle(id: number): void;
  onAction(action: RowAction, item: OutstandingItem): void;
}

/**
 * One outstanding thank-you in the grid. Only the active row's controls are in the Tab order
 * (roving focus): Tab goes from the row into its actions, then out of the grid.
 */
export const OutstandingRow = memo(function OutstandingRow({ item, rowIndex, now, active, selected, start, measureRef, dataIndex, onActivate, onToggle, onAction }: Props) {
  const due = countdown(item.dueAt, now);
  const tab = active ? 0 : -1;
  const name = item.fullName;
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
      tabIndex={tab}
      className={classes}
      style={{ transform: `translateY(${start}px)` }}
      onFocus={() => {
        if (!active) onActivate(dataIndex);
      }}
      onDoubleClick={(event) => {
        if ((event.target as HTMLElement).closest('button, a, input')) return;
        onAction('open', item);
      }}
    >
      <div role="gridcell" className="dash-cell dc-select">
        <input type="checkbox" tabIndex={tab} checked={selected} aria-label={`Select the thank-you to ${name}`} onChange={() => onToggle(item.thankYouId)} />
      </div>
      <div role="gridcell" className="dash-cell dc-person">
        <Link to={`/people/${item.personId}`} className="row-person" tabIndex={tab} title={`Open ${name}’s page (P)`}>
          <bdi>{name}</bdi>
        </Link>
        {item.company && (
          <span className="row-company muted">
            <bdi>{item.company}</bdi>
          </span>
        )}
      </div>
      <div role="gridcell" className="dash-cell dc-kind" title={kindLabel(item.kind, item.interviewFormat)}>
        <span className={`kind-badge kind-${item.kind}`} role="img" aria-label={kindLabel(item.kind, item.interviewFormat)}>
          <KindIcon kind={item.kind} size={18} />
        </span>
      </div>
      <div role="gridcell" className="dash-cell dc-occasion">
        <span className="row-title" title={item.occasionTitle}>
          <span className="kind-inline" aria-hidden="true">
            <KindIcon kind={item.kind} size={16} />
          </span>
          <bdi>{item.occasionTitle}</bdi>
        </span>
        <span className="row-when muted">
          {kindLabel(item.kind, item.interviewFormat)} · <time dateTime={item.occasionEndsAt}>{soon(item.occasionEndsAt, now)}</time>
        </span>
      </div>
      <div role="gridcell" className="dash-cell dc-due">
        <span className={`countdown ${due.urgency}`}>
          {due.urgency === 'overdue' && <Icon name="alert" />}
          {due.urgency === 'soon' && <Icon name="clock" />}
          <span className="countdown-text">{capitalize(due.text)}</span>
        </span>
        <time className="row-due-at muted" dateTime={item.dueAt} title={`Due ${absolute(item.dueAt)}${item.dueOverridden ? ' (set by hand)' : ''}`}>
          {soon(item.dueAt, now)}
        </time>
      </div>
      <StatusCell item={item} now={now} tabIndex={tab} onMarkSent={() => onAction('sent', item)} />
      <div role="gridcell" className="dash-cell dc-actions">
        <button type="button" className="button compact row-write" tabIndex={tab} title={WRITE_NOTE_HINT} aria-label={`Write note to ${name}`} onClick={() => onAction('open', item)}>
          <Icon name="edit" />
          <span className="button-label">Write note</span>
        </button>
        <button type="button" className="row-icon-button" tabIndex={tab} title="Mark sent (S)" aria-label={`Mark sent: thank-you to ${name}`} onClick={() => onAction('sent', item)}>
          <Icon name="check" />
        </button>
        <button type="button" className="row-icon-button" tabIndex={tab} title="Snooze (Z)" aria-label={`Snooze the thank-you to ${name}`} onClick={() => onAction('snooze', item)}>
          <Icon name="clock" />
        </button>
        <button type="button" className="row-icon-button" tabIndex={tab} title="Skip (D)" aria-label={`Skip the thank-you to ${name}`} onClick={() => onAction('skip', item)}>
          <Icon name="skip" />
        </button>
      </div>
    </div>
  );
});
