import type { Database, Statement } from 'better-sqlite3';
import type { Channel, ThankYouSummary } from '../../../shared';
import { conflict, invalid, notFound } from '../errors';
import { FUTURE_TOLERANCE_MS, toMs } from '../time';
import { thankYouColumns, toThankYouSummary, type ThankYouRow } from './thank-you-row';

type StoredStatus = ThankYouRow['ty_status'];

/**
 * The status changes of a thank-you. Each checks where it starts from, so the history stays
 * believable: nothing is "sent" without a time, nor sent in the future, nor sent twice.
 */
export class ThanksRepository {
  private readonly selectOne: Statement<[number], ThankYouRow>;
  private readonly setSent: Statement<{ id: number; sentAt: number; channel: Channel; text: string | null; dueAt: number | null; stamp: string }>;
  private readonly setSkipped: Statement<{ id: number; reason: string; stamp: string }>;
  private readonly setSnooze: Statement<{ id: number; until: number | null; stamp: string }>;
  private readonly setReopened: Statement<{ id: number; stamp: string }>;
  private readonly setDueOverride: Statement<{ id: number; dueAt: number; stamp: string }>;
  private readonly resetDue: Statement<{ id: number; hours: number; stamp: string }>;
  private readonly setFollowUpStmt: Statement<{ id: number; text: string | null; dueAt: number | null; stamp: string }>;
  private readonly setFollowUpDone: Statement<{ id: number; doneAt: number | null; stamp: string }>;
  private readonly selectKind: Statement<[number], { kind: string }>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly dueHoursFor: (kind: string) => number,
  ) {
    this.selectOne = db.prepare(`SELECT ${thankYouColumns('t')} FROM thank_yous t WHERE t.id = ?`);
    // Sent or skipped answers "did you send it?", so the pending hand-off is cleared with it.
    this.setSent = db.prepare(`UPDATE thank_yous SET status = 'sent', sent_at = @sentAt, channel = @channel, snoozed_until = NULL,
      skip_reason = NULL, follow_up_text = @text, follow_up_due_at = @dueAt, follow_up_done_at = NULL,
      handed_off_at = NULL, handoff_method = NULL, updated_at = @stamp WHERE id = @id`);
    this.setSkipped = db.prepare(`UPDATE thank_yous SET status = 'skipped', skip_reason = @reason, snoozed_until = NULL,
      handed_off_at = NULL, handoff_method = NULL, updated_at = @stamp WHERE id = @id`);
    this.setSnooze = db.prepare('UPDATE thank_yous SET snoozed_until = @until, updated_at = @stamp WHERE id = @id');
    // Back to work: drafted if there is a body, else pending. Sent facts are cleared.
    this.setReopened = db.prepare(`UPDATE thank_yous SET status = CASE WHEN body <> '' THEN 'drafted' ELSE 'pending' END,
      sent_at = NULL, channel = NULL, skip_reason = NULL, snoozed_until = NULL, follow_up_text = NULL, follow_up_due_at = NULL,
      follow_up_done_at = NULL, updated_at = @stamp WHERE id = @id`);
    this.setDueOverride = db.prepare('UPDATE thank_yous SET due_at = @dueAt, due_overridden = 1, updated_at = @stamp WHERE id = @id');
    this.resetDue = db.prepare(`UPDATE thank_yous SET due_overridden = 0, updated_at = @stamp,
      due_at = (SELECT ends_at FROM occasions o WHERE o.id = thank_yous.occasion_id) + @hours * 3600000 WHERE id = @id`);
    this.setFollowUpStmt = db.prepare(`UPDATE thank_yous SET follow_up_text = @text, follow_up_due_at = @dueAt, follow_up_done_at = NULL,
      updated_at = @stamp WHERE id = @id`);
    this.setFollowUpDone = db.prepare('UPDATE thank_yous SET follow_up_done_at = @doneAt, updated_at = @stamp WHERE id = @id');
    this.selectKind = db.prepare('SELECT o.kind FROM thank_yous t JOIN occasions o ON o.id = t.occasion_id WHERE t.id = ?');
  }

  get(id: number): ThankYouSummary {
    const row = this.selectOne.get(id);
    if (!row) throw notFound('This thank-you');
    return toThankYouSummary(row, this.now().getTime())!;
  }

  markSent(input: { id: number; sentAt: string; channel: Channel; followUp?: { text: string; dueAt: string } | undefined }): ThankYouSummary {
    return this.change(input.id, ['pending', 'drafted', 'skipped'], 'It was already marked as sent.', (stamp) => {
      const sentAt = toMs(input.sentAt);
      if (sentAt > this.now().getTime() + FUTURE_TOLERANCE_MS) throw invalid('sentAt', 'The sent time cannot be in the future.');
      this.setSent.run({
        id: input.id,
        sentAt,
        channel: input.channel,
        text: input.followUp?.text ?? null,
        dueAt: input.followUp ? toMs(input.followUp.dueAt) : null,
        stamp,
      });
    });
  }

  skip(id: number, reason: string): ThankYouSummary {
    return this.change(id, ['pending', 'drafted'], 'Only a thank-you that was not sent can be skipped.', (stamp) => this.setSkipped.run({ id, reason, stamp }));
  }

  /** Snoozes until a future time, or ends the snooze now with `null`. */
  snooze(id: number, until: string | null): ThankYouSummary {
    return this.change(id, ['pending', 'drafted'], 'Only a thank-you that is still to do can be snoozed.', (stamp) => {
      const untilMs = until === null ? null : toMs(until);
      if (untilMs !== null && untilMs <= this.now().getTime()) throw invalid('until', 'Snooze until a time in the future.');
      this.setSnooze.run({ id, until: untilMs, stamp });
    });
  }

  reopen(id: number): ThankYouSummary {
    return this.change(id, ['sent', 'skipped'], 'It is already open.', (stamp) => this.setReopened.run({ id, stamp }));
  }

  setDue(id: number, dueAt: string | null): ThankYouSummary {
    return this.change(id, ['pending', 'drafted', 'sent', 'skipped'], '', (stamp) => {
      if (dueAt === null) {
        const kind = this.selectKind.get(id)!.kind;
        this.resetDue.run({ id, hours: this.dueHoursFor(kind), stamp });
      } else {
        this.setDueOverride.run({ id, dueAt: toMs(dueAt), stamp });
      }
    });
  }

  setFollowUp(id: number, followUp: { text: string; dueAt: string } | null): ThankYouSummary {
    return this.change(id, ['sent'], 'A follow-up belongs to a thank-you that was sent.', (stamp, row) => {
      if (followUp && row.ty_sent_at !== null && toMs(followUp.dueAt) < row.ty_sent_at) {
        throw invalid('followUp.dueAt', 'The follow-up cannot be before the thank-you was sent.');
      }
      this.setFollowUpStmt.run({ id, text: followUp?.text ?? null, dueAt: followUp ? toMs(followUp.dueAt) : null, stamp });
    });
  }

  completeFollowUp(id: number, done: boolean): ThankYouSummary {
    return this.change(id, ['sent'], 'A follow-up belongs to a thank-you that was sent.', (stamp, row) => {
      if (row.ty_follow_up_due_at === null) throw conflict('This thank-you has no follow-up.');
      this.setFollowUpDone.run({ id, doneAt: done ? this.now().getTime() : null, stamp });
    });
  }

  /**
   * Runs several changes in one transaction (one disk sync for a whole selection). Each change
   * is its own savepoint, so one that fails is rolled back alone and the others still commit.
   */
  batch<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /** Runs one status change in a transaction after checking the current stored status. */
  private change(id: number, allowedFrom: StoredStatus[], refusal: string, apply: (stamp: string, row: ThankYouRow) => void): ThankYouSummary {
    return this.db.transaction(() => {
      const row = this.selectOne.get(id);
      if (!row) throw notFound('This thank-you');
      if (!allowedFrom.includes(row.ty_status)) throw conflict(refusal || 'That change is not possible now.');
      apply(this.now().toISOString(), row);
      return this.get(id);
    }).immediate();
  }
}
