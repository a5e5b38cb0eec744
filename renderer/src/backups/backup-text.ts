import type { BackupKind } from '../../../shared';

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  manual: 'By hand',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
};

/** "820 KB", "12.4 MB": enough to tell a full copy from an empty one. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / 1024 / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
