import type { Database, Statement } from 'better-sqlite3';
import type { ComparableNotes, DuplicateTarget, InterviewFormat, OccasionKind, ThankYouDetail } from '../../../shared';
import { addressAsOf } from '../../../shared';
import { conflict, invalid, notFound } from '../errors';
import { thankYouColumns, toThankYouSummary, type ThankYouRow } from './thank-you-row';
import { toIso, toIsoOrNull } from '../time';

interface DetailRow extends ThankYouRow {
  subject: string;
  body: string;
  recipient: string | null;
  draft_saved_at: number | null;
  draft_revision: number;
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
  /** This person's own notes; null when they are no longer listed on the occasion. */
  person_points: string | null;
  person_follow_ups: string | null;
  opportunity_id: number | null;
  opportunity_company: string | null;
  opportunity_role: string | null;
  opportunity_link: string | null;
}

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

interface ComparableRow {
  thank_you_id: number;
  full_name: string;
  occasion_title: string;
  status: 'drafted' | 'sent';
  body: string;
  same_occasion: 0 | 1;
}

type DraftSaved = { status: ThankYouDetail['status']; draftSavedAt: string; draftRevision: number };

function sameText(stored: ThankYouDetail, input: { subject: string; body: string; recipient: string | null }): boolean {
  return stored.subject === input.subject && stored.body === input.body && (input.recipient ?? stored.person.emails[0] ?? null) === stored.recipient;
}

/** The note was saved elsewhere since it was read: the stored version goes back, for the editor to show beside the user's. */
function staleDraft(stored: ThankYouDetail) {
  return conflict(
    'This note was changed in another window or tab since you opened it, so what you typed here was not saved. Both versions are shown: choose the one to keep.',
    undefined,
    {
      subject: stored.subject,
      body: stored.body,
      recipient: stored.recipient ?? '',
      draftRevision: stored.draftRevision,
      draftSavedAt: stored.draftSavedAt ?? '',
    },
  );
}

/** How far back the coach looks for notes on other occasions. */
const COMPARE_DAYS = 90;
/** The most notes the coach compares a draft with. */
const COMPARE_LIMIT = 500;

/**
 * The note of a thank-you: read with everything the editor draws on, and saved as the user types.
 * Saving a body makes a pending thank-you "drafted"; emptying it makes it pending again. A sent
 * note is history and cannot be changed.
 */
