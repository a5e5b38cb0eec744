import { Link } from 'react-router';
import { BackLink } from '../ui/BackLink';

export function OccasionNotFound() {
  return (
    <section className="screen">
      <BackLink />
      <div className="card empty-state">
        <p className="empty-title">This occasion no longer exists</p>
        <p>It may have been deleted.</p>
        <Link className="button" to="/occasions">
          All occasions
        </Link>
      </div>
    </section>
  );
}
