import type { Restored } from '../../../shared';

const KEY = 'thankful.restored';

interface Remembered {
  from: string;
  /** The unusable data file's new name, when the restore moved it aside instead of backing it up. */
  setAside: string | null;
}

/** Kept across the reload that follows a restore, so the app can say what happened once it is back. */
export function rememberRestore(restored: Restored): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ from: restored.restoredFrom, setAside: restored.setAside } satisfies Remembered));
  } catch {
    // Storage full or off: the restore happened all the same, only the message after the reload is lost.
  }
}

/** The message to show once after a restore, or null. */
export function takeRestoreNotice(): string | null {
  try {
    const stored = sessionStorage.getItem(KEY);
    if (stored === null) return null;
    sessionStorage.removeItem(KEY);
    const { from, setAside } = JSON.parse(stored) as Remembered;
    if (setAside) return `Restored your data from “${from}”. The unreadable data file was moved aside as “${setAside}” in the data folder, not deleted.`;
    return `Restored your data from “${from}”. What was there before is kept in the backups.`;
  } catch {
    return null;
  }
}