export class DraftsRepository {
  private readonly selectDetail: Statement<[number], DetailRow>;
  private readonly selectEmails: Statement<[number], { address: string }>;
  private readonly updateDraft: Statement<Record<string, unknown>>;
  private readonly selectTargets: Statement<{ occasionId: number; personId: number; id: number }, TargetRow>;
  private readonly selectComparable: Statement<{ occasionId: number; id: number; since: number; limit: number }, ComparableRow>;
  private readonly selectOtherParticipants: Statement<[number, number], { person_id: number; full_name: string; address_as: string | null }>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.selectDetail = db.prepare(`
      SELECT ${thankYouColumns('t')}, t.subject, t.body, t.recipient, t.draft_saved_at, t.draft_revision,
             p.id AS person_id, p.full_name, p.address_as, p.company, p.title,
             o.id AS occasion_id, o.kind, o.interview_format, o.title AS occasion_title, o.starts_at, o.ends_at, o.location,
             o.discussion_points, o.promised_follow_ups, pa.points AS person_points, pa.promised_follow_ups AS person_follow_ups,
             op.id AS opportunity_id, op.company AS opportunity_company, op.role AS opportunity_role, op.link AS opportunity_link
      FROM thank_yous t
      JOIN people p ON p.id = t.person_id
      JOIN occasions o ON o.id = t.occasion_id
      LEFT JOIN occasion_participants pa ON pa.occasion_id = t.occasion_id AND pa.person_id = t.person_id
      LEFT JOIN opportunities op ON op.id = o.opportunity_id
      WHERE t.id = ?`);
    this.selectEmails = db.prepare('SELECT address FROM person_emails WHERE person_id = ? ORDER BY is_primary DESC, id');
    // Compare-and-set: only the revision the text was written on is overwritten.
    this.updateDraft = db.prepare(`UPDATE thank_yous SET subject = @subject, body = @body, recipient = @recipient, draft_saved_at = @savedAt,
        status = CASE WHEN status IN ('pending', 'drafted') THEN (CASE WHEN @hasBody THEN 'drafted' ELSE 'pending' END) ELSE status END,
        draft_revision = draft_revision + 1, updated_at = @stamp
      WHERE id = @id AND draft_revision = @draftRevision`);
    // The same panel first, then the same person, then everyone else by due time.
    this.selectTargets = db.prepare(`
      SELECT t.id AS thank_you_id, p.id AS person_id, p.full_name, o.id AS occasion_id, o.title, t.status, t.snoozed_until, t.due_at,
             trim(t.body) <> '' AS has_draft,
             CASE WHEN t.occasion_id = @occasionId THEN 0 WHEN t.person_id = @personId THEN 1 ELSE 2 END AS relation
      FROM thank_yous t JOIN people p ON p.id = t.person_id JOIN occasions o ON o.id = t.occasion_id
      WHERE t.status IN ('pending', 'drafted') AND t.id <> @id AND p.archived_at IS NULL
      ORDER BY relation, t.due_at, t.id
      LIMIT 100`);
    // The same occasion first, then the newest; a note counts from when it was sent or last saved.
    this.selectComparable = db.prepare(`
      SELECT t.id AS thank_you_id, p.full_name, o.title AS occasion_title, t.status, t.body, t.occasion_id = @occasionId AS same_occasion
      FROM thank_yous t JOIN people p ON p.id = t.person_id JOIN occasions o ON o.id = t.occasion_id
      WHERE t.id <> @id AND t.status IN ('drafted', 'sent') AND trim(t.body) <> ''
        AND (t.occasion_id = @occasionId OR coalesce(t.sent_at, t.draft_saved_at) >= @since)
      ORDER BY same_occasion DESC, coalesce(t.sent_at, t.draft_saved_at) DESC, t.id DESC
      LIMIT @limit`);
    this.selectOtherParticipants = db.prepare(`
      SELECT p.id AS person_id, p.full_name, p.address_as
      FROM occasion_participants op JOIN people p ON p.id = op.person_id
      WHERE op.occasion_id = ? AND op.person_id <> ?
      ORDER BY op.position, p.id`);
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
      draftRevision: row.draft_revision,
      person: {
        id: row.person_id,
        fullName: row.full_name,
        addressAs: addressAsOf(row.address_as, row.full_name),
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
      participantNotes:
        row.person_points === null
          ? null
          : {
              points: JSON.parse(row.person_points) as string[],
              promisedFollowUps: JSON.parse(row.person_follow_ups ?? '[]') as { text: string; url: string }[],
            },
    };
  }

  /**
   * Saves the note over the revision it was written on. When another window saved it since, the
   * answer is CONFLICT with the stored note in `details`, so the editor can show both; the same
   * text saved twice (a hand-off and an autosave racing) is no conflict.
   */
  save(input: { id: number; subject: string; body: string; recipient: string | null; draftRevision: number }): DraftSaved {
    return this.db.transaction(() => {
      const current = this.get(input.id);
      if (current.status === 'sent') throw conflict('This note was sent and is kept as it was. Duplicate it to write a new one.');
      if (input.recipient !== null && !current.person.emails.some((address) => address.toLowerCase() === input.recipient!.toLowerCase())) {
        throw invalid('recipient', `${current.person.fullName} has no such address; add it on their page first.`);
      }
      const savedAt = this.now().getTime();
      // Whitespace alone is not a draft (JavaScript's trim also knows line breaks, unlike SQLite's).
      const { changes } = this.updateDraft.run({ ...input, hasBody: input.body.trim() !== '' ? 1 : 0, savedAt, stamp: toIso(savedAt) });
      if (changes === 0) {
        const stored = this.get(input.id);
        if (sameText(stored, input)) return { status: stored.status, draftSavedAt: stored.draftSavedAt ?? toIso(savedAt), draftRevision: stored.draftRevision };
        throw staleDraft(stored);
      }
      const saved = this.get(input.id);
      return { status: saved.status, draftSavedAt: toIso(savedAt), draftRevision: saved.draftRevision };
    }).immediate();
  }

  /** What the coach compares `note` with: the user's other notes and the occasion's other participants. */
  comparableNotes(note: ThankYouDetail): ComparableNotes {
    const since = this.now().getTime() - COMPARE_DAYS * 86_400_000;
    const items = this.selectComparable.all({ occasionId: note.occasion.id, id: note.id, since, limit: COMPARE_LIMIT }).map((row) => ({
      thankYouId: row.thank_you_id,
      personName: row.full_name,
      occasionTitle: row.occasion_title,
      status: row.status,
      markdown: row.body,
      sameOccasion: row.same_occasion === 1,
    }));
    const otherParticipants = this.selectOtherParticipants.all(note.occasion.id, note.person.id).map((row) => ({
      personId: row.person_id,
      name: row.full_name,
      addressAs: addressAsOf(row.address_as, row.full_name),
    }));
    return { items, otherParticipants };
  }

  /** The thank-yous still to write other than `note`, those of its occasion and person first ("Duplicate as new draft"). */
  openThanksNear(note: ThankYouDetail): DuplicateTarget[] {
    const now = this.now().getTime();
    return this.selectTargets.all({ occasionId: note.occasion.id, personId: note.person.id, id: note.id }).map((row) => ({
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
}
