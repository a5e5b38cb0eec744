import { useState } from 'react';
import { BACKUP_KEEP, RESTORE_FILE_MAX_BYTES, type Backup } from '../../../shared';
import { useClient } from '../api/client-context';
import { useQuery } from '../api/use-query';
import { readPickedFile } from '../lib/base64';
import { absolute, soon } from '../lib/time-text';
import { useNow } from '../lib/use-now';
import { PickFileButton } from '../ui/PickFileButton';
import { QueryState } from '../ui/QueryState';
import { useToast } from '../ui/toast';
import { BACKUP_KIND_LABELS, fileSize } from './backup-text';
import { RestoreDialog, type RestoreSource } from './RestoreDialog';
import './backups.css';

/** How many backups the card lists before "Show all". */
const SHOWN = 5;

/**
 * Backups beside the data: when the last one was made, "Back up now", and putting one back (or a
 * Thankful file from elsewhere). Restoring keeps a copy of what is there now, then reloads the app.
 * `unusable`: on the start-up error screen, where the data file cannot be opened: only restoring
 * (the file is moved aside instead of backed up); nothing to back up, so no "Back up now".
 */
export function BackupsCard({ unusable = false }: { unusable?: boolean }) {
  const client = useClient();
  const toast = useToast();
  const now = useNow();
  const { state, reload } = useQuery('backups.list', {});
  const [busy, setBusy] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);

  async function backUpNow() {
    setBusy(true);
    const result = await client.call('backups.create', {});
    setBusy(false);
    toast(result.ok ? { message: `Backed up (${fileSize(result.value.sizeBytes)}).` } : { tone: 'error', message: result.error.message });
  }

  async function pickFile(file: File) {
    const read = await readPickedFile(file, RESTORE_FILE_MAX_BYTES);
    if (!read.ok) toast({ tone: 'error', message: read.message });
    else setRestoring({ kind: 'file', name: file.name, file: read.file });
  }

  // The backend lets a restore happen here only when this Thankful holds the data folder (not when
  // the folder cannot even be made): then there is no way out to offer on this screen.
  if (unusable && state.status === 'failed' && state.error.code === 'DATABASE_UNAVAILABLE') return null;

  return (
    <div className="card backups-card" aria-labelledby="backups-title">
      <h2 id="backups-title">{unusable ? 'Restore from a backup' : 'Backups'}</h2>
      {!unusable && (
        <p className="muted card-intro">
          Thankful copies your data every day, and before each update of its format, into a folder beside it. It keeps one copy for each of the
          last {BACKUP_KEEP.daily} days and {BACKUP_KEEP.weekly} weeks, and your last five made with Back up now.
        </p>
      )}
      <QueryState state={state} onRetry={reload} look="card" loadingText="Looking for backups…" failedText="The backups could not be listed.">
        {({ data }) => {
          const items = showAll ? data.items : data.items.slice(0, SHOWN);
          if (unusable && data.items.length === 0) {
            return (
              <p className="backup-last">
                No backups in <span className="path">{data.folder}</span>.
              </p>
            );
          }
          return (
            <>
              {!unusable && (
                <p className="backup-last">
                  {data.lastBackupAt === null ? 'No backup yet.' : <>Last backup: <strong>{soon(new Date(data.lastBackupAt), now)}</strong></>}
                </p>
              )}
              <dl className="facts">
                <dt>Folder</dt>
                <dd className="path">{data.folder}</dd>
              </dl>
              {items.length > 0 && (
                <ul className="backup-list" aria-label="Backups, newest first">
                  {items.map((backup) => (
                    <BackupRow key={backup.fileName} backup={backup} onRestore={() => setRestoring({ kind: 'backup', backup })} />
                  ))}
                </ul>
              )}
              {data.items.length > SHOWN && (
                <button type="button" className="button subtle" onClick={() => setShowAll((all) => !all)} aria-expanded={showAll}>
                  {showAll ? 'Show fewer' : `Show all ${data.items.length}`}
                </button>
              )}
            </>
          );
        }}
      </QueryState>
      <div className="form-actions backup-actions">
        <PickFileButton accept=".sqlite3,.sqlite,.db,application/vnd.sqlite3,application/x-sqlite3" onPick={(file) => void pickFile(file)}>
          Restore from a file…
        </PickFileButton>
        {!unusable && (
          <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
            {busy ? 'Backing up…' : 'Back up now'}
          </button>
        )}
      </div>
      {restoring && <RestoreDialog source={restoring} unusable={unusable} onClose={() => setRestoring(null)} />}
    </div>
  );
}

function BackupRow({ backup, onRestore }: { backup: Backup; onRestore(): void }) {
  const when = absolute(new Date(backup.createdAt));
  return (
    <li className="backup-row">
      <span className="backup-when">{when}</span>
      <span className="backup-kind">{BACKUP_KIND_LABELS[backup.kind]}</span>
      <span className="backup-size">{fileSize(backup.sizeBytes)}</span>
      <button type="button" className="button subtle" onClick={onRestore} aria-label={`Restore the backup of ${when}`}>
        Restore…
      </button>
    </li>
  );
}
