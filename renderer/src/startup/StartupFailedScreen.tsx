import type { AppError } from '../../../shared';
import { Icon } from '../ui/Icon';
import { useWindowTitle } from '../app/page-heading';

/** The backend could not be reached at all (browser mode: server stopped or wrong address). */
export function StartupFailedScreen({ error }: { error: AppError }) {
  useWindowTitle('Thankful could not start');
  return (
    <main className="fatal" role="alert" aria-labelledby="fatal-title">
      <div className="fatal-card">
        <Icon name="alert" />
        <h1 id="fatal-title">Thankful could not start</h1>
        <p>{error.message}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    </main>
  );
}
