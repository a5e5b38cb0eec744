import type { AppInfo, DatabaseStatus } from '../../../shared';
import { Icon } from '../ui/Icon';

const TITLES = {
  'newer-version': 'This data was saved by a newer Thankful',
  damaged: 'Thankful’s data file cannot be read',
  'cannot-open': 'Thankful cannot open its data file',
} as const;

/** Shown instead of the app when the database is unusable; nothing has been written to it. */
export function DatabaseErrorScreen({ info, database }: { info: AppInfo; database: Extract<DatabaseStatus, { status: 'error' }> }) {
  return (
    <main className="fatal" role="alert" aria-labelledby="fatal-title">
      <div className="fatal-card">
        <Icon name="alert" />
        <h1 id="fatal-title">{TITLES[database.reason]}</h1>
        <p>{database.message}</p>
        <dl className="facts">
          <dt>File</dt>
          <dd className="path">{database.path}</dd>
          <dt>Version</dt>
          <dd>Thankful {info.version}</dd>
        </dl>
        <p className="muted">
          {database.reason === 'newer-version'
            ? 'Install the newest Thankful, then start it again.'
            : 'Quit Thankful, restore the file from a backup or move it to another folder, then start Thankful again. Starting with a different data folder (--data-dir) also works.'}
        </p>
      </div>
    </main>
  );
}
