import type { Handlers } from '../dispatcher';
import type { BackupService } from './backup-service';
import type { RestoreService } from './restore-service';

export type BackupHandlers = Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.restoreFile'>;

export function backupsHandlers(backups: BackupService, restore: RestoreService): BackupHandlers {
  return {
    'backups.list': () => backups.list(),
    'backups.create': () => backups.create('manual'),
    'backups.restore': ({ fileName }) => restore.fromBackup(fileName),
    'backups.restoreFile': ({ name, data }) => restore.fromFile(name, data),
  };
}
