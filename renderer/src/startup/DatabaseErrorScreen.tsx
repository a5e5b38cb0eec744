import type { AppInfo, DatabaseStatus } from '../../../shared';
import { Icon } from '../ui/Icon';

type Reason = Extract<DatabaseStatus, { status: 'error' }>['reason'];

const TITLES: Record<Reason, string> = {
  'newer-version': 'This data was saved by a newer Thankful',
  damaged: 'Thankful’s data file cannot be read',
  'cannot-open': 'Thankful cannot open its data file',
  'in-use': 'Thankful is already open with this data',
  missing: 'Thankful’s data file is missing',
  moved: 'Thankful’s data file was moved while Thankful was open',
  'read-only': 'Thankful cannot write its data file',
};

const NEXT_STEP: Record<Reason, string> = {
  'newer-version': 'Install the newest Thankful, then start it again.',
  damaged: 'Quit Thankful, restore the file from a backup or move it to another folder, then start Thankful again. Starting with a different data folder (--data-dir) also works.',
  'cannot-open': 'Quit Thankful, restore the file from a backup or move it to another folder, then start Thankful again. Starting with a different data folder (--data-dir) also works.',
  'in-use': 'Use the Thankful that is already open, or close it and then start this one again.',
  missing: 'Quit Thankful, put the file back where it was, then start Thankful again.',
  // Nothing was written since it happened: what was saved before is in the file that was moved.
  moved: 'Nothing is saved until then. Quit Thankful, put the file back where it was (from the Trash or a backup), then start Thankful again.',
  'read-only': 'Quit Thankful, make the file and its folder writable for your account, then start Thankful again.',
};

/**
 * Shown instead of the app when the database is unusable; nothing has been written to it. Also
 * shown mid-session when a write finds the data file moved away (the shell re-reads `app.info`).
 */
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
