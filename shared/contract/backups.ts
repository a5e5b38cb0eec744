import { z } from 'zod';
import { line } from './fields';

/** Why a backup was made: on a schedule, by hand, or to keep what was there before a risky step. */
export const BACKUP_KINDS = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** How many automatic backups are kept: the newest of each of the last 7 days and of the last 4 weeks. */
export const BACKUP_KEEP = { daily: 7, weekly: 4 } as const;

export const backupSchema = z.object({
  /** The file's name in the backups folder (no path). */
  fileName: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.number(),
  sizeBytes: z.number().int(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupsListSchema = z.object({
  /** The folder beside the data file that holds them. */
  folder: z.string(),
  /** Newest first. */
  items: z.array(backupSchema),
  lastBackupAt: z.number().nullable(),
});
export type BackupsList = z.infer<typeof backupsListSchema>;

export const restoreBackupSchema = z.object({ fileName: line('Backup', 255).pipe(z.string().min(1, { error: 'Choose a backup.' })) }).strict();

/**
 * A Thankful data file (a backup copied elsewhere, an older data file) picked by the user. Larger
 * than an import: a data file with 100,000 thank-yous is tens of megabytes.
 */
export const RESTORE_FILE_MAX_BYTES = 128 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(RESTORE_FILE_MAX_BYTES / 3) * 4;
export const RESTORE_CALL_MAX_BYTES = MAX_BASE64 + 64 * 1024;
export const restoreFileSchema = z
  .object({
    name: line('File name', 255).default(''),
    data: z
      .string({ error: 'The file could not be read.' })
      .max(MAX_BASE64, { error: `The file is too large (at most ${RESTORE_FILE_MAX_BYTES / 1024 / 1024} MB).` })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/u, { error: 'The file could not be read.' }),
  })
  .strict();

export const restoredSchema = z.object({
  /** The backup or file name the data now comes from. */
  restoredFrom: z.string(),
  /** What was there before, kept in the backups folder; null when the data file could not be used (nothing to copy). */
  safetyBackup: backupSchema.nullable(),
  /**
   * The name the unusable data file was moved to in the data folder (kept for recovery tools,
   * never deleted by Thankful), when the restore replaced a file that could not be opened; else null.
   */
  setAside: z.string().nullable(),
  schemaVersion: z.number().int(),
});
export type Restored = z.infer<typeof restoredSchema>;
