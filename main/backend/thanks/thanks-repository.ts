import type { Database, Statement } from 'better-sqlite3';
import type { Channel, HandoffMethod, OccasionKind, ThankYouSummary, UndoSkipItem } from '../../../shared';
import { conflict, invalid, notFound } from '../errors';
import { FUTURE_TOLERANCE_MS, toIso, toMs } from '../time';
import type { DueTimes } from './due-times';
import { thankYouColumns, toThankYouSummary, type ThankYouRow } from './thank-you-row';

type StoredStatus = ThankYouRow['ty_status'];

const ANY_STATUS = null;
const FOLLOW_UP: From = { statuses: ['sent'], refusal: 'A follow-up belongs to a thank-you that was sent.' };

/** Where a change may start from, and what to say when it may not. */
interface From {
  statuses: StoredStatus[];
  refusal: string;
}

/**
 * The status changes of a thank-you and the record of its hand-offs. Each status change checks
 * where it starts from, so the history stays believable: nothing is "sent" without a time, nor
 * sent in the future, nor sent twice.
 */
export class ThanksRepository {
  private readonly selectOne: Statement<[number], ThankYouRow>;
  private readonly setSent: Statement<{ id: number; sentAt: number; channel: Channel; text: string | null; dueAt: number | null; stamp: string }>;
  private readonly setSkipped: Statement<{ id: number; reason: string; stamp: string }>;
  private readonly setSnooze: Statement<{ id: number; until: number | null; stamp: string }>;
  private readonly setReopened: Statement<{ id: number; stamp: string }>;
  private readonly setDueOverride: Statement<{ id: number; dueAt: number; stamp: string }>;
  private readonly setFollowUpStmt: Statement<{ id: number; text: string | null; dueAt: number | null; stamp: string }>;
  private readonly setFollowUpDone: Statement<{ id: number; doneAt: number | null; stamp: string }>;
  private readonly selectKind: Statement<[number], { kind: OccasionKind }>;
  private readonly setHandoff: Statement<{ id: number; at: number; method: HandoffMethod; stamp: string }>;
  private readonly clearHandoff: Statement<{ id: number; stamp: string }>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly dueTimes: DueTimes,
    private readonly dueHours: (kind: OccasionKind) => number,
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
    // A body of spaces and line breaks is no draft; a hand-off from before it was sent or skipped
    // is not a question to ask again.
    this.setReopened = db.prepare(`UPDATE thank_yous SET status = CASE WHEN trim(body, ' ' || char(9, 10, 13)) <> '' THEN 'drafted' ELSE 'pending' END,
      sent_at = NULL, channel = NULL, skip_reason = NULL, snoozed_until = NULL, follow_up_text = NULL, follow_up_due_at = NULL,
      follow_up_done_at = NULL, handed_off_at = NULL, handoff_method = NULL, updated_at = @stamp WHERE id = @id`);
    this.setDueOverride = db.prepare('UPDATE thank_yous SET due_at = @dueAt, due_overridden = 1, updated_at = @stamp WHERE id = @id');
    this.setFollowUpStmt = db.prepare(`UPDATE thank_yous SET follow_up_text = @text, follow_up_due_at = @dueAt, follow_up_done_at = NULL,
      updated_at = @stamp WHERE id = @id`);
    this.setFollowUpDone = db.prepare('UPDATE thank_yous SET follow_up_done_at = @doneAt, updated_at = @stamp WHERE id = @id');
    this.selectKind = db.prepare('SELECT o.kind FROM thank_yous t JOIN occasions o ON o.id = t.occasion_id WHERE t.id = ?');
    // A sent note's history is not touched by handing it off again.
    this.setHandoff = db.prepare(`UPDATE thank_yous SET handed_off_at = @at, handoff_method = @method, updated_at = @stamp
      WHERE id = @id AND status <> 'sent'`);
    this.clearHandoff = db.prepare('UPDATE thank_yous SET handed_off_at = NULL, handoff_method = NULL, updated_at = @stamp WHERE id = @id');
  }

  get(id: number): ThankYouSummary {
    const row = this.selectOne.get(id);
    if (!row) throw notFound('This thank-you');
    return toThankYouSummary(row, this.now().getTime())!;
  }

  markSent(input: { id: number; sentAt: string; channel: Channel; followUp?: { text: string; dueAt: string } | undefined }): ThankYouSummary {
    return this.change(input.id, { statuses: ['pending', 'drafted', 'skipped'], refusal: 'It was already marked as sent.' }, (stamp) => {
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
    return this.change(id, { statuses: ['pending', 'drafted'], refusal: 'Only a thank-you that was not sent can be skipped.' }, (stamp) =>
      this.setSkipped.run({ id, reason, stamp }),
    );
  }

  /** Snoozes until a future time, or ends the snooze now with `null`. */
  snooze(id: number, until: string | null): ThankYouSummary {
    return this.change(id, { statuses: ['pending', 'drafted'], refusal: 'Only a thank-you that is still to do can be snoozed.' }, (stamp) => {
      const untilMs = until === null ? null : toMs(until);
      if (untilMs !== null && untilMs <= this.now().getTime()) throw invalid('until', 'Snooze until a time in the future.');
      this.setSnooze.run({ id, until: untilMs, stamp });
    });
  }

  reopen(id: number): ThankYouSummary {
    return this.change(id, { statuses: ['sent', 'skipped'], refusal: 'It is already open.' }, (stamp) => {
      this.setReopened.run({ id, stamp });
      // Due by the deadline in Settings today, which may have changed since it was closed.
      this.dueTimes.recomputeOne(id, this.dueHours(this.selectKind.get(id)!.kind));
    });
  }

  /**
   * Undo of a skip: the thank-you as it was just before — drafted or to do, the snooze that was
   * running and the hand-off still waiting for "did you send it?" put back. Unlike reopening it
   * keeps the due time: a skip never changed it, and a deadline changed meanwhile in Settings
   * applies to open thank-yous only.
   */
  undoSkip({ id, snoozedUntil, handoff }: UndoSkipItem): ThankYouSummary {
    return this.change(id, { statuses: ['skipped'], refusal: 'It is no longer skipped.' }, (stamp) => {
      this.setReopened.run({ id, stamp });
      const now = this.now().getTime();
      const until = snoozedUntil === null ? null : toMs(snoozedUntil);
      // A snooze that ended meanwhile is over; the thank-you is simply owed again.
      if (until !== null && until > now) this.setSnooze.run({ id, until, stamp });
      if (handoff && toMs(handoff.at) <= now + FUTURE_TOLERANCE_MS) this.setHandoff.run({ id, at: toMs(handoff.at), method: handoff.method, stamp });
    });
  }

  /** Sets the due time by hand, or (`null`) gives it back to the rule. Possible in any status. */
  setDue(id: number, dueAt: string | null): ThankYouSummary {
    return this.change(id, ANY_STATUS, (stamp) => {
      if (dueAt === null) {
        this.dueTimes.reset(id, this.dueHours(this.selectKind.get(id)!.kind), stamp);
      } else {
        this.setDueOverride.run({ id, dueAt: toMs(dueAt), stamp });
      }
    });
  }

  setFollowUp(id: number, followUp: { text: string; dueAt: string } | null): ThankYouSummary {
    return this.change(id, FOLLOW_UP, (stamp, row) => {
      if (followUp && row.ty_sent_at !== null && toMs(followUp.dueAt) < row.ty_sent_at) {
        throw invalid('followUp.dueAt', 'The follow-up cannot be before the thank-you was sent.');
      }
      this.setFollowUpStmt.run({ id, text: followUp?.text ?? null, dueAt: followUp ? toMs(followUp.dueAt) : null, stamp });
    });
  }

  completeFollowUp(id: number, done: boolean): ThankYouSummary {
    return this.change(id, FOLLOW_UP, (stamp, row) => {
      if (row.ty_follow_up_due_at === null) throw conflict('This thank-you has no follow-up.');
      this.setFollowUpDone.run({ id, doneAt: done ? this.now().getTime() : null, stamp });
    });
  }

  /**
   * Remembers that the note was handed to the mail client (so "Did you send it?" is asked until
   * answered) and returns when. A note that was sent keeps its history as it was.
   */
  recordHandoff(id: number, method: HandoffMethod): string {
    const at = this.now().getTime();
    this.setHandoff.run({ id, at, method, stamp: toIso(at) });
    return toIso(at);
  }

  /** "Not yet": stop asking whether this hand-off was sent. */
  dismissHandoff(id: number): ThankYouSummary {
    this.get(id);
    this.clearHandoff.run({ id, stamp: this.now().toISOString() });
    return this.get(id);
  }

  /**
   * Runs several changes in one transaction (one disk sync for a whole selection). Each change
   * is its own savepoint, so one that fails is rolled back alone and the others still commit.
   */
  batch<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /** Runs one change in a transaction after checking the current stored status (`null`: any). */
  private change(id: number, from: From | null, apply: (stamp: string, row: ThankYouRow) => void): ThankYouSummary {
    return this.db.transaction(() => {
      const row = this.selectOne.get(id);
      if (!row) throw notFound('This thank-you');
      if (from && !from.statuses.includes(row.ty_status)) throw conflict(from.refusal);
      apply(this.now().toISOString(), row);
      return this.get(id);
    }).immediate();
  }
}
