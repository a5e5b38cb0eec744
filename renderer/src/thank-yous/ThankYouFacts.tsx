import type { ReactNode } from 'react';
import { CHANNEL_LABELS, type ThankYouSummary } from '../../../shared';
import { absolute, dueRelative, soon } from '../lib/time-text';

/** `dueAction`: after the due time (e.g. Add to calendar). Changing it is in the row's "More actions". */
export function ThankYouFacts({ t, now, isOpen, dueAction }: { t: ThankYouSummary; now: Date; isOpen: boolean; dueAction?: ReactNode }) {
  const relative = dueRelative(t.dueAt, now);
  return (
    <div className="ty-facts">
      {isOpen && (
        <p className="ty-due">
          <span className="ty-due-label">Due</span> <time className="due-time" dateTime={t.dueAt}>{absolute(t.dueAt)}</time>
          {t.dueOverridden && <span className="custom-tag"> (custom)</span>}
          <span className={relative.overdue ? 'due-relative overdue' : 'due-relative'}> · {relative.text}</span>
          {dueAction}
        </p>
      )}
      {t.status === 'snoozed' && t.snoozedUntil && (
        <p className="muted text-small">
          Snoozed until <time dateTime={t.snoozedUntil}>{soon(t.snoozedUntil, now)}</time>
        </p>
      )}
      {t.status === 'sent' && (
        <p className="text-small">
          Sent{t.sentAt && (
            <>
              {' '}
              <time dateTime={t.sentAt}>{absolute(t.sentAt)}</time>
            </>
          )}
          {t.channel && <> · {CHANNEL_LABELS[t.channel]}</>}
          {t.sentAt && Date.parse(t.sentAt) > Date.parse(t.dueAt) && <span className="muted"> · after the due time</span>}
        </p>
      )}
      {t.status === 'skipped' && (
        <p className="text-small">
          Skipped{t.skipReason ? ': ' : ''}
          {t.skipReason && <bdi className="muted">{t.skipReason}</bdi>}
        </p>
      )}
      {!isOpen && (
        <p className="muted text-small">
          Was due <time className="due-time" dateTime={t.dueAt}>{absolute(t.dueAt)}</time>
          {t.dueOverridden && <span className="custom-tag"> (custom)</span>}
        </p>
      )}
    </div>
  );
}
