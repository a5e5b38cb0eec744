import { Link } from 'react-router';
import type { EventTopic, Opportunity } from '../../../shared';
import { useQuery } from '../api/use-query';
import { useLogOccasion } from '../app/log-occasion';
import { Icon } from '../ui/Icon';
import { QueryState } from '../ui/QueryState';
import { OccasionList } from '../opportunities/OccasionList';
import { OPEN_STAGES, StageBadge } from '../opportunities/stage';
import '../opportunities/opportunities.css';

const OCCASION_TOPICS: readonly EventTopic[] = ['occasions.changed', 'thanks.changed', 'people.changed'];
const OPPORTUNITY_TOPICS: readonly EventTopic[] = ['opportunities.changed', 'occasions.changed', 'thanks.changed'];
const PEOPLE_TOPICS: readonly EventTopic[] = ['people.changed'];
const RECENT = 6;

/**
 * The home screen. A new user sees what Thankful does and the first step; once occasions exist
 * it shows the most recent ones with how far their thanks got, and the open opportunities.
 */
export function DashboardScreen() {
  const occasions = useQuery('occasions.list', { limit: RECENT, offset: 0 }, OCCASION_TOPICS);
  const opportunities = useQuery('opportunities.list', { limit: 200, offset: 0 }, OPPORTUNITY_TOPICS);
  const people = useQuery('people.list', { limit: 1, offset: 0 }, PEOPLE_TOPICS);

  const peopleCount = people.state.status === 'loaded' ? people.state.data.total : undefined;

  return (
    <section className="screen" aria-labelledby="dashboard-title">
      <header className="screen-header">
        <div>
          <h1 id="dashboard-title">Dashboard</h1>
          <p className="subtitle">Your recent occasions and how far the thanks got.</p>
        </div>
      </header>
      <QueryState state={occasions.state} onRetry={occasions.reload} look="card">
        {({ data }) =>
          data.total === 0 ? (
            <Welcome peopleCount={peopleCount} />
          ) : (
            <>
              <div className="stat-tiles">
                <Stat label={data.total === 1 ? 'occasion recorded' : 'occasions recorded'} value={data.total} to="/occasions" />
                <Stat label={peopleLabel(peopleCount)} value={peopleCount} to="/people" />
                <Stat
                  label="open opportunities"
                  value={opportunities.state.status === 'loaded' ? opportunities.state.data.items.filter((o) => OPEN_STAGES.includes(o.stage)).length : undefined}
                  to="/opportunities"
                />
              </div>
              <section className="card" aria-labelledby="recent-title">
                <div className="card-title-row">
                  <h2 id="recent-title">Recent occasions</h2>
                  {data.total > data.items.length && (
                    <Link to="/occasions" className="see-all">
                      See all {data.total}
                    </Link>
                  )}
                </div>
                <OccasionList occasions={data.items} showOpportunity />
              </section>
              {opportunities.state.status === 'loaded' && <OpportunitiesOwed items={opportunities.state.data.items} />}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function peopleLabel(count: number | undefined) {
  return count === 1 ? 'person who helped' : 'people who helped';
}

function Stat({ label, value, to }: { label: string; value: number | undefined; to: string }) {
  return (
    <Link to={to} className="card stat-tile">
      <span className="stat-value">{value ?? '–'}</span>
      <span className="stat-label">{label}</span>
    </Link>
  );
}

/** Opportunities where someone still needs thanks: the place to look before the next round. */
function OpportunitiesOwed({ items }: { items: Opportunity[] }) {
  const owed = items.filter((o) => o.thanksOutstanding > 0).sort((a, b) => b.thanksOutstanding - a.thanksOutstanding);
  if (owed.length === 0) return null;
  return (
    <section className="card" aria-labelledby="owed-title">
      <h2 id="owed-title">Opportunities with thanks to send</h2>
      <ul className="occasion-list">
        {owed.slice(0, 6).map((o) => (
          <li key={o.id}>
            <Link className="occasion-row" to={`/opportunities/${o.id}`}>
              <span className="occasion-main">
                <span className="occasion-title">
                  <bdi>{o.label}</bdi>
                </span>
              </span>
              <StageBadge stage={o.stage} />
              <span className="outstanding-count">{o.thanksOutstanding} to thank</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Welcome({ peopleCount }: { peopleCount: number | undefined }) {
  const logOccasion = useLogOccasion();
  return (
    <div className="card empty-state hero">
      <p className="empty-title">Nobody is waiting for a thank-you</p>
      <p>
        Thankful makes sure everyone who helped you in your job search — each interviewer, the person who referred you,
        whoever vouched for you — gets a timely, personal note. Interview thank-yous are due within 24 hours.
      </p>
      <p className="muted">
        Start by logging your latest interview: who was there and what you talked about. Thankful then keeps track of each
        thank-you until it is sent.
        {peopleCount ? ` You have recorded ${peopleCount === 1 ? '1 person' : `${peopleCount} people`} so far.` : ''}
      </p>
      <div className="welcome-actions">
        <button type="button" className="button primary" onClick={() => logOccasion()}>
          <Icon name="plus" />
          Log an interview
        </button>
        <Link className="button" to="/people">
          Add people first
        </Link>
      </div>
    </div>
  );
}
