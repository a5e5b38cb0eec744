import type { Database } from 'better-sqlite3';
import { searchKey } from '../../../shared/text/search-key';

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
  {
    version: 2,
    name: 'occasions, opportunities, thank-yous, settings',
    up(db) {
      db.exec(`
        ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT '';
        ALTER TABLE people ADD COLUMN company TEXT NOT NULL DEFAULT '';
        ALTER TABLE people ADD COLUMN title TEXT NOT NULL DEFAULT '';
        ALTER TABLE people ADD COLUMN linkedin_url TEXT NOT NULL DEFAULT '';
        ALTER TABLE people ADD COLUMN notes TEXT NOT NULL DEFAULT '';
        ALTER TABLE people ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE people ADD COLUMN archived_at TEXT;
        -- Kept by the service: lower-cased name, company, title, emails and tags, searched with instr().
        ALTER TABLE people ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
        -- Kept by triggers on thank_yous and by the occasion service, so the People list can sort
        -- by them without aggregating 100,000 rows.
        ALTER TABLE people ADD COLUMN thanks_sent INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE people ADD COLUMN thanks_owed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE people ADD COLUMN last_occasion_at INTEGER;


        CREATE INDEX people_by_company ON people (company COLLATE NOCASE, full_name COLLATE NOCASE);
        CREATE INDEX people_by_thanked ON people (thanks_owed - thanks_sent, full_name COLLATE NOCASE);
        CREATE INDEX people_by_last_occasion ON people (last_occasion_at, full_name COLLATE NOCASE);

        CREATE TABLE opportunities (
          id          INTEGER PRIMARY KEY,
          company     TEXT NOT NULL CHECK (length(trim(company)) > 0),
          role        TEXT NOT NULL DEFAULT '',
          link        TEXT NOT NULL DEFAULT '',
          stage       TEXT NOT NULL CHECK (stage IN ('applied', 'interviewing', 'offer', 'rejected', 'withdrawn')),
          notes       TEXT NOT NULL DEFAULT '',
          created_at  TEXT NOT NULL,
          updated_at  TEXT NOT NULL
        ) STRICT;

        -- Times are UTC milliseconds: absolute instants, compared and indexed as integers.
        CREATE TABLE occasions (
          id                   INTEGER PRIMARY KEY,
          kind                 TEXT NOT NULL CHECK (kind IN ('interview', 'referral', 'recommendation', 'advocacy-call', 'informational-interview', 'mentoring', 'other')),
          interview_format     TEXT CHECK (interview_format IN ('phone-screen', 'video', 'on-site', 'panel')),
          title                TEXT NOT NULL,
          starts_at            INTEGER NOT NULL,
          ends_at              INTEGER NOT NULL CHECK (ends_at >= starts_at),
          location             TEXT NOT NULL DEFAULT '',
          opportunity_id       INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
          discussion_points    TEXT NOT NULL DEFAULT '[]',
          promised_follow_ups  TEXT NOT NULL DEFAULT '[]',
          notes                TEXT NOT NULL DEFAULT '',
          created_at           TEXT NOT NULL,
          updated_at           TEXT NOT NULL
        ) STRICT;
        CREATE INDEX occasions_by_start ON occasions (starts_at DESC, id DESC);
        CREATE INDEX occasions_by_kind ON occasions (kind, starts_at DESC);
        CREATE INDEX occasions_by_opportunity ON occasions (opportunity_id, starts_at DESC);

        CREATE TABLE occasion_participants (
          occasion_id  INTEGER NOT NULL REFERENCES occasions (id) ON DELETE CASCADE,
          person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
          role         TEXT NOT NULL DEFAULT '',
          position     INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (occasion_id, person_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX occasion_participants_by_person ON occasion_participants (person_id);

        -- One per (occasion, person). Status is stored as pending/drafted/sent/skipped; "snoozed"
        -- is derived from snoozed_until so that a snooze ends by itself.
        CREATE TABLE thank_yous (
          id                 INTEGER PRIMARY KEY,
          occasion_id        INTEGER NOT NULL REFERENCES occasions (id) ON DELETE CASCADE,
          person_id          INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
          status             TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'drafted', 'sent', 'skipped')),
          due_at             INTEGER NOT NULL,
          due_overridden     INTEGER NOT NULL DEFAULT 0 CHECK (due_overridden IN (0, 1)),
          snoozed_until      INTEGER,
          skip_reason        TEXT,
          channel            TEXT,
          sent_at            INTEGER,
          subject            TEXT NOT NULL DEFAULT '',
          body               TEXT NOT NULL DEFAULT '',
          follow_up_text     TEXT,
          follow_up_due_at   INTEGER,
          follow_up_done_at  INTEGER,
          created_at         TEXT NOT NULL,
          updated_at         TEXT NOT NULL,
          UNIQUE (occasion_id, person_id),
          CHECK (status <> 'sent' OR sent_at IS NOT NULL)
        ) STRICT;
        CREATE INDEX thank_yous_by_person ON thank_yous (person_id);
        CREATE INDEX thank_yous_outstanding ON thank_yous (due_at) WHERE status IN ('pending', 'drafted');
        CREATE INDEX thank_yous_follow_ups ON thank_yous (follow_up_due_at) WHERE follow_up_due_at IS NOT NULL AND follow_up_done_at IS NULL;

        CREATE TRIGGER thank_yous_count_insert AFTER INSERT ON thank_yous BEGIN
          UPDATE people SET thanks_owed = thanks_owed + (NEW.status <> 'skipped'), thanks_sent = thanks_sent + (NEW.status = 'sent')
          WHERE id = NEW.person_id;
        END;
        CREATE TRIGGER thank_yous_count_delete AFTER DELETE ON thank_yous BEGIN
          UPDATE people SET thanks_owed = thanks_owed - (OLD.status <> 'skipped'), thanks_sent = thanks_sent - (OLD.status = 'sent')
          WHERE id = OLD.person_id;
        END;
        CREATE TRIGGER thank_yous_count_update AFTER UPDATE OF status, person_id ON thank_yous BEGIN
          UPDATE people SET thanks_owed = thanks_owed - (OLD.status <> 'skipped'), thanks_sent = thanks_sent - (OLD.status = 'sent')
          WHERE id = OLD.person_id;
          UPDATE people SET thanks_owed = thanks_owed + (NEW.status <> 'skipped'), thanks_sent = thanks_sent + (NEW.status = 'sent')
          WHERE id = NEW.person_id;
        END;

        CREATE TABLE settings (
          key    TEXT PRIMARY KEY,
          value  TEXT NOT NULL
        ) STRICT;
      `);
      // Lower-cased in JavaScript: SQLite's lower() only folds ASCII, and searches must find "Zoë".
      const people = db.prepare(`SELECT p.id, p.full_name || ' ' || coalesce((SELECT group_concat(address, ' ')
        FROM person_emails e WHERE e.person_id = p.id), '') AS text FROM people p`).all() as { id: number; text: string }[];
      const setSearchText = db.prepare('UPDATE people SET search_text = ? WHERE id = ?');
      for (const person of people) setSearchText.run(person.text.toLowerCase(), person.id);
    },
  },
  {
    version: 3,
    name: 'dashboard indexes',
    up(db) {
      db.exec(`
        -- The on-time share and median look at thank-yous sent in the last 90 days.
        CREATE INDEX thank_yous_sent ON thank_yous (sent_at) WHERE status = 'sent';
        -- The outstanding list filtered by occasion kind joins from occasions to thank-yous.
        CREATE INDEX thank_yous_by_occasion_status ON thank_yous (occasion_id, status);
      `);
    },
  },
  {
    version: 4,
    name: 'drafts and templates',
    up(db) {
      db.exec(`
        ALTER TABLE thank_yous ADD COLUMN recipient TEXT;
        ALTER TABLE thank_yous ADD COLUMN draft_saved_at INTEGER;

        -- The user's own templates, and their edits of shipped ones (builtin_kind set).
        CREATE TABLE templates (
          id            INTEGER PRIMARY KEY,
          kind          TEXT NOT NULL CHECK (kind IN ('interview', 'referral', 'recommendation', 'advocacy-call', 'informational-interview', 'mentoring', 'other')),
          name          TEXT NOT NULL,
          subject       TEXT NOT NULL DEFAULT '',
          body          TEXT NOT NULL DEFAULT '',
          builtin_kind  TEXT UNIQUE,
          created_at    TEXT NOT NULL,
          updated_at    TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 5,
    name: 'hand-offs',
    up(db) {
      db.exec(`
        -- The note was handed to the mail client (opened, saved as .eml, copied) and the user has
        -- not yet said whether they sent it: "Did you send it?" is asked again until they answer.
        ALTER TABLE thank_yous ADD COLUMN handed_off_at INTEGER;
        ALTER TABLE thank_yous ADD COLUMN handoff_method TEXT CHECK (handoff_method IN ('mail-app', 'email-file', 'copy-rich', 'copy-plain'));
        -- When "tell them how it went" was answered for this referral or recommendation (a
        -- follow-up planned, or declined): it is offered once.
        ALTER TABLE thank_yous ADD COLUMN how_it_went_answered_at INTEGER;
      `);
    },
  },
  {
    version: 6,
    name: 'people.thanks_total',
    up(db) {
      // `thanks_owed` counted every thank-you that is not skipped, sent ones included: it is the
      // total, as occasions call it. SQLite renames it inside the index and the triggers too.
      db.exec('ALTER TABLE people RENAME COLUMN thanks_owed TO thanks_total;');
    },
  },
  {
    version: 7,
    name: 'participant notes',
    up(db) {
      // Each participant's own points and promised follow-ups (JSON lists, like the occasion's),
      // kept on their row so they leave with them when they are taken off the occasion.
      db.exec(`
        ALTER TABLE occasion_participants ADD COLUMN points TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE occasion_participants ADD COLUMN promised_follow_ups TEXT NOT NULL DEFAULT '[]';
      `);
    },
  },
  {
    version: 8,
    name: 'revisions',
    up(db) {
      // Optimistic versions: a save names the revision it started from, and the UPDATE only
      // applies when that is still the stored one, so two windows cannot overwrite each other
      // unseen. A counter, not a time stamp: two saves in one millisecond (or under a stopped
      // test clock) must still differ. The note has its own, apart from the thank-you's status.
      db.exec(`
        ALTER TABLE thank_yous ADD COLUMN draft_revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE occasions ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE people ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
      `);
    },
  },
  {
    version: 9,
    name: 'accent-insensitive search',
    up(db) {
      // Searches now ignore accents as well as case ("nunez" finds "Núñez"): every person's
      // search text is keyed again, as people-repository.ts keys it (name, company, title, emails, tags).
      const people = db
        .prepare(
          `SELECT p.id, p.full_name || ' ' || p.company || ' ' || p.title || ' ' ||
             coalesce((SELECT group_concat(address, ' ') FROM person_emails e WHERE e.person_id = p.id), '') || ' ' ||
             coalesce((SELECT group_concat(value, ' ') FROM json_each(p.tags)), '') AS text
           FROM people p`,
        )
        .all() as { id: number; text: string }[];
      const setSearchText = db.prepare('UPDATE people SET search_text = ? WHERE id = ?');
      for (const person of people) setSearchText.run(searchKey(person.text), person.id);
    },
  },
  {
    version: 10,
    name: 'occasions from calendar invites',
    up(db) {
      // The UID of the invite an occasion was imported from: importing it again updates that
      // occasion (a moved interview moves its due times) instead of logging it twice.
      db.exec(`
        ALTER TABLE occasions ADD COLUMN calendar_uid TEXT;
        CREATE UNIQUE INDEX occasions_by_calendar_uid ON occasions (calendar_uid) WHERE calendar_uid IS NOT NULL;
      `);
    },
  },
  {
    version: 11,
    name: 'people imports',
    up(db) {
      // When LinkedIn says the user connected with someone ("YYYY-MM-DD"); set by imports.
      // Each import of people is a batch, so it can be undone: the people it added, and the
      // fields of those it merged into as they were before (JSON) with the revision they had
      // then. `revision` is the person's revision the import left: another one at undo time means
      // they were edited since, and they are kept. Rows go with their person.
      db.exec(`
        ALTER TABLE people ADD COLUMN connected_on TEXT
          CHECK (connected_on IS NULL OR connected_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

        CREATE TABLE import_batches (
          id          INTEGER PRIMARY KEY,
          source      TEXT NOT NULL CHECK (source IN ('linkedin', 'vcard')),
          file_name   TEXT NOT NULL,
          created_at  TEXT NOT NULL,
          undone_at   TEXT
        ) STRICT;

        CREATE TABLE import_batch_people (
          batch_id   INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
          person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
          action     TEXT NOT NULL CHECK (action IN ('added', 'merged')),
          before     TEXT,
          revision_before INTEGER,
          revision   INTEGER NOT NULL,
          CHECK ((action = 'merged') = (before IS NOT NULL AND revision_before IS NOT NULL)),
          PRIMARY KEY (batch_id, person_id)
        ) STRICT;

        CREATE INDEX import_batch_people_by_person ON import_batch_people (person_id);
      `);
    },
  },
  {
    version: 12,
    name: 'reminders shown',
    up(db) {
      // Each notification moment once shown, keyed by what it stands for (e.g. the thank-you and
      // the due time it warned about), so a restart or a second window never shows it again.
      // `remind_again_at`: snoozed from the notification; it comes back then. Old rows are pruned.
      db.exec(`
        CREATE TABLE reminders_shown (
          key              TEXT PRIMARY KEY,
          shown_at         INTEGER NOT NULL,
          remind_again_at  INTEGER
        ) STRICT;
        CREATE INDEX reminders_shown_again ON reminders_shown (remind_again_at) WHERE remind_again_at IS NOT NULL;
      `);
    },
  },
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
