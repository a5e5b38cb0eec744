import type { Database, Statement } from 'better-sqlite3';
import { FULL_EXPORT_FORMAT, FULL_EXPORT_VERSION, type Channel, type HandoffMethod, type InterviewFormat, type OccasionKind, type OpportunityStage } from '../../../shared';
import { schemaVersion } from '../database/migrate';
import { toIso, toIsoOrNull } from '../time';
import type { ExportedOccasion, ExportedParticipant, ExportedPerson, ExportedThankYou, ExportFile, ExportedOpportunity, ExportedTemplate } from './export-format';

type Row = Record<string, unknown>;

/**
 * Every record as `thankful.json` holds it (export-format.ts), read in one transaction so the
 * file is one consistent moment even while another window writes. Ids are kept, so references
 * hold; derived columns (search text, thank-you counts, last occasion) are left out. Rows are
 * mapped as they are stepped through, so 100,000 thank-yous are never held twice.
 */
export class FullExportRepository {
  private readonly selectPeople: Statement<[], Row>;
  private readonly selectEmails: Statement<[], { person_id: number; address: string }>;
  private readonly selectOpportunities: Statement<[], Row>;
  private readonly selectOccasions: Statement<[], Row>;
  private readonly selectParticipants: Statement<[], Row>;
  private readonly selectThankYous: Statement<[], Row>;
  private readonly selectTemplates: Statement<[], Row>;
  private readonly selectSettings: Statement<[], { key: string; value: string }>;

  constructor(private readonly db: Database) {
    this.selectPeople = db.prepare(`SELECT id, full_name, address_as, phone, company, title, linkedin_url, notes, tags, connected_on,
      archived_at, created_at, updated_at, revision FROM people ORDER BY id`);
    this.selectEmails = db.prepare('SELECT person_id, address FROM person_emails ORDER BY person_id, is_primary DESC, id');
    this.selectOpportunities = db.prepare('SELECT id, company, role, link, stage, notes, created_at, updated_at FROM opportunities ORDER BY id');
    this.selectOccasions = db.prepare(`SELECT id, kind, interview_format, title, starts_at, ends_at, location, opportunity_id, discussion_points,
      promised_follow_ups, notes, calendar_uid, created_at, updated_at, revision FROM occasions ORDER BY id`);
    this.selectParticipants = db.prepare(`SELECT occasion_id, person_id, role, points, promised_follow_ups FROM occasion_participants
      ORDER BY occasion_id, position, person_id`);
    this.selectThankYous = db.prepare(`SELECT id, occasion_id, person_id, status, due_at, due_overridden, snoozed_until, skip_reason, channel,
      sent_at, subject, body, recipient, draft_saved_at, draft_revision, follow_up_text, follow_up_due_at, follow_up_done_at, handed_off_at,
      handoff_method, how_it_went_answered_at, created_at, updated_at FROM thank_yous ORDER BY id`);
    this.selectTemplates = db.prepare('SELECT id, kind, name, subject, body, builtin_kind, created_at, updated_at FROM templates ORDER BY id');
    this.selectSettings = db.prepare('SELECT key, value FROM settings ORDER BY key');
  }

  read(exportedAt: Date): ExportFile {
    return this.db.transaction(() => ({
      format: FULL_EXPORT_FORMAT,
      version: FULL_EXPORT_VERSION,
      exportedAt: exportedAt.toISOString(),
      appSchemaVersion: schemaVersion(this.db),
      people: this.people(),
      opportunities: Array.from(this.selectOpportunities.iterate(), toOpportunity),
      occasions: this.occasions(),
      thankYous: Array.from(this.selectThankYous.iterate(), toThankYou),
      templates: Array.from(this.selectTemplates.iterate(), toTemplate),
      settings: Object.fromEntries(Array.from(this.selectSettings.iterate(), ({ key, value }) => [key, JSON.parse(value) as unknown])),
    }))() as ExportFile;
  }

