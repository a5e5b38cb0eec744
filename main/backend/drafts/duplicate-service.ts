import type { Database, Statement } from 'better-sqlite3';
import type { DuplicateTarget } from '../../../shared';
import { conflict } from '../errors';
import { toIso } from '../time';
import type { DraftsRepository } from './drafts-repository';

interface TargetRow {
  thank_you_id: number;
  person_id: number;
  full_name: string;
  occasion_id: number;
  title: string;
  status: 'pending' | 'drafted';
  snoozed_until: number | null;
  due_at: number;
  has_draft: number;
  relation: 0 | 1 | 2;
}

const RELATIONS = ['same-occasion', 'same-person', 'other'] as const;

/**
 * "Duplicate as new draft": a sent note is history, but its text can start another note — to the
 * next interviewer of the same panel, or to the same person for a later occasion. The copy goes
 * into a thank-you that is still open, never over text there unless the user says so.
 */
export class DuplicateService {
  private readonly selectTargets: Statement<{ occasionId: number; personId: number; id: number }, TargetRow>;

  constructor(
    db: Database,
    private readonly now: () => Date,
    private readonly drafts: DraftsRepository,
  ) {
    // The same panel first, then the same person, then everyone else by due time.
    this.selectTargets = db.prepare(`
      SELECT t.id AS thank_you_id, p.id AS person_id, p.full_name, o.id AS occasion_id, o.title, t.status, t.snoozed_until, t.due_at,
             trim(t.body) <> '' AS has_draft,
             CASE WHEN t.occasion_id = @occasionId THEN 0 WHEN t.person_id = @personId THEN 1 ELSE 2 END AS relation
      FROM thank_yous t JOIN people p ON p.id = t.person_id JOIN occasions o ON o.id = t.occasion_id
      WHERE t.status IN ('pending', 'drafted') AND t.id <> @id AND p.archived_at IS NULL
      ORDER BY relation, t.due_at, t.id
      LIMIT 100`);
  }

  targets(id: number): DuplicateTarget[] {
    const source = this.drafts.get(id);
    const now = this.now().getTime();
    return this.selectTargets.all({ occasionId: source.occasion.id, personId: source.person.id, id }).map((row) => ({
      thankYouId: row.thank_you_id,
      personId: row.person_id,
      fullName: row.full_name,
      occasionId: row.occasion_id,
      occasionTitle: row.title,
      status: row.snoozed_until !== null && row.snoozed_until > now ? 'snoozed' : row.status,
      dueAt: toIso(row.due_at),
      hasDraft: row.has_draft === 1,
      relation: RELATIONS[row.relation],
    }));
  }

  /** Copies the subject and text of `id` into `targetId`, greeting the target's person by name. */
  duplicate(id: number, targetId: number, replaceDraft: boolean): { thankYouId: number } {
    const source = this.drafts.get(id);
    const target = this.drafts.get(targetId);
    if (target.id === source.id) throw conflict('Choose another thank-you to copy this note into.');
    if (target.status === 'sent' || target.status === 'skipped') {
      throw conflict(`The thank-you to ${target.person.fullName} was ${target.status} meanwhile; choose another one.`);
    }
    if (target.body.trim() !== '' && !replaceDraft) {
      throw conflict(`The thank-you to ${target.person.fullName} has a draft already. Replace it?`, undefined, { hasDraft: 1 });
    }
    const body = regreet(source.body, source.person.addressAs, target.person.addressAs);
    this.drafts.save({ id: target.id, subject: source.subject, body, recipient: null });
    return { thankYouId: target.id };
  }
}

/**
 * "Dear Priya," becomes "Dear Sam,": the name is replaced in the first line that has text, as a
 * whole word only. Elsewhere the text is left for the writer (and the coach) to make personal.
 */
export function regreet(body: string, from: string, to: string): string {
  if (from === '' || from === to) return body;
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return body;
  const name = new RegExp(`(?<![\\p{L}\\p{N}])${from.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  lines[first] = lines[first]!.replace(name, () => to);
  return lines.join('\n');
}
