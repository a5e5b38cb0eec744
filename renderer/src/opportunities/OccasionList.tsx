import { Link } from 'react-router';
import { INTERVIEW_FORMAT_LABELS, OCCASION_KIND_LABELS, type OccasionSummary } from '../../../shared';
import { shortDate } from '../lib/time-text';
import { ThanksProgress } from '../ui/ThanksProgress';

interface Props {
  occasions: OccasionSummary[];
  /** On the dashboard an occasion's opportunity is worth naming; on the opportunity's own page it is not. */
  showOpportunity?: boolean;
}

/** Occasions as rows that open the occasion, each with who was there and how far the thanks got. */
export function OccasionList({ occasions, showOpportunity = false }: Props) {
  return (
    <ul className="occasion-list">
      {occasions.map((occasion) => {
        const kind = occasion.kind === 'interview' && occasion.interviewFormat ? INTERVIEW_FORMAT_LABELS[occasion.interviewFormat] : OCCASION_KIND_LABELS[occasion.kind];
        const people = occasion.people.length > 3 ? `${occasion.people.slice(0, 3).join(', ')} and ${occasion.people.length - 3} more` : occasion.people.join(', ');
        return (
          <li key={occasion.id}>
            <Link className="occasion-row" to={`/occasions/${occasion.id}`}>
              <span className="occasion-main">
                <span className="occasion-title">
                  <bdi>{occasion.title}</bdi>
                </span>
                <span className="occasion-meta">
                  <span className="kind-tag">{kind}</span>
                  <time dateTime={occasion.startsAt}>{shortDate(occasion.startsAt)}</time>
                  {people && (
                    <span>
                      <bdi>{people}</bdi>
                    </span>
                  )}
                  {showOpportunity && occasion.opportunityLabel && (
                    <span>
                      <bdi>{occasion.opportunityLabel}</bdi>
                    </span>
                  )}
                </span>
              </span>
              <ThanksProgress variant="dots" sent={occasion.thanksSent} total={occasion.thanksTotal} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
