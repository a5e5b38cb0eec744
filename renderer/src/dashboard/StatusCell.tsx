import { CHANNEL_LABELS, type OutstandingItem } from '../../../shared';
import { absolute, ago, soon } from '../lib/time-text';
import { StatusBadge } from '../thank-yous/StatusBadge';
import { asksIfSent } from './row-text';

/** What makes an element one of the grid's keyboard stops (see GridStop in OutstandingRow.tsx). */
export interface StopProps {
  'data-cell': number;
  'data-sub': number;
  tabIndex: number;
}

/**
 * A row's state: its status badge and channel (or how long it is snoozed), or, once the note went
 * to the mail app without an answer, "Drafted" and "Handed off 2 h ago — sent?", which opens Mark sent.
 * The cell is the keyboard stop, or the question when there is one.
 */
export function StatusCell({ item, now, stop, onMarkSent }: { item: OutstandingItem; now: Date; stop: StopProps; onMarkSent(): void }) {
  if (asksIfSent(item)) {
    const handedOff = ago(item.handedOffAt, now);
    return (
      <div role="gridcell" className="dash-cell dc-status">
        <StatusBadge status={item.status} />
        <button
          type="button"
          className="handoff-hint"
          {...stop}
          title={`Handed to your mail ${absolute(item.handedOffAt)}. Did you send it? (S)`}
          aria-label={`Handed off ${handedOff} — sent? Mark the thank-you to ${item.fullName} as sent`}
          onClick={onMarkSent}
        >
          {/* Its name starts with the words shown (WCAG 2.5.3), so the time is never hidden; it wraps. */}
          <span className="handoff-what">Handed off</span>
          <span className="handoff-ago">&nbsp;{handedOff}</span>
          <span className="handoff-question">&nbsp;— sent?</span>
        </button>
      </div>
    );
  }
  return (
    <div role="gridcell" className="dash-cell dc-status" {...stop}>
      <StatusBadge status={item.status} />
      <span className="row-channel muted">{item.status === 'snoozed' && item.snoozedUntil ? `until ${soon(item.snoozedUntil, now)}` : CHANNEL_LABELS[item.channel]}</span>
    </div>
  );
}
