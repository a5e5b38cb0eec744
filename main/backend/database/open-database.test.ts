import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';
import { DatabaseOpenError, openDatabase } from './open-database';

const dbPath = () => path.join(tempDir(), 'thankful.sqlite3');

describe('openDatabase on a real SQLite file', () => {
  it('creates a fresh database at the latest schema with WAL, FULL sync and foreign keys', () => {
    const file = dbPath();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['import_batch_people', 'import_batches', 'occasion_participants', 'occasions', 'opportunities', 'people', 'person_emails', 'reminders_shown', 'settings', 'templates', 'thank_yous']);
    db.close();
  });

  it('keeps the file for the user only (0600, its WAL too), narrows one readable by others, and overwrites deleted rows', () => {
    const file = dbPath();
    const db = openDatabase(file);
    db.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES ('Secret Person', 'x', 'x')").run();
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    if (process.platform !== 'win32') {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
    }
    db.prepare('DELETE FROM people').run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(fs.readFileSync(file).includes('Secret Person')).toBe(false);

    if (process.platform === 'win32') return;
    fs.chmodSync(file, 0o644);
    openDatabase(file).close();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses to make a new database where the file is gone but its journal is left, and creates nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'thankful.sqlite3');
    fs.writeFileSync(`${file}-wal`, Buffer.alloc(600 * 1024));
    const error = catchOpen(file);
    expect(error.reason).toBe('missing');
    expect(error.message).toMatch(/^Thankful’s data file thankful\.sqlite3 is missing, but its journal thankful\.sqlite3-wal is still in the folder/u);
    expect(fs.readdirSync(dir)).toEqual(['thankful.sqlite3-wal']);
  });

  it('reopens an existing database without re-running migrations and keeps its rows', () => {
    const file = dbPath();
    const first = openDatabase(file);
    first.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES ('Priya', 'x', 'x')").run();
    first.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT full_name FROM people').pluck().all()).toEqual(['Priya']);
    again.close();
  });

  it('upgrades an older database, keeping its data', () => {
    const file = dbPath();
    const old = new BetterSqlite3(file);
    migrate(old, migrations.slice(0, 1));
    old.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES ('Ada', 'x', 'x')").run();
    old.close();

    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'add nickname',
      up: (db) => db.exec("ALTER TABLE people ADD COLUMN nickname TEXT NOT NULL DEFAULT ''"),
    };
    const db = openDatabase(file, { migrations: [...migrations, next] });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(db.prepare('SELECT full_name, nickname, tags FROM people').all()).toEqual([{ full_name: 'Ada', nickname: '', tags: '[]' }]);
    db.close();
  });

  it('copies an older database into backups/ before migrating it: the copy has the old version and the data', () => {
    const file = dbPath();
    const v11 = new BetterSqlite3(file);
    migrate(v11, migrations.slice(0, 11));
    v11.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES ('Ada', 'x', 'x')").run();
    v11.close();

    const db = openDatabase(file, { now: () => new Date('2026-12-05T12:00:00.500Z') });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    const folder = path.join(path.dirname(file), 'backups');
    expect(fs.readdirSync(folder)).toEqual(['thankful-2026-12-05T120000.500Z-before-migration.sqlite3']);
    const copy = new BetterSqlite3(path.join(folder, 'thankful-2026-12-05T120000.500Z-before-migration.sqlite3'), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(11);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT full_name FROM people').pluck().all()).toEqual(['Ada']);
    copy.close();
    if (process.platform !== 'win32') expect(fs.statSync(path.join(folder, fs.readdirSync(folder)[0]!)).mode & 0o777).toBe(0o600);
  });

  it('makes no before-migration copy of a new database or of one already at the newest version', () => {
    const file = dbPath();
    openDatabase(file).close();
    openDatabase(file).close();
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('refuses to migrate when the copy before it cannot be made, saying so, and leaves the file at its version', () => {
    const file = dbPath();
    const v11 = new BetterSqlite3(file);
    migrate(v11, migrations.slice(0, 11));
    v11.close();
    // A file where the backups folder should be: no copy can be written.
    fs.writeFileSync(path.join(path.dirname(file), 'backups'), 'not a folder');

    const error = catchOpen(file);
    expect(error.reason).toBe('cannot-open');
    expect(error.message).toMatch(/^This version of Thankful has to update the format of its data file, and first keeps a copy of it in .*backups\. The copy could not be made \(.*\), so the data file was not changed\./u);
    expect(error.message).not.toMatch(/ENOTDIR|EEXIST|SQLITE/u);
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    db.close();
  });

  it('migration 2 keeps version-1 people and makes them searchable by name and email', () => {
    const file = dbPath();
    const v1 = new BetterSqlite3(file);
    migrate(v1, migrations.slice(0, 1));
    v1.prepare("INSERT INTO people (id, full_name, created_at, updated_at) VALUES (1, 'Zoë Ångström', 'x', 'x')").run();
    v1.prepare("INSERT INTO person_emails (person_id, address, is_primary) VALUES (1, 'Zoe@Example.com', 1)").run();
    v1.close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT full_name, search_text, thanks_sent, thanks_total, archived_at FROM people').get()).toEqual({
      full_name: 'Zoë Ångström',
      // Keyed again by migration 9: without accents.
      search_text: expect.stringMatching(/^zoe angstrom\s+zoe@example\.com\s*$/u),
      thanks_sent: 0,
      thanks_total: 0,
      archived_at: null,
    });
    db.close();
  });

  it('migration 6 keeps the counts of version-5 people as thanks_total, and the triggers keep counting', () => {
    const file = dbPath();
    const v5 = new BetterSqlite3(file);
    migrate(v5, migrations.slice(0, 5));
    v5.prepare("INSERT INTO people (id, full_name, created_at, updated_at) VALUES (1, 'Ada', 'x', 'x')").run();
    v5.prepare("INSERT INTO occasions (id, kind, title, starts_at, ends_at, created_at, updated_at) VALUES (1, 'referral', 'Intro', 0, 0, 'x', 'x')").run();
    v5.prepare("INSERT INTO thank_yous (occasion_id, person_id, status, due_at, sent_at, channel, created_at, updated_at) VALUES (1, 1, 'sent', 0, 0, 'email', 'x', 'x')").run();
    expect(v5.prepare('SELECT thanks_owed, thanks_sent FROM people').get()).toEqual({ thanks_owed: 1, thanks_sent: 1 });
    v5.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT thanks_total, thanks_sent FROM people').get()).toEqual({ thanks_total: 1, thanks_sent: 1 });
    db.prepare("INSERT INTO occasions (id, kind, title, starts_at, ends_at, created_at, updated_at) VALUES (2, 'referral', 'Second', 0, 0, 'x', 'x')").run();
    db.prepare("INSERT INTO thank_yous (occasion_id, person_id, status, due_at, created_at, updated_at) VALUES (2, 1, 'pending', 0, 'x', 'x')").run();
    expect(db.prepare('SELECT thanks_total, thanks_sent FROM people').get()).toEqual({ thanks_total: 2, thanks_sent: 1 });
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'people_by_thanked'").pluck().get()).toContain('thanks_total - thanks_sent');
    db.close();
  });

  it('migration 9 keys version-8 people again without accents, from name, company, title, emails and tags', () => {
    const file = dbPath();
    const v8 = new BetterSqlite3(file);
    migrate(v8, migrations.slice(0, 8));
    v8.prepare(`INSERT INTO people (id, full_name, company, title, tags, search_text, created_at, updated_at)
      VALUES (1, 'Zoë Núñez', 'Café Müller', 'Directora', '["Ärzte","mentor"]', 'zoë núñez', 'x', 'x')`).run();
    v8.prepare("INSERT INTO person_emails (person_id, address, is_primary) VALUES (1, 'Zoe@Example.com', 1)").run();
    v8.close();

    const db = openDatabase(file);
    const found = (term: string) => db.prepare('SELECT count(*) FROM people WHERE instr(search_text, ?) > 0').pluck().get(term);
    for (const term of ['zoe nunez', 'cafe muller', 'directora', 'zoe@example.com', 'arzte', 'mentor']) expect(found(term), term).toBe(1);
    expect(found('zoë')).toBe(0);
    db.close();
  });

  it('migration 7 gives version-6 participants empty notes and keeps their rows, roles and thank-yous', () => {
    const file = dbPath();
    const v6 = new BetterSqlite3(file);
    migrate(v6, migrations.slice(0, 6));
    v6.prepare("INSERT INTO people (id, full_name, created_at, updated_at) VALUES (1, 'Ada', 'x', 'x'), (2, 'Grace', 'x', 'x')").run();
    v6.prepare(`INSERT INTO occasions (id, kind, title, starts_at, ends_at, discussion_points, created_at, updated_at)
      VALUES (1, 'interview', 'Panel', 0, 0, '["Intake flow"]', 'x', 'x')`).run();
    v6.prepare("INSERT INTO occasion_participants (occasion_id, person_id, role, position) VALUES (1, 1, 'Interviewer', 0), (1, 2, 'Lead', 1)").run();
    v6.prepare("INSERT INTO thank_yous (occasion_id, person_id, due_at, body, created_at, updated_at) VALUES (1, 2, 0, 'Dear Grace', 'x', 'x')").run();
    v6.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT person_id, role, position, points, promised_follow_ups FROM occasion_participants ORDER BY position').all()).toEqual([
      { person_id: 1, role: 'Interviewer', position: 0, points: '[]', promised_follow_ups: '[]' },
      { person_id: 2, role: 'Lead', position: 1, points: '[]', promised_follow_ups: '[]' },
    ]);
    expect(db.prepare('SELECT discussion_points FROM occasions').pluck().get()).toBe('["Intake flow"]');
    expect(db.prepare('SELECT body FROM thank_yous').pluck().get()).toBe('Dear Grace');
    db.close();
  });

  it('rolls a failing migration back completely and leaves the previous version', () => {
    const file = dbPath();
    openDatabase(file).close();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (id INTEGER)');
        db.exec('THIS IS NOT SQL');
      },
    };
    expect(() => openDatabase(file, { migrations: [...migrations, broken] })).toThrow(DatabaseOpenError);
    const db = new BetterSqlite3(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer version and does not modify it', () => {
    const file = dbPath();
    const newer = new BetterSqlite3(file);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    newer.close();
    const before = fs.readFileSync(file);

    const error = catchOpen(file);
    expect(error.reason).toBe('newer-version');
    expect(error.message).toMatch(/newer version of Thankful/);
    expect(error.message).toContain(String(LATEST_SCHEMA_VERSION + 5));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('reports a file that is not a database as damaged, without changing it', () => {
    const file = dbPath();
    fs.writeFileSync(file, 'These are my notes, not a database.\n'.repeat(200));
    const before = fs.readFileSync(file);
    const error = catchOpen(file);
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/damaged or is not a Thankful database/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a database whose pages were overwritten as damaged', () => {
    const file = dbPath();
    const db = openDatabase(file);
    const insert = db.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES (?, 'x', 'x')");
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`Person ${i} ${'x'.repeat(100)}`);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    // Scribble over the middle of the file, leaving the header intact.
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 20);
    fs.writeFileSync(file, bytes);
    expect(catchOpen(file).reason).toBe('damaged');
  });

  it('refuses a read-only file that needs an upgrade, saying so and changing nothing', () => {
    const file = dbPath();
    const old = new BetterSqlite3(file);
    migrate(old, migrations.slice(0, 1));
    old.close();
    const before = fs.readFileSync(file);
    try {
      openDatabase(file, { connect: (path) => new BetterSqlite3(path, { readonly: true }) }).close();
      throw new Error('openDatabase did not fail');
    } catch (error) {
      expect(error).toBeInstanceOf(DatabaseOpenError);
      expect((error as DatabaseOpenError).reason).toBe('read-only');
      expect((error as Error).message).toMatch(/cannot be written .* has to update its format/u);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('rejects a migration list that skips a version', () => {
    const file = dbPath();
    const gap: Migration = { version: LATEST_SCHEMA_VERSION + 2, name: 'gap', up: () => {} };
    expect(() => openDatabase(file, { migrations: [...migrations, gap] })).toThrow(/expected/);
  });
});

function catchOpen(file: string): DatabaseOpenError {
  try {
    openDatabase(file).close();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  throw new Error('openDatabase did not fail');
}
