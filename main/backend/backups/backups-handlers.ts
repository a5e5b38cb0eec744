import type { Handlers } from '../dispatcher';

type BackupHandlers = Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.restoreFile'>;

/** PLACEHOLDER being built (issue 14). */
export function backupsHandlers(): BackupHandlers {
  const notYet = (): never => {
    throw new Error('Not built yet');
  };
  return { 'backups.list': notYet, 'backups.create': notYet, 'backups.restore': notYet, 'backups.restoreFile': notYet };
}