  private people(): ExportedPerson[] {
    const emails = groupBy(this.selectEmails.iterate(), (row) => row.person_id, (row) => row.address);
    return Array.from(this.selectPeople.iterate(), (row) => ({
      id: row.id as number,
      fullName: row.full_name as string,
      addressAsOverride: row.address_as as string | null,
      emails: emails.get(row.id as number) ?? [],
      phone: row.phone as string,
      company: row.company as string,
      title: row.title as string,
      linkedinUrl: row.linkedin_url as string,
      notes: row.notes as string,
      tags: JSON.parse(row.tags as string) as string[],
      connectedOn: row.connected_on as string | null,
      archivedAt: row.archived_at as string | null,
      createdAt: row.created_at as string,
      updatedAt: row.updated_at as string,
      revision: row.revision as number,
    }));
  }

  private occasions(): ExportedOccasion[] {
    const participants = groupBy(this.selectParticipants.iterate(), (row) => row.occasion_id as number, toParticipant);
    return Array.from(this.selectOccasions.iterate(), (row) => ({
      id: row.id as number,
      kind: row.kind as OccasionKind,
      interviewFormat: row.interview_format as InterviewFormat | null,
      title: row.title as string,
      startsAt: toIso(row.starts_at as number),
      endsAt: toIso(row.ends_at as number),
      location: row.location as string,
      opportunityId: row.opportunity_id as number | null,
      discussionPoints: JSON.parse(row.discussion_points as string) as string[],
      promisedFollowUps: JSON.parse(row.promised_follow_ups as string) as { text: string; url: string }[],
      notes: row.notes as string,
      calendarUid: row.calendar_uid as string | null,
      createdAt: row.created_at as string,
      updatedAt: row.updated_at as string,
      revision: row.revision as number,
      participants: participants.get(row.id as number) ?? [],
    }));
  }
}

function toParticipant(row: Row): ExportedParticipant {
  return {
    personId: row.person_id as number,
    role: row.role as string,
    points: JSON.parse(row.points as string) as string[],
    promisedFollowUps: JSON.parse(row.promised_follow_ups as string) as { text: string; url: string }[],
  };
}

function toOpportunity(row: Row): ExportedOpportunity {
  return {
    id: row.id as number,
    company: row.company as string,
    role: row.role as string,
    link: row.link as string,
    stage: row.stage as OpportunityStage,
    notes: row.notes as string,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

const msOrNull = (value: unknown) => toIsoOrNull(value as number | null);

function toThankYou(row: Row): ExportedThankYou {
  return {
    id: row.id as number,
    occasionId: row.occasion_id as number,
    personId: row.person_id as number,
    status: row.status as ExportedThankYou['status'],
    dueAt: toIso(row.due_at as number),
    dueOverridden: row.due_overridden === 1,
    snoozedUntil: msOrNull(row.snoozed_until),
    skipReason: row.skip_reason as string | null,
    channel: row.channel as Channel | null,
    sentAt: msOrNull(row.sent_at),
    subject: row.subject as string,
    body: row.body as string,
    recipient: row.recipient as string | null,
    draftSavedAt: msOrNull(row.draft_saved_at),
    draftRevision: row.draft_revision as number,
    // The app sets the text and the time together (thanks/thanks-repository.ts).
    followUp:
      row.follow_up_due_at === null
        ? null
        : { text: (row.follow_up_text as string | null) ?? '', dueAt: toIso(row.follow_up_due_at as number), doneAt: msOrNull(row.follow_up_done_at) },
    handedOffAt: msOrNull(row.handed_off_at),
    handoffMethod: row.handoff_method as HandoffMethod | null,
    howItWentAnsweredAt: msOrNull(row.how_it_went_answered_at),
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

function toTemplate(row: Row): ExportedTemplate {
  return {
    id: row.id as number,
    kind: row.kind as OccasionKind,
    name: row.name as string,
    subject: row.subject as string,
    body: row.body as string,
    builtinKind: row.builtin_kind as OccasionKind | null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

function groupBy<R, V>(rows: Iterable<R>, keyOf: (row: R) => number, valueOf: (row: R) => V): Map<number, V[]> {
  const groups = new Map<number, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(valueOf(row));
    else groups.set(key, [valueOf(row)]);
  }
  return groups;
}
