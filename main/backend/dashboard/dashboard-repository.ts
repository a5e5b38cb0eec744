import type { Database, Statement } from 'better-sqlite3';
import type {
  Channel,
  DashboardSummary,
  FollowUpItem,
  HandoffMethod,
  InterviewFormat,
  OccasionKind,
  OutstandingItem,
  OutstandingQuery,
  OutstandingStatus,
} from '../../../shared';
import { FOLLOW_UP_HORIZON_HOURS, searchKey } from '../../../shared';
import { searchKeySql } from '../database/search-key-sql';
import { BY_DUE, EFFECTIVE_STATUS, NOT_ARCHIVED, OUTSTANDING, STATUS_CONDITION } from '../thanks/outstanding-sql';
import { toIso, toIsoOrNull } from '../time';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const ORDER_BY: Record<OutstandingQuery['sort'], (dir: 'ASC' | 'DESC') => string> = {
  due: BY_DUE,
  person: (dir) => `p.full_name COLLATE NOCASE ${dir}, t.due_at, t.id`,
  company: (dir) => `p.company = '', p.company COLLATE NOCASE ${dir}, t.due_at, t.id`,
  occasion: (dir) => `o.ends_at ${dir}, o.id ${dir}, t.due_at, t.id`,
  kind: (dir) => `o.kind ${dir}, t.due_at, t.id`,
  status: (dir) => `CASE ${EFFECTIVE_STATUS} WHEN 'pending' THEN 0 WHEN 'drafted' THEN 1 ELSE 2 END ${dir}, t.due_at, t.id`,
};

interface OutstandingRow {
  thank_you_id: number;
  status: OutstandingStatus;
  due_at: number;
  due_overridden: number;
  snoozed_until: number | null;
  channel: Channel | null;
  handed_off_at: number | null;
  handoff_method: HandoffMethod | null;
  person_id: number;
  full_name: string;
  company: string;
  email: string | null;
  occasion_id: number;
  kind: OccasionKind;
  interview_format: InterviewFormat | null;
  title: string;
  ends_at: number;
}

/**
 * The dashboard's reads: who still needs a thank-you (sorted, filtered and paged in SQLite over
 * the partial index of outstanding thank-yous), the headline figures, follow-ups and recent sends.
 * Archived people are left out: archiving someone means "stop reminding me".
 */
