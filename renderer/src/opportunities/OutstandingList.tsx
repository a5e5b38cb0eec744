import { Link } from 'react-router';
import type { OpportunityDetail } from '../../../shared';
import { capitalize } from '../lib/text';
import { absolute, dueRelative } from '../lib/time-text';
import { useNow } from '../lib/use-now';

type Outstanding = OpportunityDetail['outstanding'][number];

const STATUS_LABELS: Record<string, string> = { drafted: 'Draft ready', snoozed: 'Snoozed' };

/** Who still needs a thank-you, soonest due first; overdue ones stand out in red. */
export function OutstandingList({ items }: { items: Outstanding[] }) {
  const now = useNow(60_000);
  const sorted = [...items].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return (
    <ul className="outstanding-list">
      {sorted.map((item) => {
        // A snoozed thank-you was put off on purpose; it is not shown as overdue.
        const due = dueRelative(item.dueAt, now);
        const overdue = item.status !== 'snoozed' && due.overdue;
        const statusLabel = STATUS_LABELS[item.status];
        return (
          <li key={item.thankYouId} className={overdue ? 'outstanding-row overdue' : 'outstanding-row'}>
            <div className="outstanding-who">
              <Link to={`/people/${item.personId}`} className="person-link">
                <bdi>{item.fullName}</bdi>
              </Link>
              <span className="muted">
                for <bdi>{item.occasionTitle}</bdi>
              </span>
            </div>
            <div className="outstanding-due">
              {statusLabel && <span className="status-tag">{statusLabel}</span>}
              <span className="due-relative">{capitalize(due.text)}</span>
              <time className="due-absolute" dateTime={item.dueAt}>
                {absolute(item.dueAt)}
              </time>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
