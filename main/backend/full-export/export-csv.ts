import { csvLines, type Cell } from './csv';
import type { ExportedOccasion, ExportedParticipant, ExportedPerson, ExportedThankYou, ExportFile, ExportedOpportunity, ExportedTemplate } from './export-format';

/**
 * A CSV per table, for a spreadsheet: the same records and ids as thankful.json, with lists in one
 * cell (tags and addresses joined by "; ", points and promised follow-ups one per line) and, in
 * participants.csv and thank-yous.csv, the person's name and the occasion's title beside the ids
 * so a sheet can be read without lookups. thankful.json is the one to import; these are for reading.
 */
type Columns<T> = readonly (readonly [header: string, value: (record: T) => Cell])[];

const joined = (values: readonly string[]) => values.join('; ');
const lines = (values: readonly string[]) => values.join('\n');
const followUps = (values: readonly { text: string; url: string }[]) => lines(values.map(({ text, url }) => [text, url].filter(Boolean).join(' ')));

const PEOPLE: Columns<ExportedPerson> = [
  ['id', (p) => p.id],
  ['fullName', (p) => p.fullName],
  ['addressAsOverride', (p) => p.addressAsOverride],
  ['emails', (p) => joined(p.emails)],
  ['phone', (p) => p.phone],
  ['company', (p) => p.company],
  ['title', (p) => p.title],
  ['linkedinUrl', (p) => p.linkedinUrl],
  ['notes', (p) => p.notes],
  ['tags', (p) => joined(p.tags)],
  ['connectedOn', (p) => p.connectedOn],
  ['archivedAt', (p) => p.archivedAt],
  ['createdAt', (p) => p.createdAt],
  ['updatedAt', (p) => p.updatedAt],
];

const OPPORTUNITIES: Columns<ExportedOpportunity> = [
  ['id', (o) => o.id],
  ['company', (o) => o.company],
  ['role', (o) => o.role],
  ['link', (o) => o.link],
  ['stage', (o) => o.stage],
  ['notes', (o) => o.notes],
  ['createdAt', (o) => o.createdAt],
  ['updatedAt', (o) => o.updatedAt],
];

const OCCASIONS: Columns<ExportedOccasion> = [
  ['id', (o) => o.id],
  ['kind', (o) => o.kind],
  ['interviewFormat', (o) => o.interviewFormat],
  ['title', (o) => o.title],
  ['startsAt', (o) => o.startsAt],
  ['endsAt', (o) => o.endsAt],
  ['location', (o) => o.location],
  ['opportunityId', (o) => o.opportunityId],
  ['discussionPoints', (o) => lines(o.discussionPoints)],
  ['promisedFollowUps', (o) => followUps(o.promisedFollowUps)],
  ['notes', (o) => o.notes],
  ['calendarUid', (o) => o.calendarUid],
  ['createdAt', (o) => o.createdAt],
  ['updatedAt', (o) => o.updatedAt],
];

interface ParticipantLine extends ExportedParticipant {
  occasion: ExportedOccasion;
  position: number;
}

const PARTICIPANTS = (names: ReadonlyMap<number, string>): Columns<ParticipantLine> => [
  ['occasionId', (p) => p.occasion.id],
  ['occasionTitle', (p) => p.occasion.title],
  ['position', (p) => p.position],
  ['personId', (p) => p.personId],
  ['personName', (p) => names.get(p.personId) ?? ''],
  ['role', (p) => p.role],
  ['points', (p) => lines(p.points)],
  ['promisedFollowUps', (p) => followUps(p.promisedFollowUps)],
];

const THANK_YOUS = (names: ReadonlyMap<number, string>, titles: ReadonlyMap<number, string>): Columns<ExportedThankYou> => [
  ['id', (t) => t.id],
  ['occasionId', (t) => t.occasionId],
  ['occasionTitle', (t) => titles.get(t.occasionId) ?? ''],
  ['personId', (t) => t.personId],
  ['personName', (t) => names.get(t.personId) ?? ''],
  ['status', (t) => t.status],
  ['dueAt', (t) => t.dueAt],
  ['dueOverridden', (t) => t.dueOverridden],
  ['snoozedUntil', (t) => t.snoozedUntil],
  ['skipReason', (t) => t.skipReason],
  ['channel', (t) => t.channel],
  ['sentAt', (t) => t.sentAt],
  ['recipient', (t) => t.recipient],
  ['subject', (t) => t.subject],
  ['body', (t) => t.body],
  ['followUpText', (t) => t.followUp?.text ?? null],
  ['followUpDueAt', (t) => t.followUp?.dueAt ?? null],
  ['followUpDoneAt', (t) => t.followUp?.doneAt ?? null],
  ['handedOffAt', (t) => t.handedOffAt],
  ['handoffMethod', (t) => t.handoffMethod],
  ['howItWentAnsweredAt', (t) => t.howItWentAnsweredAt],
  ['draftSavedAt', (t) => t.draftSavedAt],
  ['createdAt', (t) => t.createdAt],
  ['updatedAt', (t) => t.updatedAt],
];

const TEMPLATES: Columns<ExportedTemplate> = [
  ['id', (t) => t.id],
  ['kind', (t) => t.kind],
  ['name', (t) => t.name],
  ['builtinKind', (t) => t.builtinKind],
  ['subject', (t) => t.subject],
  ['body', (t) => t.body],
  ['createdAt', (t) => t.createdAt],
  ['updatedAt', (t) => t.updatedAt],
];

function* table<T>(columns: Columns<T>, records: Iterable<T>): Generator<string> {
  function* rows() {
    for (const record of records) yield columns.map(([, value]) => value(record));
  }
  yield* csvLines(
    columns.map(([header]) => header),
    rows(),
  );
}

function* participantLines(occasions: readonly ExportedOccasion[]): Generator<ParticipantLine> {
  for (const occasion of occasions) {
    for (const [position, participant] of occasion.participants.entries()) yield { ...participant, occasion, position };
  }
}

/** The CSV files by name, line by line (made as the ZIP takes them), in the order they go into it. */
export function csvFiles(data: ExportFile): [name: string, lines: Iterable<string>][] {
  const names = new Map(data.people.map((person) => [person.id, person.fullName]));
  const titles = new Map(data.occasions.map((occasion) => [occasion.id, occasion.title]));
  return [
    ['people.csv', table(PEOPLE, data.people)],
    ['opportunities.csv', table(OPPORTUNITIES, data.opportunities)],
    ['occasions.csv', table(OCCASIONS, data.occasions)],
    ['participants.csv', table(PARTICIPANTS(names), participantLines(data.occasions))],
    ['thank-yous.csv', table(THANK_YOUS(names, titles), data.thankYous)],
    ['templates.csv', table(TEMPLATES, data.templates)],
    // Settings are JSON values; a sheet shows them as the JSON text.
    [
      'settings.csv',
      csvLines(
        ['key', 'value'],
        Object.entries(data.settings).map(([key, value]) => [key, JSON.stringify(value)]),
      ),
    ],
  ];
}
