import type { Restored } from '../../../shared';

const KEY = 'thankful.restored';

/** Kept across the reload that follows a restore, so the app can say what happened once it is back. */
export function rememberRestore(restored: Restored): void {
  try {
    sessionStorage.setItem(KEY, restored.restoredFrom);
  } catch {
    // Storage full or off: the restore happened all the same, only the message after the reload is lost.
  }
}

/** The message to show once after a restore, or null. */
export function takeRestoreNotice(): string | null {
  try {
    const from = sessionStorage.getItem(KEY);
    if (from === null) return null;
    sessionStorage.removeItem(KEY);
    return `Restored your data from “${from}”. What was there before is kept in the backups.`;
  } catch {
    return null;
  }
}
