import { AppErrorException } from '../../../shared';

export type BackupFailure = 'disk-full' | 'not-writable' | 'failed';

/** Why a copy could not be written, from Node's or SQLite's error code. */
export function backupFailure(error: unknown): BackupFailure {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return 'disk-full';
  if (['EACCES', 'EPERM', 'EROFS'].includes(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return 'not-writable';
  return 'failed';
}

/** What went wrong, said so that it fits after "The backup could not be made: …". */
export function backupFailureText(failure: BackupFailure, folder: string): string {
  if (failure === 'disk-full') return 'the disk is full';
  if (failure === 'not-writable') return `the folder ${folder} cannot be written`;
  return `the disk holding ${folder} could not be written`;
}

/**
 * A copy that failed (a backup asked for, the one before a restore, a file staged for a restore):
 * what happened, that the data is untouched, what to do. `lead` says what could not be done.
 */
export function backupFailed(error: unknown, folder: string, lead = 'The backup could not be made'): AppErrorException {
  const failure = backupFailure(error);
  const advice =
    failure === 'disk-full'
      ? 'Free some space (empty the Trash, delete large files you do not need) and try again.'
      : failure === 'not-writable'
        ? 'Make that folder writable for your account and try again.'
        : 'If the data is on a USB or network drive, check that it is connected; then try again.';
  return new AppErrorException({
    code: failure === 'disk-full' ? 'DISK_FULL' : 'STORAGE_FAILED',
    message: `${lead}: ${backupFailureText(failure, folder)}. Your data is unchanged. ${advice}`,
  });
}
