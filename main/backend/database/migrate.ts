import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `This data file was written by a newer version of Thankful (data format ${foundVersion}; this version understands up to ${supportedVersion}). Update Thankful to open it. The file was not changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the newest migration. Each migration and its `user_version` bump
 * commit together, so a crash or a failing migration leaves the file at the previous version,
 * never half-migrated. A database from a newer app is refused before anything is written.
 */
export function migrate(db: Database, list: readonly Migration[]): { from: number; to: number } {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}.`);
    }
  });
  const latest = list.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) throw new DatabaseTooNewError(from, latest);

  for (const migration of list.slice(from)) {
    db.transaction(() => {
      migration.up(db);
      // PRAGMA takes no bound parameters; the version is an integer we control.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }).immediate();
  }
  return { from, to: latest };
}
