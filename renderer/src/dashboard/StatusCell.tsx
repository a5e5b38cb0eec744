import { CHANNEL_LABELS, type OutstandingItem } from '../../../shared';
import { absolute, ago, soon } from '../lib/time-text';
import { asksIfSent, STATUS_LABELS } from './row-text';

/**
 * A row's state: its status and channel (or how long it is snoozed), or, once the note went to
 * the mail app without an answer, "Handed off · 2 h ago — sent?", which opens Mark sent.
 */
export function StatusCell({ item, now, tabIndex, onMarkSent }: { item: OutstandingItem; now: Date; tabIndex: number; onMarkSent(): void }) {
  if (asksIfSent(item)) {
    const handedOff = ago(item.handedOffAt, now);
    return (
      <div role="gridcell" className="dash-cell dc-status">
        <span className="status-badge status-handed-off">Handed off</span>
        <button type="button" className="handoff-hint" tabIndex={tabIndex} title={`Handed to your mail ${absolute(item.handedOffAt)}. Did you send it? (S)`} onClick={onMarkSent}>
          {/* When space is short the time gives way, never the question. */}
          <span className="handoff-ago">{handedOff}</span>
          <span className="handoff-question">&nbsp;— sent?</span>
          <span className="visually-hidden"> Mark the thank-you to {item.fullName} as sent</span>
        </button>
      </div>
    );
  }
  return (
    <div role="gridcell" className="dash-cell dc-status">
      <span className={`status-badge status-${item.status}`}>{STATUS_LABELS[item.status]}</span>
      <span className="row-channel muted">{item.status === 'snoozed' && item.snoozedUntil ? `until ${soon(item.snoozedUntil, now)}` : CHANNEL_LABELS[item.channel]}</span>
    </div>
  );
}
