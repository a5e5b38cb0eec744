import { Link } from 'react-router';
import { usePeople } from '../people/use-people';

/**
 * The home screen. Until occasions are recorded nothing can be owed, so it shows the new-user
 * state: what Thankful does, and the first step that works today.
 */
export function DashboardScreen() {
  const { state } = usePeople('');
  const peopleCount = state.status === 'loaded' ? state.total : undefined;

  return (
    <section className="screen" aria-labelledby="dashboard-title">
      <header className="screen-header">
        <div>
          <h1 id="dashboard-title">Dashboard</h1>
          <p className="subtitle">Who still needs a thank-you, overdue first.</p>
        </div>
      </header>
      <div className="card empty-state hero">
        <p className="empty-title">Nobody is waiting for a thank-you</p>
        <p>
          Thankful makes sure everyone who helped you in your job search — each interviewer, the person who referred you,
          whoever vouched for you — gets a timely, personal note. Interview thank-yous are due within 24 hours.
        </p>
        <p className="muted">
          {peopleCount === undefined
            ? ' '
            : peopleCount === 0
              ? 'Start by adding the people who helped you.'
              : `You have recorded ${peopleCount === 1 ? '1 person' : `${peopleCount} people`} so far.`}
        </p>
        <Link className="button primary" to="/people">
          {peopleCount ? 'Go to people' : 'Add the people who helped you'}
        </Link>
      </div>
    </section>
  );
}
