import type { Database, Statement } from 'better-sqlite3';
import { FOLLOW_UP_HORIZON_HOURS } from '../../../shared';
import { NOT_ARCHIVED, OPEN_FOLLOW_UP, OUTSTANDING, OWED_NOW } from '../thanks/outstanding-sql';
import { HOUR, type FollowUp, type OwedThankYou } from './moments';

const FROM = 'FROM thank_yous t JOIN people p ON p.id = t.person_id JOIN occasions o ON o.id = t.occasion_id';
const OWED_COLUMNS = `t.id, t.due_at AS dueAt, t.snoozed_until AS snoozedUntil, o.kind, p.full_name AS fullName, p.company, o.title AS occasionTitle`;
const FOLLOW_UP_COLUMNS = `t.id, t.follow_up_due_at AS followUpDueAt, t.follow_up_text AS text, p.full_name AS fullName, p.company, o.title AS occasionTitle`;

export interface ShownRow {
  key: string;
  remindAgainAt: number;
}

/**
 * The reads reminders need (over the same indexes as the dashboard: outstanding thank-yous by due
 * time, open follow-ups by their time) and every write to `reminders_shown`. Each read is bounded
 * by a time window, so none walks the whole history.
 */
export class RemindersRepository {
  private readonly owedDueBetween: Statement<[{ from: number; to: number }], OwedThankYou>;
  private readonly owedSnoozedAfter: Statement<[{ after: number }], OwedThankYou>;
  private readonly owedById: Statement<[{ id: number }], OwedThankYou>;
  private readonly firstDueAfter: Statement<[{ after: number }], { dueAt: number }>;
  private readonly followUpsBetween: Statement<[{ from: number; to: number }], FollowUp>;
  private readonly followUpById: Statement<[{ id: number }], FollowUp>;
  private readonly firstFollowUpAfter: Statement<[{ after: number }], { at: number }>;
  private readonly owedCounts: Statement<[{ now: number }], { owed: number; overdue: number }>;
  private readonly mostUrgent: Statement<[{ now: number; limit: number }], { fullName: string }>;
  private readonly firstOwedDue: Statement<[{ now: number }], { dueAt: number }>;
  private readonly owedAt: Statement<[{ now: number; createdBy: string }], { owed: number }>;
  private readonly followUpsDue: Statement<[{ horizon: number }], { count: number }>;
  private readonly shown: Statement<[string], { key: string }>;
  private readonly insertShown: Statement<[{ key: string; at: number }]>;
  private readonly again: Statement<[{ now: number }], ShownRow>;
  private readonly firstAgainAfter: Statement<[{ after: number }], { at: number | null }>;
  private readonly setAgain: Statement<[{ key: string; at: number }]>;
  private readonly shownAgain: Statement<[{ key: string; at: number }]>;
  private readonly dropAgain: Statement<[{ key: string }]>;
  private readonly prune: Statement<[{ before: number }]>;

  constructor(private readonly db: Database) {
    this.owedDueBetween = db.prepare(`SELECT ${OWED_COLUMNS} ${FROM}
      WHERE ${OUTSTANDING} AND t.due_at > @from AND t.due_at <= @to AND ${NOT_ARCHIVED}`);
    // No index holds snooze ends; the outstanding thank-yous do, and only a few are snoozed.
    this.owedSnoozedAfter = db.prepare(`SELECT ${OWED_COLUMNS}
      FROM thank_yous t INDEXED BY thank_yous_outstanding JOIN people p ON p.id = t.person_id JOIN occasions o ON o.id = t.occasion_id
      WHERE ${OUTSTANDING} AND t.snoozed_until > @after AND ${NOT_ARCHIVED}`);
    this.owedById = db.prepare(`SELECT ${OWED_COLUMNS} ${FROM} WHERE t.id = @id AND ${OUTSTANDING} AND ${NOT_ARCHIVED}`);
    this.firstDueAfter = db.prepare(`SELECT t.due_at AS dueAt ${FROM}
      WHERE ${OUTSTANDING} AND t.due_at > @after AND (t.snoozed_until IS NULL OR t.snoozed_until <= @after) AND ${NOT_ARCHIVED}
      ORDER BY t.due_at LIMIT 1`);
    this.followUpsBetween = db.prepare(`SELECT ${FOLLOW_UP_COLUMNS} ${FROM}
      WHERE ${OPEN_FOLLOW_UP} AND t.follow_up_due_at > @from AND t.follow_up_due_at <= @to`);
    this.followUpById = db.prepare(`SELECT ${FOLLOW_UP_COLUMNS} ${FROM} WHERE t.id = @id AND ${OPEN_FOLLOW_UP}`);
    this.firstFollowUpAfter = db.prepare(`SELECT t.follow_up_due_at AS at ${FROM}
      WHERE ${OPEN_FOLLOW_UP} AND t.follow_up_due_at > @after ORDER BY t.follow_up_due_at LIMIT 1`);
    this.owedCounts = db.prepare(`SELECT count(*) AS owed, coalesce(sum(t.due_at < @now), 0) AS overdue
      FROM thank_yous t JOIN people p ON p.id = t.person_id WHERE ${OWED_NOW}`);
    this.mostUrgent = db.prepare(`SELECT p.full_name AS fullName FROM thank_yous t JOIN people p ON p.id = t.person_id
      WHERE ${OWED_NOW} ORDER BY t.due_at, t.id LIMIT @limit`);
    this.firstOwedDue = db.prepare(`SELECT t.due_at AS dueAt FROM thank_yous t JOIN people p ON p.id = t.person_id
      WHERE ${OWED_NOW} AND t.due_at >= @now ORDER BY t.due_at LIMIT 1`);
    // Recorded by then: a thank-you logged at noon was not owed at 08:00, and brings no morning summary at noon.
    this.owedAt = db.prepare(`SELECT EXISTS (SELECT 1 FROM thank_yous t JOIN people p ON p.id = t.person_id
      WHERE ${OWED_NOW} AND t.created_at <= @createdBy) AS owed`);
    this.followUpsDue = db.prepare(`SELECT count(*) AS count ${FROM} WHERE ${OPEN_FOLLOW_UP} AND t.follow_up_due_at <= @horizon`);
    this.shown = db.prepare('SELECT key FROM reminders_shown WHERE key = ?');
    this.insertShown = db.prepare('INSERT INTO reminders_shown (key, shown_at) VALUES (@key, @at) ON CONFLICT (key) DO NOTHING');
    this.again = db.prepare(`SELECT key, remind_again_at AS remindAgainAt FROM reminders_shown
      WHERE remind_again_at IS NOT NULL AND remind_again_at <= @now ORDER BY remind_again_at, key`);
    this.firstAgainAfter = db.prepare(`SELECT min(remind_again_at) AS at FROM reminders_shown
      WHERE remind_again_at IS NOT NULL AND remind_again_at > @after`);
    this.setAgain = db.prepare('UPDATE reminders_shown SET remind_again_at = @at WHERE key = @key');
    this.shownAgain = db.prepare('UPDATE reminders_shown SET shown_at = @at, remind_again_at = NULL WHERE key = @key');
    this.dropAgain = db.prepare('UPDATE reminders_shown SET remind_again_at = NULL WHERE key = @key');
    this.prune = db.prepare('DELETE FROM reminders_shown WHERE shown_at < @before AND (remind_again_at IS NULL OR remind_again_at < @before)');
  }

