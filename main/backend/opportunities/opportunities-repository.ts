import type { Database, Statement } from 'better-sqlite3';
import type { Opportunity, OpportunityDetail, OpportunityStage, OutstandingStatus } from '../../../shared';
import { notFound } from '../errors';
import type { OccasionsRepository } from '../occasions/occasions-repository';
import { EFFECTIVE_STATUS, OUTSTANDING } from '../thanks/outstanding-sql';
import { toIso } from '../time';

export interface OpportunityInput {
  company: string;
  role: string;
  link: string;
  stage: OpportunityStage;
  notes: string;
}

interface OpportunityRow {
  id: number;
  company: string;
  role: string;
  link: string;
  stage: OpportunityStage;
  notes: string;
  created_at: string;
  updated_at: string;
  occasion_count: number;
  thanks_outstanding: number;
}

const SELECT = `
  SELECT op.*,
    (SELECT count(*) FROM occasions o WHERE o.opportunity_id = op.id) AS occasion_count,
    (SELECT count(*) FROM thank_yous t JOIN occasions o ON o.id = t.occasion_id
      WHERE o.opportunity_id = op.id AND t.status IN ('pending', 'drafted')) AS thanks_outstanding
  FROM opportunities op`;

/** Jobs and applications; occasions may belong to one. Deleting one keeps its occasions. */
export class OpportunitiesRepository {
  private readonly insert: Statement<Record<string, unknown>>;
  private readonly update: Statement<Record<string, unknown>>;
  private readonly selectOne: Statement<[number], OpportunityRow>;
  private readonly selectPage: Statement<[Record<string, unknown>], OpportunityRow>;
  private readonly countAll: Statement<[Record<string, unknown>], { total: number }>;
  private readonly selectOutstanding: Statement<[{ id: number; now: number }], OutstandingRow>;
  private readonly remove: Statement<[number]>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly occasions: OccasionsRepository,
  ) {
    this.insert = db.prepare(`INSERT INTO opportunities (company, role, link, stage, notes, created_at, updated_at)
      VALUES (@company, @role, @link, @stage, @notes, @stamp, @stamp)`);
    this.update = db.prepare(`UPDATE opportunities SET company = @company, role = @role, link = @link, stage = @stage, notes = @notes,
      updated_at = @stamp WHERE id = @id`);
    this.selectOne = db.prepare(`${SELECT} WHERE op.id = ?`);
    this.selectPage = db.prepare(`${SELECT} WHERE (@stage IS NULL OR op.stage = @stage)
      ORDER BY op.stage IN ('rejected', 'withdrawn'), op.updated_at DESC, op.id DESC LIMIT @limit OFFSET @offset`);
    this.countAll = db.prepare('SELECT count(*) AS total FROM opportunities op WHERE (@stage IS NULL OR op.stage = @stage)');
    this.selectOutstanding = db.prepare(`
      SELECT t.id AS thank_you_id, p.id AS person_id, p.full_name, o.title AS occasion_title, t.due_at, ${EFFECTIVE_STATUS} AS status
      FROM thank_yous t JOIN occasions o ON o.id = t.occasion_id JOIN people p ON p.id = t.person_id
      WHERE o.opportunity_id = @id AND ${OUTSTANDING}
      ORDER BY t.due_at, p.full_name COLLATE NOCASE`);
    this.remove = db.prepare('DELETE FROM opportunities WHERE id = ?');
  }

  create(input: OpportunityInput): Opportunity {
    const id = Number(this.insert.run({ ...input, stamp: this.now().toISOString() }).lastInsertRowid);
    return this.get(id);
  }

  change(id: number, input: OpportunityInput): Opportunity {
    this.get(id);
    this.update.run({ ...input, id, stamp: this.now().toISOString() });
    return this.get(id);
  }

  get(id: number): Opportunity {
    const row = this.selectOne.get(id);
    if (!row) throw notFound('This opportunity');
    return toOpportunity(row);
  }

  detail(id: number): OpportunityDetail {
    const opportunity = this.get(id);
    return {
      ...opportunity,
      occasions: this.occasions.list({ opportunityId: id, limit: 500, offset: 0 }).items,
      outstanding: this.selectOutstanding.all({ id, now: this.now().getTime() }).map((row) => ({
        thankYouId: row.thank_you_id,
        personId: row.person_id,
        fullName: row.full_name,
        occasionTitle: row.occasion_title,
        dueAt: toIso(row.due_at),
        status: row.status,
      })),
    };
  }

  list(query: { stage?: OpportunityStage | undefined; limit: number; offset: number }): { items: Opportunity[]; total: number } {
    const stage = query.stage ?? null;
    return {
      items: this.selectPage.all({ stage, limit: query.limit, offset: query.offset }).map(toOpportunity),
      total: this.countAll.get({ stage })!.total,
    };
  }

  delete(id: number): void {
    this.get(id);
    this.remove.run(id);
  }
}

interface OutstandingRow {
  thank_you_id: number;
  person_id: number;
  full_name: string;
  occasion_title: string;
  due_at: number;
  /** pending or drafted as stored, snoozed while a snooze runs (outstanding-sql.ts's one rule). */
  status: OutstandingStatus;
}

function toOpportunity(row: OpportunityRow): Opportunity {
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    link: row.link,
    stage: row.stage,
    notes: row.notes,
    label: row.role ? `${row.role} at ${row.company}` : row.company,
    occasionCount: row.occasion_count,
    thanksOutstanding: row.thanks_outstanding,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
