import fs from 'node:fs';
import path from 'node:path';
import { AppErrorException, type Backup, type Restored } from '../../../shared';
import { notFound } from '../errors';
import { backupFailed } from './backup-errors';
import { listBackupFiles, syncFolder } from './backup-files';
import type { BackupService } from './backup-service';
import { checkCandidate, discardStaged, stageBytes, stageCopy, stagedPath } from './restore-candidate';
import { moveAside, moveBack, setAsideName, type SetAside } from './set-aside';

/** What the backend lends a restore: the one place that may close the database and open another. */
export interface DataFileHost {
  /** While on, every command is refused (the data file is about to be replaced). */
  setRestoring(on: boolean): void;
  /**
   * Closes the open database, runs `put` (which puts the new file in place) and opens what is
   * there now, building every handler on it. Answers the format version it opened at; throws
   * if it cannot be opened (and then no database is open).
   */
  replaceDataFile(put: () => void): number;
  /**
   * True when no database is open because the data file cannot be used (damaged, missing, cannot
   * be opened) while this process holds the data folder: there is nothing to back up, so the file
   * is moved aside instead.
   */
  dataFileUnusable(): boolean;
}

export interface RestoreServiceOptions {
  databasePath: string;
  backups: BackupService;
  host: DataFileHost;
  latestVersion: number;
  /** The time an unusable file moved aside is named after. */
  now: () => Date;
  logError?: (error: unknown) => void;
}

/**
 * Puts a backup (or any Thankful data file the person picked) in place of the data file. The
 * candidate is copied next to the data file and checked there first; only a good one goes on.
 * Then, with commands refused, the current data is backed up ('before-restore'), the database is
 * closed, the copy renamed over the data file and opened (and migrated, if older): every
 * procedure answers from it at once, without a restart.
 */
export class RestoreService {
  constructor(private readonly options: RestoreServiceOptions) {}

  fromBackup(fileName: string): Promise<Restored> {
    const folder = this.options.backups.folder;
    // Only a name the folder lists: never a path, never a hidden half-written copy.
    if (!listBackupFiles(folder).some((file) => file.fileName === fileName)) throw notFound(`The backup “${fileName}”`);
    const stage = (staged: string) =>
      stageCopy(path.join(folder, fileName), staged).catch((error: unknown) => {
        // Deleted meanwhile (by rotation, or by hand).
        throw (error as NodeJS.ErrnoException).code === 'ENOENT' ? notFound(`The backup “${fileName}”`) : error;
      });
    return this.restore(fileName, `“${fileName}”`, 'fileName', stage);
  }

  fromFile(name: string, base64: string): Promise<Restored> {
    const shown = name.trim();
    return this.restore(shown || 'the chosen file', shown ? `“${shown}”` : 'The file', 'data', (staged) => stageBytes(Buffer.from(base64, 'base64'), staged));
  }

  private async restore(restoredFrom: string, subject: string, field: string, stage: (staged: string) => Promise<void>): Promise<Restored> {
    const { databasePath, backups, host } = this.options;
    const staged = stagedPath(path.dirname(databasePath));
    try {
      try {
        await stage(staged);
      } catch (error) {
        if (error instanceof AppErrorException) throw error;
        this.options.logError?.(error);
        throw backupFailed(error, path.dirname(databasePath), 'Nothing was restored: the file could not be copied into the data folder');
      }
      checkCandidate(staged, subject, this.options.latestVersion, field);
      return await backups.exclusive(async () => {
        host.setRestoring(true);
        try {
          if (host.dataFileUnusable()) return this.replaceUnusable(staged, restoredFrom, subject, field);
          const safety = await this.backUpCurrent();
          try {
            const schemaVersion = host.replaceDataFile(() => putInPlace(staged, databasePath));
            return { restoredFrom, safetyBackup: safety, setAside: null, schemaVersion };
          } catch (error) {
            this.options.logError?.(error);
            throw await this.putBack(safety, subject, field);
          }
        } finally {
          host.setRestoring(false);
        }
      });
    } finally {
      discardStaged(staged);
    }
  }

