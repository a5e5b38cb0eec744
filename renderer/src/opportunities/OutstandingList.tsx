import { Link } from 'react-router';
import type { OpportunityDetail } from '../../../shared';
import { capitalize } from '../lib/text';
import { absolute, dueRelative } from '../lib/time-text';
import { useNow } from '../lib/use-now';
import { StatusBadge } from '../thank-yous/StatusBadge';

type Outstanding = OpportunityDetail['outstanding'][number];

/** Who still needs a thank-you, soonest due first; overdue ones stand out in red. A drafted or snoozed one says so with the status badge used everywhere. */
export function OutstandingList({ items }: { items: Outstanding[] }) {
  const now = useNow(60_000);
  const sorted = [...items].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return (
    <ul className="outstanding-list">
      {sorted.map((item) => {
        // A snoozed thank-you was put off on purpose; it is not shown as overdue.
        const due = dueRelative(item.dueAt, now);
        const overdue = item.status !== 'snoozed' && due.overdue;
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
              {item.status !== 'pending' && <StatusBadge status={item.status} />}
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
