import type { Database, Statement } from 'better-sqlite3';
import type { NextOwed, OccasionKind } from '../../../shared';
import { toIso } from '../time';
import { BY_DUE, OWED_NOW } from './outstanding-sql';

interface Row {
  id: number;
  person_id: number;
  full_name: string;
  due_at: number;
  occasion_id: number;
  title: string;
  kind: OccasionKind;
}

const SELECT = `SELECT t.id, p.id AS person_id, p.full_name, t.due_at, o.id AS occasion_id, o.title, o.kind
  FROM thank_yous t JOIN people p ON p.id = t.person_id JOIN occasions o ON o.id = t.occasion_id`;

/**
 * "Next owed": the thank-you to write after the one just sent or skipped. The rest of the same
 * occasion comes first, since a panel is best thanked in one sitting while it is fresh (by due
 * time, then in the order the participants were listed); else the most urgent one owed, in the
 * dashboard's order. "Owed" is the dashboard's rule (outstanding-sql.ts): a running snooze or an
 * archived person is not owed now.
 */
export class NextOwedRepository {
  private readonly sameOccasion: Statement<{ id: number; now: number }, Row>;
  private readonly mostUrgent: Statement<{ id: number; now: number }, Row>;

  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    // Two small look-ups rather than one sort of everything owed: each walks an index (the
    // occasion's thank-yous; the outstanding ones by due time) and stops at the first row.
    this.sameOccasion = db.prepare(`${SELECT}
      LEFT JOIN occasion_participants op ON op.occasion_id = t.occasion_id AND op.person_id = t.person_id
      WHERE t.occasion_id = (SELECT occasion_id FROM thank_yous WHERE id = @id) AND t.id <> @id AND ${OWED_NOW}
      ORDER BY t.due_at, op.position IS NULL, op.position, t.id LIMIT 1`);
    this.mostUrgent = db.prepare(`${SELECT} WHERE t.id <> @id AND ${OWED_NOW} ORDER BY ${BY_DUE('ASC')} LIMIT 1`);
  }

  /** After `id` (which need not exist any more); null when nothing else is owed. */
  after(id: number): NextOwed {
    const params = { id, now: this.now().getTime() };
    const same = this.sameOccasion.get(params);
    const row = same ?? this.mostUrgent.get(params);
    if (!row) return null;
    return {
      id: row.id,
      personId: row.person_id,
      fullName: row.full_name,
      dueAt: toIso(row.due_at),
      occasionId: row.occasion_id,
      occasionTitle: row.title,
      kind: row.kind,
      sameOccasion: same !== undefined,
    };
  }
}
