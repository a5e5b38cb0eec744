import type { AppInfo, DatabaseStatus } from '../../../shared';
import { BackupsCard } from '../backups/BackupsCard';
import { Icon } from '../ui/Icon';
import { ToastProvider } from '../ui/toast';
import { useWindowTitle } from '../app/page-heading';

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

/** Reasons the backend lets a backup replace the file from this screen (moving the file aside). */
const RESTORABLE: ReadonlySet<Reason> = new Set(['damaged', 'cannot-open', 'missing']);

const NEXT_STEP: Record<Reason, string> = {
  'newer-version': 'Install the newest Thankful, then start it again.',
  damaged: 'Restore a backup below, or quit Thankful, move the file to another folder, then start Thankful again. Starting with a different data folder (--data-dir) also works.',
  // No list below when the data folder itself could not be made (the backend then allows no restore).
  'cannot-open': 'Restore a backup listed below, if there is one, or quit Thankful, move the file to another folder, then start Thankful again. Starting with a different data folder (--data-dir) also works.',
  'in-use': 'Use the Thankful that is already open, or close it and then start this one again.',
  missing: 'Quit Thankful, put the file back where it was, then start Thankful again. Or restore a backup below.',
  // Nothing was written since it happened: what was saved before is in the file that was moved.
  moved: 'Nothing is saved until then. Quit Thankful, put the file back where it was (from the Trash or a backup), then start Thankful again.',
  'read-only': 'Quit Thankful, make the file and its folder writable for your account, then start Thankful again.',
};

/**
 * Shown instead of the app when the database is unusable; nothing has been written to it. Also
 * shown mid-session when a write finds the data file moved away (the shell re-reads `app.info`).
 * A damaged, missing or unopenable file can be replaced from a backup right here (the restore
 * reloads the page, which then starts normally); the explanation alone is the alert, not the list.
 */
export function DatabaseErrorScreen({ info, database }: { info: AppInfo; database: Extract<DatabaseStatus, { status: 'error' }> }) {
  useWindowTitle(TITLES[database.reason]);
  const restorable = RESTORABLE.has(database.reason);
  return (
    <main className={restorable ? 'fatal fatal-with-restore' : 'fatal'} aria-labelledby="fatal-title">
      <div className="fatal-card" role="alert">
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
      {restorable && (
        // Outside the app's providers: the card's messages (a file too large to read) need their own toasts.
        <ToastProvider>
          <BackupsCard unusable />
        </ToastProvider>
      )}
    </main>
  );
}