export class DashboardRepository {
  private readonly pages = new Map<string, Statement<[Record<string, unknown>], OutstandingRow>>();
  private readonly counts = new Map<string, Statement<[Record<string, unknown>], { total: number }>>();
  private readonly summaryCounts: Statement<[{ now: number }], Record<string, number | null>>;
  private readonly medianStmt: Statement<[{ now: number; take: number; skip: number }], { hours: number | null }>;
  private readonly followUps: Statement<[{ horizon: number; limit: number }], Record<string, unknown>>;
  private readonly recent: Statement<[{ limit: number }], Record<string, unknown>>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly defaultChannel: () => Channel,
  ) {
    // One pass over the outstanding thank-yous (partial index) for the four counts, then the
    // 90-day window of sent ones (its own partial index).
    this.summaryCounts = db.prepare(`
      SELECT
        coalesce(sum(NOT snoozed AND t.due_at < @now), 0) AS overdue,
        coalesce(sum(NOT snoozed AND t.due_at >= @now AND t.due_at < @now + ${DAY}), 0) AS dueNext24Hours,
        coalesce(sum(NOT snoozed AND t.due_at >= @now + ${DAY}), 0) AS later,
        coalesce(sum(snoozed), 0) AS snoozed,
        (SELECT count(*) FROM thank_yous t JOIN people p ON p.id = t.person_id
          WHERE t.status = 'sent' AND t.follow_up_due_at IS NOT NULL AND t.follow_up_done_at IS NULL
            AND t.follow_up_due_at <= @now + ${FOLLOW_UP_HORIZON_HOURS * HOUR} AND p.archived_at IS NULL) AS followUpsDue,
        (SELECT count(*) FROM thank_yous t WHERE t.status = 'sent' AND t.sent_at > @now - ${90 * DAY} AND t.sent_at <= @now) AS sentLast90Days,
        (SELECT sum(t.sent_at <= t.due_at) FROM thank_yous t
          WHERE t.status = 'sent' AND t.sent_at > @now - ${90 * DAY} AND t.sent_at <= @now) AS sentOnTime,
        (SELECT count(*) FROM thank_yous) AS everRecorded
      FROM (SELECT t.due_at, coalesce(t.snoozed_until > @now, 0) AS snoozed
            FROM thank_yous t JOIN people p ON p.id = t.person_id
            WHERE ${OUTSTANDING} AND ${NOT_ARCHIVED}) AS t`);
    // The median without loading every duration: sort the 90-day window once and read the one
    // or two middle values (the window's size comes from the counts above).
    this.medianStmt = db.prepare(`
      SELECT avg(hours) AS hours FROM (
        SELECT (t.sent_at - o.ends_at) / ${HOUR}.0 AS hours FROM thank_yous t JOIN occasions o ON o.id = t.occasion_id
        WHERE t.status = 'sent' AND t.sent_at > @now - ${90 * DAY} AND t.sent_at <= @now
        ORDER BY hours LIMIT @take OFFSET @skip)`);
    this.followUps = db.prepare(`
      SELECT t.id AS thank_you_id, p.id AS person_id, p.full_name, p.company, t.follow_up_text AS text, t.follow_up_due_at AS due_at,
             o.id AS occasion_id, o.title AS occasion_title
      FROM thank_yous t JOIN people p ON p.id = t.person_id JOIN occasions o ON o.id = t.occasion_id
      WHERE t.follow_up_due_at IS NOT NULL AND t.follow_up_done_at IS NULL AND t.status = 'sent'
        AND t.follow_up_due_at <= @horizon AND p.archived_at IS NULL
      ORDER BY t.follow_up_due_at, t.id LIMIT @limit`);
    this.recent = db.prepare(`
      SELECT t.id AS thank_you_id, p.id AS person_id, p.full_name, o.id AS occasion_id, o.title AS occasion_title, o.kind,
             t.sent_at, t.due_at, t.channel
      FROM thank_yous t JOIN people p ON p.id = t.person_id JOIN occasions o ON o.id = t.occasion_id
      WHERE t.status = 'sent' ORDER BY t.sent_at DESC, t.id DESC LIMIT @limit`);
  }

  summary(): DashboardSummary {
    const now = this.now().getTime();
    const row = this.summaryCounts.get({ now })!;
    const sent = Number(row.sentLast90Days ?? 0);
    const median = sent === 0 ? null : this.medianStmt.get({ now, take: 2 - (sent % 2), skip: Math.floor((sent - 1) / 2) })!.hours;
    return {
      now: toIso(now),
      overdue: Number(row.overdue),
      dueNext24Hours: Number(row.dueNext24Hours),
      later: Number(row.later),
      snoozed: Number(row.snoozed),
      followUpsDue: Number(row.followUpsDue),
      sentLast90Days: sent,
      onTimeShareLast90Days: sent === 0 ? null : Number(row.sentOnTime ?? 0) / sent,
      medianHoursToSendLast90Days: median === null ? null : Math.round(median * 10) / 10,
      everRecorded: Number(row.everRecorded),
    };
  }

  outstanding(query: OutstandingQuery): { items: OutstandingItem[]; total: number; now: string } {
    const statuses = [...new Set(query.statuses)].sort();
    const where = [
      // Spelled out first so SQLite walks the partial index of outstanding thank-yous.
      `${OUTSTANDING} AND (${statuses.map((status) => STATUS_CONDITION[status]).join(' OR ')})`,
      NOT_ARCHIVED,
      query.kinds?.length ? 'o.kind IN (SELECT value FROM json_each(@kinds))' : '',
      query.text ? `(instr(p.search_text, @text) > 0 OR instr(${searchKeySql('o.title')}, @text) > 0)` : '',
      query.overdueOnly ? 't.due_at < @now' : '',
    ]
      .filter(Boolean)
      .join(' AND ');
    const from = 'FROM thank_yous t JOIN people p ON p.id = t.person_id JOIN occasions o ON o.id = t.occasion_id';
    const filterKey = `${statuses.join('+')}:${Boolean(query.kinds?.length)}:${Boolean(query.text)}:${query.overdueOnly}`;
    const pageKey = `${filterKey}:${query.sort}:${query.direction}`;

    let page = this.pages.get(pageKey);
    if (!page) {
      page = this.db.prepare(`
        SELECT t.id AS thank_you_id, ${EFFECTIVE_STATUS} AS status, t.due_at, t.due_overridden, t.snoozed_until, t.channel, t.handed_off_at, t.handoff_method,
               p.id AS person_id, p.full_name, p.company,
               (SELECT address FROM person_emails e WHERE e.person_id = p.id AND e.is_primary = 1) AS email,
               o.id AS occasion_id, o.kind, o.interview_format, o.title, o.ends_at
        ${from} WHERE ${where}
        ORDER BY ${ORDER_BY[query.sort](query.direction === 'desc' ? 'DESC' : 'ASC')}
        LIMIT @limit OFFSET @offset`);
      this.pages.set(pageKey, page);
    }
    let count = this.counts.get(filterKey);
    if (!count) {
      count = this.db.prepare(`SELECT count(*) AS total ${from} WHERE ${where}`);
      this.counts.set(filterKey, count);
    }

    const now = this.now().getTime();
    const params: Record<string, unknown> = { now };
    if (query.kinds?.length) params.kinds = JSON.stringify(query.kinds);
    if (query.text) params.text = searchKey(query.text);
    const channel = this.defaultChannel();
    return {
      items: page.all({ ...params, limit: query.limit, offset: query.offset }).map((row) => ({
        thankYouId: row.thank_you_id,
        status: row.status,
        dueAt: toIso(row.due_at),
        dueOverridden: row.due_overridden === 1,
        snoozedUntil: row.snoozed_until !== null && row.snoozed_until > now ? toIso(row.snoozed_until) : null,
        channel: row.channel ?? channel,
        personId: row.person_id,
        fullName: row.full_name,
        company: row.company,
        email: row.email,
        occasionId: row.occasion_id,
        kind: row.kind,
        interviewFormat: row.interview_format,
        occasionTitle: row.title,
        occasionEndsAt: toIso(row.ends_at),
        handedOffAt: toIsoOrNull(row.handed_off_at),
        handoffMethod: row.handoff_method,
      })),
      total: count.get(params)!.total,
      now: toIso(now),
    };
  }

  followUpsDue(limit: number): FollowUpItem[] {
    const horizon = this.now().getTime() + FOLLOW_UP_HORIZON_HOURS * HOUR;
    return this.followUps.all({ horizon, limit }).map((row) => ({
      thankYouId: row.thank_you_id as number,
      personId: row.person_id as number,
      fullName: row.full_name as string,
      company: row.company as string,
      text: row.text as string,
      dueAt: toIso(row.due_at as number),
      occasionId: row.occasion_id as number,
      occasionTitle: row.occasion_title as string,
    }));
  }

  recentlySent(limit: number) {
    return this.recent.all({ limit }).map((row) => ({
      thankYouId: row.thank_you_id as number,
      personId: row.person_id as number,
      fullName: row.full_name as string,
      occasionId: row.occasion_id as number,
      occasionTitle: row.occasion_title as string,
      kind: row.kind as OccasionKind,
      sentAt: toIso(row.sent_at as number),
      dueAt: toIso(row.due_at as number),
      channel: row.channel as Channel | null,
    }));
  }
}
