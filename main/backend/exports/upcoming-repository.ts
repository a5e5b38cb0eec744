import type { Database, Statement } from 'better-sqlite3';
import { BY_DUE, NOT_ARCHIVED, OPEN_FOLLOW_UP, OUTSTANDING } from '../thanks/outstanding-sql';

/**
 * Which thank-yous and follow-ups the calendar's "upcoming" export holds, by id (the service reads
 * each one as the single export does). What is owed and what is an open follow-up are the
 * definitions in thanks/outstanding-sql.ts, so the calendar and the dashboard cannot disagree.
 */
export class UpcomingRepository {
  private readonly dueIds: Statement<{ now: number }, { id: number }>;
  private readonly followUpIds: Statement<{ from: number }, { id: number }>;

  constructor(db: Database) {
    // A snooze that runs past the due time is the user putting the note off: no alarm at the old
    // time. One that ends before leaves the thank-you owed when it falls due.
    this.dueIds = db.prepare(`
      SELECT t.id FROM thank_yous t JOIN people p ON p.id = t.person_id
      WHERE ${OUTSTANDING} AND ${NOT_ARCHIVED} AND t.due_at >= @now
        AND (t.snoozed_until IS NULL OR t.snoozed_until <= t.due_at)
      ORDER BY ${BY_DUE('ASC')}`);
    this.followUpIds = db.prepare(`
      SELECT t.id FROM thank_yous t JOIN people p ON p.id = t.person_id
      WHERE ${OPEN_FOLLOW_UP} AND t.follow_up_due_at >= @from
      ORDER BY t.follow_up_due_at, t.id`);
  }

  /** Thank-yous still owed (pending or drafted, person not archived) that fall due at `now` or later, soonest first. */
  thankYousDueFrom(now: number): number[] {
    return this.dueIds.all({ now }).map((row) => row.id);
  }

  /** Open follow-ups planned for `from` or later, soonest first. */
  followUpsFrom(from: number): number[] {
    return this.followUpIds.all({ from }).map((row) => row.id);
  }
}
