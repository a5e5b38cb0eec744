import type { Database, Statement } from 'better-sqlite3';
import { invalid } from '../errors';
import { searchTextOf, type PeopleRepository } from '../people/people-repository';
import { toMs } from '../time';
import type { ExportFile } from './export-format';

interface UserData {
  people: number;
  occasions: number;
  opportunities: number;
  thankYous: number;
  templates: number;
}

/** Stamps the way the app writes them (`Date#toISOString`), whatever offset the file used. */
const stamp = (iso: string) => new Date(toMs(iso)).toISOString();
const msOrNull = (iso: string | null) => (iso === null ? null : toMs(iso));

/**
 * Writes an export's records into an empty database, ids kept, in one IMMEDIATE transaction: all
 * of it or nothing. Like a restore, it writes the rows as they were rather than replaying them
 * through each concept's repository (which would give new ids, stamps and revisions). What the
 * repositories derive is derived the same way: the search text by `searchTextOf` (people/), the
 * thank-you counts by the triggers on thank_yous (people are written first), the last occasion
 * by `PeopleRepository.refreshLastOccasion`.
 *
 * "Empty" means no people, occasions, opportunities, thank-yous or templates (a changed built-in
 * template counts). Settings may be there (a name typed before importing): the file's replace
 * them key by key. Import batches and reminders already shown are not user data.
 */
export class FullImportRepository {
  private readonly countUserData: Statement<[], UserData>;
  private readonly insertPerson: Statement<Record<string, unknown>>;
  private readonly insertEmail: Statement<[number, string, number]>;
  private readonly insertOpportunity: Statement<Record<string, unknown>>;
  private readonly insertOccasion: Statement<Record<string, unknown>>;
  private readonly insertParticipant: Statement<Record<string, unknown>>;
  private readonly insertThankYou: Statement<Record<string, unknown>>;
  private readonly insertTemplate: Statement<Record<string, unknown>>;
  private readonly upsertSetting: Statement<[string, string]>;

  constructor(
    private readonly db: Database,
    private readonly people: PeopleRepository,
  ) {
    this.countUserData = db.prepare(`SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM occasions) AS occasions,
      (SELECT count(*) FROM opportunities) AS opportunities, (SELECT count(*) FROM thank_yous) AS thankYous, (SELECT count(*) FROM templates) AS templates`);
    this.insertPerson = db.prepare(`INSERT INTO people (id, full_name, address_as, phone, company, title, linkedin_url, notes, tags, connected_on,
        archived_at, search_text, revision, created_at, updated_at)
      VALUES (@id, @fullName, @addressAsOverride, @phone, @company, @title, @linkedinUrl, @notes, @tags, @connectedOn,
        @archivedAt, @searchText, @revision, @createdAt, @updatedAt)`);
    this.insertEmail = db.prepare('INSERT INTO person_emails (person_id, address, is_primary) VALUES (?, ?, ?)');
    this.insertOpportunity = db.prepare(`INSERT INTO opportunities (id, company, role, link, stage, notes, created_at, updated_at)
      VALUES (@id, @company, @role, @link, @stage, @notes, @createdAt, @updatedAt)`);
    this.insertOccasion = db.prepare(`INSERT INTO occasions (id, kind, interview_format, title, starts_at, ends_at, location, opportunity_id,
        discussion_points, promised_follow_ups, notes, calendar_uid, revision, created_at, updated_at)
      VALUES (@id, @kind, @interviewFormat, @title, @startsAt, @endsAt, @location, @opportunityId,
        @discussionPoints, @promisedFollowUps, @notes, @calendarUid, @revision, @createdAt, @updatedAt)`);
    this.insertParticipant = db.prepare(`INSERT INTO occasion_participants (occasion_id, person_id, role, position, points, promised_follow_ups)
      VALUES (@occasionId, @personId, @role, @position, @points, @promisedFollowUps)`);
    this.insertThankYou = db.prepare(`INSERT INTO thank_yous (id, occasion_id, person_id, status, due_at, due_overridden, snoozed_until, skip_reason,
        channel, sent_at, subject, body, recipient, draft_saved_at, draft_revision, follow_up_text, follow_up_due_at, follow_up_done_at,
        handed_off_at, handoff_method, how_it_went_answered_at, created_at, updated_at)
      VALUES (@id, @occasionId, @personId, @status, @dueAt, @dueOverridden, @snoozedUntil, @skipReason,
        @channel, @sentAt, @subject, @body, @recipient, @draftSavedAt, @draftRevision, @followUpText, @followUpDueAt, @followUpDoneAt,
        @handedOffAt, @handoffMethod, @howItWentAnsweredAt, @createdAt, @updatedAt)`);
    this.insertTemplate = db.prepare(`INSERT INTO templates (id, kind, name, subject, body, builtin_kind, created_at, updated_at)
      VALUES (@id, @kind, @name, @subject, @body, @builtinKind, @createdAt, @updatedAt)`);
    this.upsertSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  }

