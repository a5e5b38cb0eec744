import type { Database, Statement } from 'better-sqlite3';
import type { OccasionKind } from '../../../shared';
import type { DueTimes } from './due-times';

/**
 * The thank-yous of an occasion's participants: one each. Called by the occasions repository
 * inside its own transaction. Adding someone adds their thank-you; removing someone deletes
 * theirs only while nothing was written or done with it (otherwise it stays as history).
 */
export class OccasionThanksRepository {
  private readonly insertThankYou: Statement<{ occasionId: number; personId: number; dueAt: number; stamp: string }>;
  private readonly deleteUntouched: Statement<{ occasionId: number; personId: number }>;

  constructor(
    db: Database,
    private readonly dueTimes: DueTimes,
    private readonly dueHours: (kind: OccasionKind) => number,
  ) {
    this.insertThankYou = db.prepare(`INSERT INTO thank_yous (occasion_id, person_id, due_at, created_at, updated_at)
      VALUES (@occasionId, @personId, @dueAt, @stamp, @stamp) ON CONFLICT (occasion_id, person_id) DO NOTHING`);
    // Untouched: nothing written, and nothing done with it either (snoozed, a due time set by
    // hand, handed to the mail app). Anything the user did keeps it, as a former participant's.
    this.deleteUntouched = db.prepare(
      `DELETE FROM thank_yous WHERE occasion_id = @occasionId AND person_id = @personId AND status = 'pending' AND body = '' AND subject = ''
        AND snoozed_until IS NULL AND due_overridden = 0 AND handed_off_at IS NULL`,
    );
  }

  /** Gives a participant their thank-you, due by the rule for the occasion; one they have is kept. */
  add(occasion: { id: number; kind: OccasionKind; endsAt: number }, personId: number, stamp: string): void {
    const dueAt = this.dueTimes.dueAt(occasion.kind, occasion.endsAt, this.dueHours(occasion.kind));
    this.insertThankYou.run({ occasionId: occasion.id, personId, dueAt, stamp });
  }

  /** Someone is no longer a participant (or the occasion was cancelled): their thank-you goes unless something was written or done with it. True when it went. */
  removeUntouched(occasionId: number, personId: number): boolean {
    return this.deleteUntouched.run({ occasionId, personId }).changes > 0;
  }

  /** The occasion's end or kind changed: its thank-yous follow, except those set by hand. */
  redate(occasionId: number, kind: OccasionKind): void {
    this.dueTimes.recomputeOccasion(occasionId, this.dueHours(kind));
  }
}
