import { Link } from 'react-router';
import { THANK_YOU_STATUSES, type OpportunityDetail, type ThankYouStatus } from '../../../shared';
import { capitalize } from '../lib/text';
import { absolute, dueRelative } from '../lib/time-text';
import { useNow } from '../lib/use-now';
import { StatusBadge } from '../thank-yous/StatusBadge';

type Outstanding = OpportunityDetail['outstanding'][number];

/** The contract gives the status as a plain string; a known one other than "to do" gets its badge. */
const badgeStatus = (status: string): ThankYouStatus | null =>
  status !== 'pending' && (THANK_YOU_STATUSES as readonly string[]).includes(status) ? (status as ThankYouStatus) : null;

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
        const badge = badgeStatus(item.status);
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
              {badge && <StatusBadge status={badge} />}
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
