import type { Database, Statement } from 'better-sqlite3';
import type { InterviewFormat, OccasionKind, ThankYouDetail } from '../../../shared';
import { defaultAddressAs } from '../../../shared';
import { conflict, invalid, notFound } from '../errors';
import { thankYouColumns, toThankYouSummary, type ThankYouRow } from '../thanks/thank-you-row';
import { toIso, toIsoOrNull } from '../time';

interface DetailRow extends ThankYouRow {
  subject: string;
  body: string;
  recipient: string | null;
  draft_saved_at: number | null;
  person_id: number;
  full_name: string;
  address_as: string | null;
  company: string;
  title: string;
  occasion_id: number;
  kind: OccasionKind;
  interview_format: InterviewFormat | null;
  occasion_title: string;
  starts_at: number;
  ends_at: number;
  location: string;
  discussion_points: string;
  promised_follow_ups: string;
  opportunity_id: number | null;
  opportunity_company: string | null;
  opportunity_role: string | null;
  opportunity_link: string | null;
}

/**
 * The note of a thank-you: read with everything the editor draws on, and saved as the user types.
 * Saving a body makes a pending thank-you "drafted"; emptying it makes it pending again. A sent
 * note is history and cannot be changed.
 */
export class DraftsRepository {
  private readonly selectDetail: Statement<[number], DetailRow>;
  private readonly selectEmails: Statement<[number], { address: string }>;
  private readonly updateDraft: Statement<Record<string, unknown>>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.selectDetail = db.prepare(`
      SELECT ${thankYouColumns('t')}, t.subject, t.body, t.recipient, t.draft_saved_at,
             p.id AS person_id, p.full_name, p.address_as, p.company, p.title,
             o.id AS occasion_id, o.kind, o.interview_format, o.title AS occasion_title, o.starts_at, o.ends_at, o.location,
             o.discussion_points, o.promised_follow_ups,
             op.id AS opportunity_id, op.company AS opportunity_company, op.role AS opportunity_role, op.link AS opportunity_link
      FROM thank_yous t
      JOIN people p ON p.id = t.person_id
      JOIN occasions o ON o.id = t.occasion_id
      LEFT JOIN opportunities op ON op.id = o.opportunity_id
      WHERE t.id = ?`);
    this.selectEmails = db.prepare('SELECT address FROM person_emails WHERE person_id = ? ORDER BY is_primary DESC, id');
    this.updateDraft = db.prepare(`UPDATE thank_yous SET subject = @subject, body = @body, recipient = @recipient, draft_saved_at = @savedAt,
        status = CASE WHEN status IN ('pending', 'drafted') THEN (CASE WHEN @hasBody THEN 'drafted' ELSE 'pending' END) ELSE status END,
        updated_at = @stamp
      WHERE id = @id`);
  }

  get(id: number): ThankYouDetail {
    const row = this.selectDetail.get(id);
    if (!row) throw notFound('This thank-you');
    const nowMs = this.now().getTime();
    const emails = this.selectEmails.all(row.person_id).map((e) => e.address);
    return {
      ...toThankYouSummary(row, nowMs)!,
      subject: row.subject,
      body: row.body,
      recipient: row.recipient ?? emails[0] ?? null,
      draftSavedAt: toIsoOrNull(row.draft_saved_at),
      person: {
        id: row.person_id,
        fullName: row.full_name,
        addressAs: row.address_as ?? defaultAddressAs(row.full_name),
        emails,
        company: row.company,
        title: row.title,
      },
      occasion: {
        id: row.occasion_id,
        kind: row.kind,
        interviewFormat: row.interview_format,
        title: row.occasion_title,
        startsAt: toIso(row.starts_at),
        endsAt: toIso(row.ends_at),
        location: row.location,
        discussionPoints: JSON.parse(row.discussion_points) as string[],
        promisedFollowUps: JSON.parse(row.promised_follow_ups) as { text: string; url: string }[],
      },
      opportunity:
        row.opportunity_id === null
          ? null
          : { id: row.opportunity_id, company: row.opportunity_company ?? '', role: row.opportunity_role ?? '', link: row.opportunity_link ?? '' },
    };
  }

  save(input: { id: number; subject: string; body: string; recipient: string | null }): { status: ThankYouDetail['status']; draftSavedAt: string } {
    return this.db.transaction(() => {
      const current = this.get(input.id);
      if (current.status === 'sent') throw conflict('This note was sent and is kept as it was. Duplicate it to write a new one.');
      if (input.recipient !== null && !current.person.emails.some((address) => address.toLowerCase() === input.recipient!.toLowerCase())) {
        throw invalid('recipient', `${current.person.fullName} has no such address; add it on their page first.`);
      }
      const savedAt = this.now().getTime();
      // Whitespace alone is not a draft (JavaScript's trim also knows line breaks, unlike SQLite's).
      this.updateDraft.run({ ...input, hasBody: input.body.trim() !== '' ? 1 : 0, savedAt, stamp: toIso(savedAt) });
      const saved = this.get(input.id);
      return { status: saved.status, draftSavedAt: toIso(savedAt) };
    }).immediate();
  }
}
