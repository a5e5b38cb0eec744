import type { Database } from 'better-sqlite3';

/**
 * Whether the database can take a write, found at start-up instead of at the first edit. A real
 * write is needed: `BEGIN IMMEDIATE` alone succeeds on a read-only file. Rewriting `user_version`
 * with its own value inside a transaction that is rolled back touches the file's first page, so
 * SQLite says `SQLITE_READONLY` (file) or `SQLITE_READONLY_DIRECTORY` (folder) and changes nothing.
 * Answers SQLite's error code, or undefined when writing works.
 */
export function writeRefusal(db: Database): string | undefined {
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      const version = Math.trunc(db.pragma('user_version', { simple: true }) as number);
      db.pragma(`user_version = ${version}`);
    } finally {
      db.exec('ROLLBACK');
    }
    return undefined;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) return code;
    throw error;
  }
}
