import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The `PRAGMA user_version` the database has after this migration. Consecutive from 1. */
  version: number;
  name: string;
  up(db: Database): void;
}

/**
 * The schema's history, oldest first. Never edit a migration that has shipped: add the next one.
 * Each runs in its own transaction together with the bump of `user_version`.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'people',
    up(db) {
      db.exec(`
        CREATE TABLE people (
          id          INTEGER PRIMARY KEY,
          full_name   TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
          address_as  TEXT,
          created_at  TEXT NOT NULL,
          updated_at  TEXT NOT NULL
        ) STRICT;

        CREATE INDEX people_by_name ON people (full_name COLLATE NOCASE);

        -- A person can have several addresses; at most one is primary. Addresses are unique
        -- across people (case-insensitively) so the same contact is not recorded twice.
        CREATE TABLE person_emails (
          id          INTEGER PRIMARY KEY,
          person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
          address     TEXT NOT NULL,
          is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
        ) STRICT;

        CREATE UNIQUE INDEX person_emails_unique_address ON person_emails (address COLLATE NOCASE);
        CREATE UNIQUE INDEX person_emails_one_primary ON person_emails (person_id) WHERE is_primary = 1;
        CREATE INDEX person_emails_by_person ON person_emails (person_id);
      `);
    },
  },
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
