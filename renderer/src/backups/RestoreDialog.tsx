import { useState } from 'react';
import type { Backup, Restored } from '../../../shared';
import { useClient } from '../api/client-context';
import { absolute } from '../lib/time-text';
import { Dialog } from '../ui/Dialog';
import { FormError } from '../ui/FormActions';
import { rememberRestore } from './restore-notice';

export type RestoreSource = { kind: 'backup'; backup: Backup } | { kind: 'file'; name: string; file: { name: string; data: string } };

/**
 * Asks before putting a backup back: everything changed since is replaced (a copy of it is kept
 * first). Starts on Cancel, the safe choice. Once restored the app reloads, so every screen and
 * window shows the restored data; a refused file keeps the dialog open with the reason.
 * `unusable`: the data file cannot be opened (the start-up error screen): it is moved aside, not backed up.
 */
export function RestoreDialog({ source, unusable = false, onClose }: { source: RestoreSource; unusable?: boolean; onClose(): void }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const what = source.kind === 'backup' ? `the backup of ${absolute(new Date(source.backup.createdAt))}` : `“${source.name}”`;

  async function restore() {
    setBusy(true);
    setError(null);
    const result =
      source.kind === 'backup' ? await client.call('backups.restore', { fileName: source.backup.fileName }) : await client.call('backups.restoreFile', source.file);
    if (!result.ok) {
      setBusy(false);
      setError(result.error.message);
      return;
    }
    afterRestore(result.value);
  }

  return (
    <Dialog open title="Restore your data?" onClose={busy ? () => undefined : onClose}>
      {unusable ? (
        <>
          <p>
            Thankful will start again with the data in <bdi>{what}</bdi>. Anything added or changed after it was made is not in it.
          </p>
          <p className="muted">
            The unreadable data file is moved aside (kept in the data folder as thankful.sqlite3.unreadable-…), not deleted.
          </p>
        </>
      ) : (
        <>
          <p>
            Thankful will replace your data with <bdi>{what}</bdi>. Anything you added or changed since then will no longer show.
          </p>
          <p className="muted">Your data as it is now is backed up first, so you can go back to it from this list.</p>
        </>
      )}
      <FormError message={error} />
      <div className="form-actions dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={busy} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={() => void restore()} disabled={busy}>
          {busy ? 'Restoring…' : 'Restore'}
        </button>
      </div>
    </Dialog>
  );
}

function afterRestore(restored: Restored): void {
  rememberRestore(restored);
  // Every screen, cached list and open editor read the old data: start the page over on the new.
  window.location.reload();
}