  /** A quick answer before a large file is read; `write` asks again inside its transaction. */
  refuseUnlessEmpty(): void {
    const held = this.countUserData.get()!;
    const what = (Object.keys(held) as (keyof UserData)[]).filter((key) => held[key] > 0).map((key) => `${held[key].toLocaleString('en')} ${LABELS[key][held[key] === 1 ? 0 : 1]}`);
    if (what.length === 0) return;
    throw invalid(
      'data',
      `This data folder already holds ${what.join(', ')}, and an export is imported only into an empty one so nothing is mixed up or overwritten. ` +
        'Start Thankful with --data-dir and a new, empty folder, then import there.',
    );
  }

  write(file: ExportFile): void {
    this.db
      .transaction(() => {
        this.refuseUnlessEmpty();
        for (const person of file.people) {
          this.insertPerson.run({
            ...person,
            tags: JSON.stringify(person.tags),
            searchText: searchTextOf(person, person.emails),
            archivedAt: person.archivedAt === null ? null : stamp(person.archivedAt),
            createdAt: stamp(person.createdAt),
            updatedAt: stamp(person.updatedAt),
          });
          person.emails.forEach((address, index) => this.insertEmail.run(person.id, address, index === 0 ? 1 : 0));
        }
        for (const opportunity of file.opportunities) {
          this.insertOpportunity.run({ ...opportunity, createdAt: stamp(opportunity.createdAt), updatedAt: stamp(opportunity.updatedAt) });
        }
        for (const { participants, ...occasion } of file.occasions) {
          this.insertOccasion.run({
            ...occasion,
            startsAt: toMs(occasion.startsAt),
            endsAt: toMs(occasion.endsAt),
            discussionPoints: JSON.stringify(occasion.discussionPoints),
            promisedFollowUps: JSON.stringify(occasion.promisedFollowUps),
            createdAt: stamp(occasion.createdAt),
            updatedAt: stamp(occasion.updatedAt),
          });
          participants.forEach((participant, position) =>
            this.insertParticipant.run({
              occasionId: occasion.id,
              personId: participant.personId,
              role: participant.role,
              position,
              points: JSON.stringify(participant.points),
              promisedFollowUps: JSON.stringify(participant.promisedFollowUps),
            }),
          );
        }
        for (const { followUp, ...thankYou } of file.thankYous) {
          this.insertThankYou.run({
            ...thankYou,
            dueAt: toMs(thankYou.dueAt),
            dueOverridden: thankYou.dueOverridden ? 1 : 0,
            snoozedUntil: msOrNull(thankYou.snoozedUntil),
            sentAt: msOrNull(thankYou.sentAt),
            draftSavedAt: msOrNull(thankYou.draftSavedAt),
            followUpText: followUp?.text ?? null,
            followUpDueAt: followUp ? toMs(followUp.dueAt) : null,
            followUpDoneAt: msOrNull(followUp?.doneAt ?? null),
            handedOffAt: msOrNull(thankYou.handedOffAt),
            howItWentAnsweredAt: msOrNull(thankYou.howItWentAnsweredAt),
            createdAt: stamp(thankYou.createdAt),
            updatedAt: stamp(thankYou.updatedAt),
          });
        }
        for (const template of file.templates) {
          this.insertTemplate.run({ ...template, createdAt: stamp(template.createdAt), updatedAt: stamp(template.updatedAt) });
        }
        for (const [key, value] of Object.entries(file.settings)) this.upsertSetting.run(key, JSON.stringify(value));
        this.people.refreshLastOccasion(file.people.map((person) => person.id));
      })
      .immediate();
  }
}

const LABELS: Record<keyof UserData, readonly [one: string, many: string]> = {
  people: ['person', 'people'],
  occasions: ['occasion', 'occasions'],
  opportunities: ['opportunity', 'opportunities'],
  thankYous: ['thank-you', 'thank-yous'],
  templates: ['template', 'templates'],
};
