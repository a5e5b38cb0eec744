import type { Database, Statement } from 'better-sqlite3';
import {
  defaultOccasionDurationMinutes,
  occasionTitle,
  type InterviewFormat,
  type OccasionDetail,
  type OccasionKind,
  type OccasionSummary,
  type ParticipantInput,
  type ParticipantNotes,
  searchKey,
} from '../../../shared';
import { changedElsewhere, conflict, invalid, notFound } from '../errors';
import type { PeopleRepository } from '../people/people-repository';
import type { OccasionThanksRepository } from '../thanks/occasion-thanks-repository';
import { thankYouColumns, toThankYouSummary } from '../thanks/thank-you-row';
import { toMs } from '../time';
import { searchKeySql } from '../database/search-key-sql';
import { OPPORTUNITY_LABEL, toOccasion, toParticipantNotes, toSummary, type OccasionRow, type ParticipantRow, type SummaryRow } from './occasion-rows';

export interface OccasionInput {
  kind: OccasionKind;
  interviewFormat: InterviewFormat | null;
  title: string;
  startsAt: string;
  endsAt?: string | undefined;
  location: string;
  opportunityId: number | null;
  discussionPoints: string[];
  promisedFollowUps: { text: string; url: string }[];
  notes: string;
  participants: ParticipantInput[];
}

/**
 * Occasions and their participants. Each participant is owed a thank-you: the thank-yous
 * themselves are written by `OccasionThanksRepository` (thanks/), inside the same transaction.
 */