  private async backUpCurrent(): Promise<Backup> {
    const lead = 'Nothing was restored: your current data could not be backed up first';
    try {
      // The lead goes into copyNow's own message, which knows why (a full disk stays DISK_FULL).
      return await this.options.backups.copyNow('before-restore', lead);
    } catch (error) {
      if (error instanceof AppErrorException) throw error;
      throw backupFailed(error, this.options.backups.folder, lead);
    }
  }

  /**
   * The data file could not be opened at start: it cannot be backed up (there is no database to
   * copy), and deleting it would lose what a recovery tool might still get out of it. It is moved
   * aside instead, then the checked copy goes in place as in any restore.
   */
  private replaceUnusable(staged: string, restoredFrom: string, subject: string, field: string): Restored {
    const { databasePath, host } = this.options;
    const done: { aside?: SetAside } = {};
    try {
      const schemaVersion = host.replaceDataFile(() => {
        done.aside = moveAside(databasePath, this.options.now());
        putInPlace(staged, databasePath);
      });
      return { restoredFrom, safetyBackup: null, setAside: done.aside ? setAsideName(done.aside) : null, schemaVersion };
    } catch (error) {
      this.options.logError?.(error);
      throw this.putUnusableBack(done.aside, subject, field);
    }
  }

  /** The restored file did not open either: the unusable one goes back where it was, and is opened (and refused) again for app.info. */
  private putUnusableBack(aside: SetAside | undefined, subject: string, field: string): AppErrorException {
    const { host } = this.options;
    try {
      // Without `aside` nothing was moved (moveAside undoes its own renames): the file is still in place.
      host.replaceDataFile(() => aside && moveBack(aside));
    } catch (error) {
      if (aside && fs.existsSync(`${aside.stem}${aside.moved[0] ?? ''}`)) {
        this.options.logError?.(error);
        return new AppErrorException({
          code: 'DATABASE_UNAVAILABLE',
          message: `${subject} could not be opened once put in place, and moving the unreadable data file back failed too. It is kept as ${aside.stem}${aside.moved[0] ?? ''}. Quit Thankful and choose another backup when you start it again.`,
        });
      }
      // Expected: the unusable file is refused again, and app.info says why as before.
    }
    const message = `${subject} could not be opened once put in place, so Thankful’s data file was left as it was. Choose another backup.`;
    return new AppErrorException({ code: 'VALIDATION', message, fields: [{ field, message }] });
  }

  /** The restored file did not open (a migration failed, the disk filled): the data from before goes back. */
  private async putBack(safety: Backup, subject: string, field: string): Promise<AppErrorException> {
    const { databasePath, backups, host } = this.options;
    const safetyPath = path.join(backups.folder, safety.fileName);
    const staged = stagedPath(path.dirname(databasePath));
    try {
      await stageCopy(safetyPath, staged);
      host.replaceDataFile(() => putInPlace(staged, databasePath));
      const message = `${subject} could not be opened once put in place, so your data was put back as it was before.`;
      return new AppErrorException({ code: 'VALIDATION', message, fields: [{ field, message }] });
    } catch (error) {
      this.options.logError?.(error);
      return new AppErrorException({
        code: 'DATABASE_UNAVAILABLE',
        message: `${subject} could not be opened once put in place, and putting your data back failed too. Your data from before is kept in ${safetyPath}. Quit Thankful, copy that file over ${databasePath}, and start Thankful again.`,
      });
    } finally {
      discardStaged(staged);
    }
  }
}

/**
 * Runs with the old database closed. Its `-wal` and `-shm` go first: SQLite would read a journal
 * left beside the new file as the new file's own. The rename is atomic, so a crash leaves the old
 * file or the new one, never a mix.
 */
function putInPlace(staged: string, databasePath: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${databasePath}${suffix}`, { force: true });
  fs.renameSync(staged, databasePath);
  syncFolder(path.dirname(databasePath));
}
