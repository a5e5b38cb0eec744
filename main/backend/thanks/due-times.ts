import type { Database, Statement } from 'better-sqlite3';
import { thankYouDueAt, type OccasionKind } from '../../../shared';

/**
 * The SQLite function `thank_you_due_at(kind, ends_at, hours)`: the shared rule `thankYouDueAt`
 * (shared/domain/due-rules.ts) itself, called from SQL. Statements that move many due times at
 * once use it, so the rule is written once, in JavaScript, and never again as SQL arithmetic.
 */
function registerDueRule(db: Database): void {
  db.function('thank_you_due_at', { deterministic: true }, (kind, endsAt, hours) =>
    thankYouDueAt(kind as OccasionKind, new Date(Number(endsAt)), { [kind as OccasionKind]: Number(hours) }).getTime(),
  );
}

/** The due time of each row of `thank_yous`, from its occasion's kind and end, by the shared rule. */
const DUE_AT = '(SELECT thank_you_due_at(o.kind, o.ends_at, @hours) FROM occasions o WHERE o.id = thank_yous.occasion_id)';

/**
 * Every recomputation of a stored due time. A due time the user set by hand (`due_overridden`)
 * stays; `reset` gives one back to the rule. `hours` is the deadline for the occasions' kind (from
 * Settings), passed in so that a settings change can recompute with the value it is saving.
 */
export class DueTimes {
  private readonly forKind: Statement<{ kind: OccasionKind; hours: number }>;
  private readonly forOccasion: Statement<{ occasionId: number; hours: number }>;
  private readonly resetOne: Statement<{ id: number; hours: number; stamp: string }>;
  private readonly forOne: Statement<{ id: number; hours: number }>;

  constructor(db: Database) {
    registerDueRule(db);
    // Only thank-yous still to do move with a new deadline: a sent one was due when it was due.
    this.forKind = db.prepare(`UPDATE thank_yous SET due_at = ${DUE_AT}
      WHERE due_overridden = 0 AND status IN ('pending', 'drafted') AND occasion_id IN (SELECT id FROM occasions WHERE kind = @kind)`);
    this.forOccasion = db.prepare(`UPDATE thank_yous SET due_at = ${DUE_AT} WHERE occasion_id = @occasionId AND due_overridden = 0`);
    this.resetOne = db.prepare(`UPDATE thank_yous SET due_overridden = 0, updated_at = @stamp, due_at = ${DUE_AT} WHERE id = @id`);
    this.forOne = db.prepare(`UPDATE thank_yous SET due_at = ${DUE_AT} WHERE id = @id AND due_overridden = 0`);
  }

  /** When the thank-you for an occasion of `kind` that ends at `endsAt` (ms) is due. */
  dueAt(kind: OccasionKind, endsAt: number, hours: number): number {
    return thankYouDueAt(kind, new Date(endsAt), { [kind]: hours }).getTime();
  }

  /** The deadline for `kind` changed: every open thank-you of that kind follows. */
  recomputeKind(kind: OccasionKind, hours: number): void {
    this.forKind.run({ kind, hours });
  }

  /** The occasion's end or kind changed: its thank-yous follow. */
  recomputeOccasion(occasionId: number, hours: number): void {
    this.forOccasion.run({ occasionId, hours });
  }

  /** One thank-you open again (reopened): due by today's rule, unless its due time was set by hand. */
  recomputeOne(id: number, hours: number): void {
    this.forOne.run({ id, hours });
  }

  /** Gives one thank-you's due time back to the rule. */
  reset(id: number, hours: number, stamp: string): void {
    this.resetOne.run({ id, hours, stamp });
  }
}