export class OccasionsRepository {
  private readonly insertOccasion: Statement<Record<string, unknown>>;
  private readonly updateOccasion: Statement<Record<string, unknown>>;
  private readonly selectOccasion: Statement<[number], OccasionRow>;
  private readonly selectParticipants: Statement<[{ id: number }], ParticipantRow>;
  private readonly selectParticipantIds: Statement<[number], { person_id: number }>;
  private readonly upsertParticipant: Statement<Record<string, unknown>>;
  private readonly updateParticipantNotes: Statement<Record<string, unknown>>;
  private readonly deleteParticipant: Statement<[number, number]>;
  private readonly selectOpportunity: Statement<[number], { company: string }>;
  private readonly selectPersonName: Statement<[number], { full_name: string }>;
  private readonly countSent: Statement<[number], { sent: number }>;
  private readonly deleteOccasion: Statement<[number]>;
  private readonly listStatements = new Map<string, Statement<[Record<string, unknown>], SummaryRow>>();
  private readonly countStatements = new Map<string, Statement<[Record<string, unknown>], { total: number }>>();

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly people: PeopleRepository,
    private readonly thanks: OccasionThanksRepository,
  ) {
    this.insertOccasion = db.prepare(`INSERT INTO occasions (kind, interview_format, title, starts_at, ends_at, location, opportunity_id,
        discussion_points, promised_follow_ups, notes, created_at, updated_at)
      VALUES (@kind, @interviewFormat, @title, @startsAt, @endsAt, @location, @opportunityId, @discussionPoints, @promisedFollowUps, @notes, @stamp, @stamp)`);
    this.updateOccasion = db.prepare(`UPDATE occasions SET kind = @kind, interview_format = @interviewFormat, title = @title, starts_at = @startsAt,
        ends_at = @endsAt, location = @location, opportunity_id = @opportunityId, discussion_points = @discussionPoints,
        promised_follow_ups = @promisedFollowUps, notes = @notes, revision = revision + 1, updated_at = @stamp
      WHERE id = @id AND revision = @revision`);
    this.selectOccasion = db.prepare(`SELECT o.*, ${OPPORTUNITY_LABEL} AS opportunity_label FROM occasions o WHERE o.id = ?`);
    // Current participants (with their thank-you), then people who only have a kept thank-you.
    this.selectParticipants = db.prepare(`
      SELECT p.id AS person_id, p.full_name, p.company, e.address AS email, op.role, op.points, op.promised_follow_ups, p.archived_at, ${thankYouColumns('t')}
      FROM people p
      LEFT JOIN occasion_participants op ON op.occasion_id = @id AND op.person_id = p.id
      LEFT JOIN thank_yous t ON t.occasion_id = @id AND t.person_id = p.id
      LEFT JOIN person_emails e ON e.person_id = p.id AND e.is_primary = 1
      WHERE op.person_id IS NOT NULL OR t.id IS NOT NULL
      ORDER BY op.position IS NULL, op.position, p.full_name COLLATE NOCASE`);
    this.selectParticipantIds = db.prepare('SELECT person_id FROM occasion_participants WHERE occasion_id = ?');
    // Notes left out (null) are kept for someone who stays on the occasion.
    this.upsertParticipant = db.prepare(`INSERT INTO occasion_participants (occasion_id, person_id, role, position, points, promised_follow_ups)
      VALUES (@id, @personId, @role, @position, coalesce(@points, '[]'), coalesce(@promisedFollowUps, '[]'))
      ON CONFLICT (occasion_id, person_id) DO UPDATE SET role = excluded.role, position = excluded.position,
        points = coalesce(@points, points), promised_follow_ups = coalesce(@promisedFollowUps, promised_follow_ups)`);
    this.updateParticipantNotes = db.prepare(`UPDATE occasion_participants SET points = @points, promised_follow_ups = @promisedFollowUps
      WHERE occasion_id = @occasionId AND person_id = @personId`);
    this.deleteParticipant = db.prepare('DELETE FROM occasion_participants WHERE occasion_id = ? AND person_id = ?');
    this.selectOpportunity = db.prepare('SELECT company FROM opportunities WHERE id = ?');
    this.selectPersonName = db.prepare('SELECT full_name FROM people WHERE id = ?');
    this.countSent = db.prepare(`SELECT count(*) AS sent FROM thank_yous WHERE occasion_id = ? AND status = 'sent'`);
    this.deleteOccasion = db.prepare('DELETE FROM occasions WHERE id = ?');
  }

  create(input: OccasionInput): OccasionDetail {
    return this.db.transaction(() => {
      const personIds = this.resolveParticipants(input.participants, 'participants', this.companyOf(input));
      const columns = this.columns(input, personIds);
      const id = Number(this.insertOccasion.run(columns).lastInsertRowid);
      this.syncParticipants(id, input, personIds, columns.endsAt as number, []);
      return this.get(id);
    }).immediate();
  }

  /** Saves the form over the revision it loaded (compare-and-set): a change made meanwhile elsewhere is a CONFLICT, not lost. */
  update(id: number, revision: number, input: OccasionInput): OccasionDetail {
    return this.db.transaction(() => {
      const before = this.selectOccasion.get(id);
      if (!before) throw notFound('This occasion');
      const previousIds = this.selectParticipantIds.all(id).map((row) => row.person_id);
      const personIds = this.resolveParticipants(input.participants, 'occasion.participants', this.companyOf(input));
      const columns = this.columns(input, personIds, 'occasion.');
      if (this.updateOccasion.run({ ...columns, id, revision }).changes === 0) throw changedElsewhere('occasion', before.revision);
      this.syncParticipants(id, input, personIds, columns.endsAt as number, previousIds);
      if (before.ends_at !== columns.endsAt || before.kind !== input.kind) this.thanks.redate(id, input.kind);
      return this.get(id);
    }).immediate();
  }

  get(id: number): OccasionDetail {
    const row = this.selectOccasion.get(id);
    if (!row) throw notFound('This occasion');
    const nowMs = this.now().getTime();
    const everyone = this.selectParticipants.all({ id }).map((p) => ({
      personId: p.person_id,
      fullName: p.full_name,
      company: p.company,
      email: p.email,
      role: p.role ?? '',
      archived: p.archived_at !== null,
      thankYou: toThankYouSummary(p, nowMs),
      ...toParticipantNotes(p.points, p.promised_follow_ups),
      current: p.role !== null,
    }));
    const strip = ({ current: _current, ...participant }: (typeof everyone)[number]) => participant;
    return {
      ...toOccasion(row),
      participants: everyone.filter((p) => p.current).map(strip),
      formerParticipants: everyone.filter((p) => !p.current).map(strip),
    };
  }

  /** Replaces what one participant's notes say; they must be listed on the occasion. */
  setParticipantNotes(occasionId: number, personId: number, notes: ParticipantNotes): ParticipantNotes {
    return this.db.transaction(() => {
      if (!this.selectOccasion.get(occasionId)) throw notFound('This occasion');
      const { changes } = this.updateParticipantNotes.run({ occasionId, personId, ...notesColumns(notes) });
      if (changes === 0) throw conflict('This person is no longer on the occasion, so their points cannot be kept there. Add them to it again first.');
      return notes;
    }).immediate();
  }

  list(query: { kind?: OccasionKind | undefined; search?: string | undefined; opportunityId?: number | undefined; limit: number; offset: number }): {
    items: OccasionSummary[];
    total: number;
  } {
    const filters = [
      query.kind ? 'o.kind = @kind' : '',
      query.opportunityId ? 'o.opportunity_id = @opportunityId' : '',
      query.search
        ? `(instr(${searchKeySql('o.title')}, @term) > 0 OR EXISTS (SELECT 1 FROM occasion_participants op JOIN people p ON p.id = op.person_id
             WHERE op.occasion_id = o.id AND instr(p.search_text, @term) > 0))`
        : '',
    ].filter(Boolean);
    const where = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
    const key = `${Boolean(query.kind)}:${Boolean(query.opportunityId)}:${Boolean(query.search)}`;
    let page = this.listStatements.get(key);
    if (!page) {
      page = this.db.prepare(`
        SELECT o.id, o.kind, o.interview_format, o.title, o.starts_at, o.ends_at, ${OPPORTUNITY_LABEL} AS opportunity_label,
          (SELECT json_group_array(full_name) FROM (SELECT p.full_name FROM occasion_participants op JOIN people p ON p.id = op.person_id
             WHERE op.occasion_id = o.id ORDER BY op.position)) AS people,
          (SELECT count(*) FROM thank_yous t WHERE t.occasion_id = o.id AND t.status = 'sent') AS thanks_sent,
          (SELECT count(*) FROM thank_yous t WHERE t.occasion_id = o.id AND t.status <> 'skipped') AS thanks_total
        FROM occasions o ${where}
        ORDER BY o.starts_at DESC, o.id DESC LIMIT @limit OFFSET @offset`);
      this.listStatements.set(key, page);
    }
    let count = this.countStatements.get(key);
    if (!count) {
      count = this.db.prepare(`SELECT count(*) AS total FROM occasions o ${where}`);
      this.countStatements.set(key, count);
    }
    const params = { kind: query.kind, opportunityId: query.opportunityId, term: query.search === undefined ? undefined : searchKey(query.search) };
    const bound = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
    return {
      items: page.all({ ...bound, limit: query.limit, offset: query.offset }).map(toSummary),
      total: count.get(bound)!.total,
    };
  }

  delete(id: number, confirmDeleteSentThanks: boolean): void {
    this.db.transaction(() => {
      if (!this.selectOccasion.get(id)) throw notFound('This occasion');
      const { sent } = this.countSent.get(id)!;
      if (sent > 0 && !confirmDeleteSentThanks) {
        throw conflict(
          `This occasion has ${sent === 1 ? 'a sent thank-you' : `${sent} sent thank-yous`} on record. Confirm that this history should be deleted too.`,
          undefined,
          { sentThanks: sent },
        );
      }
      const personIds = this.selectParticipantIds.all(id).map((row) => row.person_id);
      this.deleteOccasion.run(id);
      this.people.refreshLastOccasion(personIds);
    }).immediate();
  }

  /** The company of the occasion's opportunity, or '' (a missing opportunity is reported by `columns`). */
  private companyOf(input: OccasionInput): string {
    return input.opportunityId === null ? '' : (this.selectOpportunity.get(input.opportunityId)?.company ?? '');
  }

  /**
   * Existing people are checked; new ones are created (their email must not belong to someone
   * else), working at `company`: met at an interview for a job there, that is where they work.
   */
  private resolveParticipants(participants: ParticipantInput[], field: string, company: string): number[] {
    return participants.map((participant, index) => {
      if ('personId' in participant) {
        if (!this.selectPersonName.get(participant.personId)) throw invalid(`${field}.${index}`, 'This person no longer exists.');
        return participant.personId;
      }
      const { fullName, email } = participant.newPerson;
      if (email) {
        const owner = this.people.ownerOfEmail(email);
        if (owner) {
          throw conflict(
            `${owner.fullName} already has the email ${email}; pick them instead of adding someone new.`,
            [{ field: `${field}.${index}.newPerson.email`, message: `Already used by ${owner.fullName}. Pick them instead.` }],
            { personId: owner.id, personName: owner.fullName },
          );
        }
      }
      return this.people.create({ fullName, emails: email ? [email] : [], company }).id;
    });
  }

  private columns(input: OccasionInput, personIds: number[], fieldPrefix = ''): Record<string, unknown> {
    const startsAt = toMs(input.startsAt);
    const endsAt = input.endsAt !== undefined ? toMs(input.endsAt) : startsAt + defaultOccasionDurationMinutes(input.kind, input.interviewFormat) * 60_000;
    let company: string | null = null;
    if (input.opportunityId !== null) {
      const opportunity = this.selectOpportunity.get(input.opportunityId);
      if (!opportunity) throw invalid(`${fieldPrefix}opportunityId`, 'This opportunity no longer exists.');
      company = opportunity.company;
    }
    const names = personIds.map((id) => this.selectPersonName.get(id)!.full_name);
    return {
      kind: input.kind,
      interviewFormat: input.kind === 'interview' ? input.interviewFormat : null,
      title: input.title || occasionTitle(input.kind, input.kind === 'interview' ? input.interviewFormat : null, names, company),
      startsAt,
      endsAt,
      location: input.location,
      opportunityId: input.opportunityId,
      discussionPoints: JSON.stringify(input.discussionPoints.filter((point) => point !== '')),
      promisedFollowUps: JSON.stringify(input.promisedFollowUps),
      notes: input.notes,
      stamp: this.now().toISOString(),
    };
  }

  private syncParticipants(id: number, input: OccasionInput, personIds: number[], endsAt: number, previousIds: number[]): void {
    const stamp = this.now().toISOString();
    const next = new Set(personIds);
    for (const removed of previousIds.filter((personId) => !next.has(personId))) {
      this.deleteParticipant.run(id, removed);
      this.thanks.removeUntouched(id, removed);
    }
    personIds.forEach((personId, position) => {
      const participant = input.participants[position]!;
      this.upsertParticipant.run({
        id,
        personId,
        role: participant.role ?? '',
        position,
        ...notesColumns({ points: participant.points ?? null, promisedFollowUps: participant.promisedFollowUps ?? null }),
      });
      this.thanks.add({ id, kind: input.kind, endsAt }, personId, stamp);
    });
    this.people.refreshLastOccasion(new Set([...previousIds, ...personIds]));
  }
}

/** A participant's notes as stored (JSON lists); null stays null ("keep what is recorded"). */
function notesColumns(notes: { points: string[] | null; promisedFollowUps: { text?: string; url?: string }[] | null }) {
  return {
    points: notes.points && JSON.stringify(notes.points),
    promisedFollowUps: notes.promisedFollowUps && JSON.stringify(notes.promisedFollowUps.map(({ text, url }) => ({ text: text ?? '', url: url ?? '' }))),
  };
}
