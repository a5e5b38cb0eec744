import type { Database, Statement } from 'better-sqlite3';
import type { HowItWentItem, ThankYouSummary } from '../../../shared';
import { conflict } from '../errors';
import { toIso } from '../time';
import type { ThanksRepository } from './thanks-repository';

interface OfferRow {
  thank_you_id: number;
  person_id: number;
  full_name: string;
  kind: HowItWentItem['kind'];
  sent_at: number;
  opportunity_id: number;
  company: string;
  role: string;
  stage: HowItWentItem['stage'];
}

// Who vouched for you (a referral, a recommendation, a call on your behalf), once the opportunity they vouched for has an outcome, with the thank-you
// sent, no follow-up still open, and not answered before.
const OFFERS = `
  FROM thank_yous t
  JOIN occasions o ON o.id = t.occasion_id
  JOIN opportunities op ON op.id = o.opportunity_id
  JOIN people p ON p.id = t.person_id
  WHERE o.kind IN ('referral', 'recommendation', 'advocacy-call') AND t.status = 'sent' AND op.stage IN ('offer', 'rejected', 'withdrawn')
    AND t.how_it_went_answered_at IS NULL AND (t.follow_up_due_at IS NULL OR t.follow_up_done_at IS NOT NULL)
    AND p.archived_at IS NULL`;

/**
 * "Tell them how it went": a referrer, recommender or someone who called on the user's behalf wants to hear the outcome. Offered when the
 * linked opportunity reaches one (offer, rejected, withdrawn); answered by planning a follow-up
 * or by declining, and then not offered again.
 */
export class HowItWentRepository {
  private readonly selectAll: Statement<[], OfferRow>;
  private readonly selectForOpportunity: Statement<[number], OfferRow>;
  private readonly selectOne: Statement<[number], OfferRow>;
  private readonly setAnswered: Statement<{ id: number; at: number; stamp: string }>;

  constructor(
    db: Database,
    private readonly now: () => Date,
    private readonly thanks: ThanksRepository,
  ) {
    const columns = `SELECT t.id AS thank_you_id, p.id AS person_id, p.full_name, o.kind, t.sent_at,
      op.id AS opportunity_id, op.company, op.role, op.stage`;
    this.selectAll = db.prepare(`${columns} ${OFFERS} ORDER BY t.sent_at DESC, t.id LIMIT 100`);
    // On the occasion's column, so the occasions_by_opportunity index narrows it to one job.
    this.selectForOpportunity = db.prepare(`${columns} ${OFFERS} AND o.opportunity_id = ? ORDER BY t.sent_at DESC, t.id LIMIT 100`);
    this.selectOne = db.prepare(`${columns} ${OFFERS} AND t.id = ?`);
    this.setAnswered = db.prepare('UPDATE thank_yous SET how_it_went_answered_at = @at, updated_at = @stamp WHERE id = @id');
  }

  list(opportunityId?: number): HowItWentItem[] {
    const rows = opportunityId === undefined ? this.selectAll.all() : this.selectForOpportunity.all(opportunityId);
    return rows.map((row) => ({
      thankYouId: row.thank_you_id,
      personId: row.person_id,
      fullName: row.full_name,
      kind: row.kind,
      sentAt: toIso(row.sent_at),
      opportunityId: row.opportunity_id,
      opportunityLabel: row.role ? `${row.role} at ${row.company}` : row.company,
      stage: row.stage,
    }));
  }

  answer(id: number, followUp: { text: string; dueAt: string } | null): ThankYouSummary {
    return this.thanks.batch(() => {
      if (!this.selectOne.get(id)) {
        this.thanks.get(id); // NOT_FOUND when it is gone
        throw conflict('There is nothing to tell this person about yet, or it was answered already.');
      }
      const at = this.now().getTime();
      if (followUp) this.thanks.setFollowUp(id, followUp);
      this.setAnswered.run({ id, at, stamp: toIso(at) });
      return this.thanks.get(id);
    });
  }
}

