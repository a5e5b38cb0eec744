import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupFailure, backupFailureText } from './backup-errors';
import { backupsFolderOf, ensurePrivateFolder, freshBackupFileName, listBackupFiles, makeSelfContained, PARTIAL_PREFIX, removeWithJournals, syncFile, syncFolder } from './backup-files';
import { backupsToDelete } from './rotation';

export class BeforeMigrationBackupError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'BeforeMigrationBackupError';
  }
}

/**
 * A copy of the data file as it is, made before its format is updated: a migration that goes
 * wrong, or a newer Thankful the person wants to leave, can be undone from it. `VACUUM INTO`
 * writes a consistent copy in one synchronous call, which is fine at start-up (nothing else is
 * being answered yet). Answers the copy's file name; throws `BeforeMigrationBackupError` with a
 * message for a person if it cannot be made, and then nothing should be migrated.
 */
export function backUpBeforeMigration(db: Database, databasePath: string, now: Date): string {
  const folder = backupsFolderOf(databasePath);
  const partial = path.join(folder, `${PARTIAL_PREFIX}${randomBytes(6).toString('hex')}.sqlite3`);
  let fileName: string;
  try {
    ensurePrivateFolder(folder);
    // VACUUM INTO accepts an empty file; made first so that it is private from the start.
    fs.closeSync(fs.openSync(partial, 'wx', 0o600));
    db.prepare('VACUUM INTO ?').run(partial);
    makeSelfContained(partial);
    syncFile(partial);
    fileName = freshBackupFileName(folder, now, 'before-migration');
    fs.renameSync(partial, path.join(folder, fileName));
    syncFolder(folder);
  } catch (error) {
    removeWithJournals(partial);
    const failure = backupFailure(error);
    const advice = failure === 'disk-full' ? 'Free some space' : failure === 'not-writable' ? 'Make that folder writable for your account' : 'Check the disk';
    throw new BeforeMigrationBackupError(
      `This version of Thankful has to update the format of its data file, and first keeps a copy of it in ${folder}. The copy could not be made (${backupFailureText(failure, folder)}), so the data file was not changed. ${advice}, then start Thankful again.`,
      { cause: error },
    );
  }
  try {
    for (const old of backupsToDelete(listBackupFiles(folder), fileName)) fs.rmSync(path.join(folder, old), { force: true });
  } catch {
    // An old copy that cannot be deleted now goes at the next backup; the migration need not wait.
  }
  return fileName;
}