  /** Owed thank-yous due in (from, to]. */
  owedDueIn(from: number, to: number): OwedThankYou[] {
    return this.owedDueBetween.all({ from, to });
  }

  /** Owed thank-yous whose snooze ends after `after` (whatever their due time). */
  owedSnoozedPast(after: number): OwedThankYou[] {
    return this.owedSnoozedAfter.all({ after });
  }

  owed(id: number): OwedThankYou | undefined {
    return this.owedById.get({ id });
  }

  /** The earliest due time after `after` among owed thank-yous not snoozed past `after`. */
  firstUnsnoozedDueAfter(after: number): number | null {
    return this.firstDueAfter.get({ after })?.dueAt ?? null;
  }

  followUpsDueIn(from: number, to: number): FollowUp[] {
    return this.followUpsBetween.all({ from, to });
  }

  followUp(id: number): FollowUp | undefined {
    return this.followUpById.get({ id });
  }

  firstFollowUpDueAfter(after: number): number | null {
    return this.firstFollowUpAfter.get({ after })?.at ?? null;
  }

  /** Owed now (not snoozed) and how many of those are overdue: what the dashboard counts. */
  counts(now: number): { owed: number; overdue: number } {
    const row = this.owedCounts.get({ now })!;
    return { owed: Number(row.owed), overdue: Number(row.overdue) };
  }

  mostUrgentNames(now: number, limit: number): string[] {
    return this.mostUrgent.all({ now, limit }).map((row) => row.fullName);
  }

  nextDueAt(now: number): number | null {
    return this.firstOwedDue.get({ now })?.dueAt ?? null;
  }

  /** Whether anything recorded by `at` is (or will be, as things stand) owed then: not snoozed, not sent. */
  anyOwedAt(at: number): boolean {
    return this.owedAt.get({ now: at, createdBy: new Date(at).toISOString() })!.owed === 1;
  }

  followUpsDueWithinHorizon(now: number): number {
    return this.followUpsDue.get({ horizon: now + FOLLOW_UP_HORIZON_HOURS * HOUR })!.count;
  }

  wasShown(key: string): boolean {
    return this.shown.get(key) !== undefined;
  }

  markShown(key: string, at: number): void {
    this.insertShown.run({ key, at });
  }

  /** Snoozed notifications whose time to come back has come. */
  dueAgain(now: number): ShownRow[] {
    return this.again.all({ now });
  }

  firstAgainAfterTime(after: number): number | null {
    return this.firstAgainAfter.get({ after })?.at ?? null;
  }

  /** Brings shown keys back at `at`; answers how many of them were known. */
  remindAgain(keys: readonly string[], at: number): number {
    return this.db.transaction(() => keys.reduce((known, key) => known + this.setAgain.run({ key, at }).changes, 0)).immediate();
  }

  markShownAgain(key: string, at: number): void {
    this.shownAgain.run({ key, at });
  }

  /** A snoozed notification that no longer applies (sent, re-dated, overtaken) does not come back. */
  forgetAgain(key: string): void {
    this.dropAgain.run({ key });
  }

  pruneShownBefore(before: number): void {
    this.prune.run({ before });
  }

  /** `fn` in one IMMEDIATE transaction: two claims never both see a key as not yet shown. */
  immediate<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }
}
