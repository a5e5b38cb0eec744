import type { AppInfo, DatabaseStatus } from '../../../shared';
import { Icon } from '../ui/Icon';

const TITLES = {
  'newer-version': 'This data was saved by a newer Thankful',
  damaged: 'Thankful’s data file cannot be read',
  'cannot-open': 'Thankful cannot open its data file',
  'in-use': 'Thankful is already open with this data',
  missing: 'Thankful’s data file is missing',
} as const;

const NEXT_STEP: Record<keyof typeof TITLES, string> = {
  'newer-version': 'Install the newest Thankful, then start it again.',
  damaged: 'Quit Thankful, restore the file from a backup or move it to another folder, then start Thankful again. Starting with a different data folder (--data-dir) also works.',
  'cannot-open': 'Quit Thankful, restore the file from a backup or move it to another folder, then start Thankful again. Starting with a different data folder (--data-dir) also works.',
  'in-use': 'Use the Thankful that is already open, or close it and then start this one again.',
  missing: 'Quit Thankful, put the file back where it was, then start Thankful again.',
};

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
          {NEXT_STEP[database.reason]}
        </p>
      </div>
    </main>
  );
}
