import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { thankYouDueAt, type OccasionKind } from '../../../shared';
import { tempDir } from '../../test-support/temp-dir';
import { openDatabase } from '../database/open-database';
import { DueTimes } from './due-times';

/** Wall-clock reading of an instant in a named zone, e.g. "03/08/2026, 18:00 EDT". */
function wallClock(ms: number, timeZone: string): string {
  const format = { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' } as const;
  return new Intl.DateTimeFormat('en-US', format).format(ms);
}

// Occasions that end just before a daylight-saving change, so their thank-yous fall due after it.
const ENDS = [
  { label: 'New York, spring forward', end: '2026-03-07T22:00:00Z', zone: 'America/New_York' },
  { label: 'New York, fall back', end: '2026-10-31T14:00:00Z', zone: 'America/New_York' },
  { label: 'Berlin, spring forward', end: '2026-03-28T13:00:00Z', zone: 'Europe/Berlin' },
  { label: 'Berlin, fall back', end: '2026-10-24T07:00:00Z', zone: 'Europe/Berlin' },
] as const;

let db: Database | undefined;
afterEach(() => db?.close());

function seed(kind: OccasionKind): { db: Database; ids: number[] } {
  db = openDatabase(path.join(tempDir(), 'due.sqlite3'));
  const person = Number(db.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES ('Ada', 'x', 'x')").run().lastInsertRowid);
  const ids = ENDS.map(({ end }) => {
    const endsAt = Date.parse(end);
    const occasion = db!
      .prepare("INSERT INTO occasions (kind, title, starts_at, ends_at, created_at, updated_at) VALUES (?, 't', ?, ?, 'x', 'x')")
      .run(kind, endsAt - 3_600_000, endsAt).lastInsertRowid;
    return Number(db!.prepare("INSERT INTO thank_yous (occasion_id, person_id, due_at, created_at, updated_at) VALUES (?, ?, 0, 'x', 'x')").run(occasion, person).lastInsertRowid);
  });
  return { db, ids };
}

const stored = (database: Database, id: number) => (database.prepare('SELECT due_at FROM thank_yous WHERE id = ?').get(id) as { due_at: number }).due_at;

describe('due times in SQL follow the shared rule thankYouDueAt (real SQLite file)', () => {
  it.each([24, 48, 30, 0, 1440])('recomputing by kind with %i hours gives what thankYouDueAt gives, across DST changes', (hours) => {
    const { db: database, ids } = seed('interview');
    new DueTimes(database).recomputeKind('interview', hours);
    ENDS.forEach(({ end }, index) => {
      expect(stored(database, ids[index]!)).toBe(thankYouDueAt('interview', new Date(end), { interview: hours }).getTime());
    });
  });

  it('recomputing an occasion and resetting one row agree with the rule too, and with dueAt', () => {
    const { db: database, ids } = seed('referral');
    const due = new DueTimes(database);
    const occasionOf = (id: number) => (database.prepare('SELECT occasion_id FROM thank_yous WHERE id = ?').get(id) as { occasion_id: number }).occasion_id;
    due.recomputeOccasion(occasionOf(ids[0]!), 48);
    due.reset(ids[2]!, 36, 'stamp');
    expect(stored(database, ids[0]!)).toBe(thankYouDueAt('referral', new Date(ENDS[0].end), { referral: 48 }).getTime());
    expect(stored(database, ids[0]!)).toBe(due.dueAt('referral', Date.parse(ENDS[0].end), 48));
    expect(stored(database, ids[2]!)).toBe(thankYouDueAt('referral', new Date(ENDS[2].end), { referral: 36 }).getTime());
  });

  it('counts real hours: 24 hours after 17:00 the evening before spring forward is 18:00 by the wall clock', () => {
    const { db: database, ids } = seed('interview');
    new DueTimes(database).recomputeKind('interview', 24);
    expect(ENDS.map(({ label, zone }, index) => `${label}: ${wallClock(stored(database, ids[index]!), zone)}`)).toEqual([
      'New York, spring forward: 03/08/2026, 18:00 EDT',
      'New York, fall back: 11/01/2026, 09:00 EST',
      'Berlin, spring forward: 03/29/2026, 15:00 GMT+2',
      'Berlin, fall back: 10/25/2026, 08:00 GMT+1',
    ]);
  });

  it('leaves due times set by hand, and (by kind) thank-yous already sent or skipped', () => {
    const { db: database, ids } = seed('interview');
    database.prepare('UPDATE thank_yous SET due_overridden = 1, due_at = 5 WHERE id = ?').run(ids[0]);
    database.prepare("UPDATE thank_yous SET status = 'sent', sent_at = 1, due_at = 6 WHERE id = ?").run(ids[1]);
    database.prepare("UPDATE thank_yous SET status = 'skipped', due_at = 7 WHERE id = ?").run(ids[2]);
    new DueTimes(database).recomputeKind('interview', 24);
    expect(ids.map((id) => stored(database, id))).toEqual([5, 6, 7, thankYouDueAt('interview', new Date(ENDS[3].end)).getTime()]);
  });
});
