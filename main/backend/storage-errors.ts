import type { AppError } from '../../shared';

/**
 * What a person is told when the storage under the database fails, in one place. SQLite's own
 * words ("database or disk is full") say what broke but not what to do; each message here says
 * what happened, that nothing was saved (SQLite rolled the transaction back), and the next step.
 */
export function storageError(error: unknown): AppError | undefined {
  const code = sqliteCode(error);
  if (!code) return undefined;
  if (code === 'SQLITE_FULL') {
    return {
      code: 'DISK_FULL',
      message: 'Your disk is full, so nothing was saved. Free some space (empty the Trash, delete large files you do not need) and try again.',
    };
  }
  if (code.startsWith('SQLITE_READONLY')) return readOnlyError();
  if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_') || code === 'SQLITE_NOTADB') {
    return {
      code: 'DATABASE_DAMAGED',
      message: 'Thankful’s data file is damaged, so nothing was saved. Quit Thankful and restore the file from a backup; until then, do not delete or move it.',
    };
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return {
      code: 'STORAGE_FAILED',
      message: 'The disk holding Thankful’s data could not be read or written, so nothing was saved. If the data is on a USB or network drive, check that it is connected; otherwise check the disk, then try again.',
    };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      code: 'DATABASE_BUSY',
      message: 'Another program is holding Thankful’s data file (a backup or sync tool?), so nothing was saved. Try again in a moment.',
    };
  }
  return undefined;
}

export function readOnlyError(): AppError {
  return { code: 'READ_ONLY', message: READ_ONLY_MESSAGE };
}

/** Why a data file that can be read cannot be written, and what to do; shown in `app.info` too. */
export const READ_ONLY_MESSAGE =
  'Thankful’s data file cannot be written (the file or its folder is read-only, or the disk is locked), so nothing can be saved; you can still look at everything. Quit Thankful, make the file and its folder writable for your account, then start Thankful again.';

export const DATA_FILE_MOVED_MESSAGE =
  'Thankful’s data file was moved, deleted or replaced while Thankful was open. Nothing was saved. Quit Thankful and put the file back where it was (from the Trash or a backup), then start Thankful again.';

export function dataFileMovedError(): AppError {
  return { code: 'DATA_FILE_MOVED', message: DATA_FILE_MOVED_MESSAGE };
}

/** better-sqlite3's `SqliteError` carries SQLite's extended result code as a string (`SQLITE_IOERR_WRITE`). */
function sqliteCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
