import {
  DEFAULT_PARTICIPANT_ROLE,
  defaultOccasionDurationMinutes,
  occasionTitle,
  type InterviewFormat,
  type OccasionDetail,
  type OccasionKind,
  type Person,
} from '../../../shared';
import { localDate, localDateTimeToIso, localTime } from '../lib/local-time';
import type { FollowUpEntry } from '../ui/FollowUpsEditor';

/** What one person asked or said, and what was promised to them, as typed (points keep an empty row to type in). */
export interface ParticipantNotesEntry {
  points: string[];
  promisedFollowUps: FollowUpEntry[];
}

/** Someone on the occasion: a person already in Thankful, or one created with it. */
export type ParticipantEntry = {
  key: string;
  role: string;
  /** False while the role follows the kind (interviewer, referrer…). */
  roleEdited: boolean;
} & ParticipantNotesEntry & ({ type: 'existing'; personId: number; fullName: string; email: string | null; company: string } | { type: 'new'; fullName: string; email: string });

export type PromisedFollowUpEntry = FollowUpEntry;

/** Everything the occasion form shows, as typed (strings stay strings until saved). */
export interface OccasionFormValues {
  kind: OccasionKind;
  interviewFormat: InterviewFormat | null;
  title: string;
  date: string;
  time: string;
  /** Shown only when the occasion ends on another day than it starts. */
  endOnOtherDay: boolean;
  endDate: string;
  /** Empty: the kind's usual duration. */
  endTime: string;
  location: string;
  opportunityId: number | null;
  discussionPoints: string[];
  promisedFollowUps: PromisedFollowUpEntry[];
  notes: string;
  participants: ParticipantEntry[];
  /** Text in the people box not yet turned into a person. */
  peopleQuery: string;
  /** False while date and time are the defaults (`defaultStart`), so an old draft can move them on. */
  whenEdited: boolean;
}

let nextKey = 1;
export const newKey = (prefix: string) => `${prefix}-${nextKey++}`;

/** A person's notes in the form, from what is recorded (nothing: one empty point to type in). */
export function notesEntry(notes: { points: string[]; promisedFollowUps: { text: string; url: string }[] } = { points: [], promisedFollowUps: [] }): ParticipantNotesEntry {
  return {
    points: notes.points.length ? [...notes.points] : [''],
    promisedFollowUps: notes.promisedFollowUps.map((f) => ({ key: newKey('promise'), text: f.text, url: f.url })),
  };
}

/** How many points and follow-ups a person's notes hold, empty rows not counted. */
export function notesCount(notes: ParticipantNotesEntry): number {
  return notes.points.filter((p) => p.trim() !== '').length + notes.promisedFollowUps.filter((f) => f.text.trim() !== '' || f.url.trim() !== '').length;
}

/**
 * When a new occasion starts unless the user says otherwise: the last full hour before now, in
 * local time. Interviews are logged after they happen, and mostly start on the hour; at 10:40 the
 * one just finished most likely started at 10:00.
 */
export function defaultStart(now: Date = new Date()): Date {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  return start;
}

export function emptyValues(now: Date = new Date()): OccasionFormValues {
  const start = defaultStart(now);
  return {
    kind: 'interview',
    interviewFormat: null,
    title: '',
    date: localDate(start),
    time: localTime(start),
    endOnOtherDay: false,
    endDate: '',
    endTime: '',
    location: '',
    opportunityId: null,
    discussionPoints: [''],
    promisedFollowUps: [],
    notes: '',
    participants: [],
    peopleQuery: '',
    whenEdited: false,
  };
}

/** The form for editing a saved occasion. */
export function valuesFromDetail(detail: OccasionDetail): OccasionFormValues {
  const startDate = localDate(detail.startsAt);
  const endDate = localDate(detail.endsAt);
  const participants: ParticipantEntry[] = detail.participants.map((p) => ({
    key: `person-${p.personId}`,
    type: 'existing',
    personId: p.personId,
    fullName: p.fullName,
    email: p.email,
    company: p.company,
    role: p.role,
    roleEdited: p.role !== DEFAULT_PARTICIPANT_ROLE[detail.kind],
    ...notesEntry(p),
  }));
  // A title that was made up from the kind and the people stays made up (empty box), so it
  // follows when people are added or removed; one the user wrote is kept as written.
  const generated = titleSuggestion({ kind: detail.kind, interviewFormat: detail.interviewFormat, participants });
  const titleWasGenerated = detail.title === generated || detail.title.startsWith(`${generated} at `);
  return {
    kind: detail.kind,
    interviewFormat: detail.interviewFormat,
    title: titleWasGenerated ? '' : detail.title,
    date: startDate,
    time: localTime(detail.startsAt),
    endOnOtherDay: endDate !== startDate,
    endDate,
    endTime: localTime(detail.endsAt),
    location: detail.location,
    opportunityId: detail.opportunityId,
    discussionPoints: detail.discussionPoints.length ? [...detail.discussionPoints] : [''],
    promisedFollowUps: detail.promisedFollowUps.map((f) => ({ key: newKey('promise'), text: f.text, url: f.url })),
    notes: detail.notes,
    participants,
    peopleQuery: '',
    whenEdited: true,
  };
}

/** The form after the kind changed: roles nobody edited follow the new kind. */
export function withKind(values: OccasionFormValues, kind: OccasionKind): OccasionFormValues {
  return {
    ...values,
    kind,
    interviewFormat: kind === 'interview' ? values.interviewFormat : null,
    participants: values.participants.map((p) => (p.roleEdited ? p : { ...p, role: DEFAULT_PARTICIPANT_ROLE[kind] })),
  };
}

/** What "Log an occasion" can start with: people already picked, an opportunity, a kind. */
export interface OccasionPreset {
  personIds?: number[];
  opportunityId?: number;
  kind?: OccasionKind;
}

/**
 * The form with a preset applied: its kind (roles nobody edited follow it), its opportunity, and
 * its people (as `people.get` answers for them) after anyone already picked, each once.
 */
export function withPreset(values: OccasionFormValues, preset: OccasionPreset, people: Pick<Person, 'id' | 'fullName' | 'emails' | 'company'>[]): OccasionFormValues {
  const next = preset.kind ? withKind(values, preset.kind) : { ...values };
  if (preset.opportunityId !== undefined) next.opportunityId = preset.opportunityId;
  const picked = new Set(next.participants.flatMap((p) => (p.type === 'existing' ? [p.personId] : [])));
  for (const person of people) {
    if (picked.has(person.id)) continue;
    picked.add(person.id);
    next.participants = [
      ...next.participants,
      {
        key: `person-${person.id}`,
        type: 'existing',
        personId: person.id,
        fullName: person.fullName,
        email: person.emails[0] ?? null,
        company: person.company,
        role: DEFAULT_PARTICIPANT_ROLE[next.kind],
        roleEdited: false,
        ...notesEntry(),
      },
    ];
  }
  return next;
}

/** "0 min", "45 min", "90 min", "3 h", "2 h 30 min". */
export function durationLabel(minutes: number): string {
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/**
 * What the title will be when left empty, e.g. "Panel interview with Priya, Tom and 2 others":
 * the backend's own rule (shared `occasionTitle`), with "…" for the people not picked yet.
 */
export function titleSuggestion(values: Pick<OccasionFormValues, 'kind' | 'interviewFormat' | 'participants'>, company?: string): string {
  return occasionTitle(values.kind, values.interviewFormat, values.participants.map((p) => p.fullName), company ?? null, '…');
}

/** The end the backend will use: as typed, else start + the kind's usual duration. */
export function effectiveEnd(values: OccasionFormValues): Date | null {
  const start = localDateTimeToIso(values.date, values.time);
  if (!start.ok) return null;
  if (values.endTime.trim() !== '' || values.endOnOtherDay) {
    const end = localDateTimeToIso(values.endOnOtherDay ? values.endDate : values.date, values.endTime.trim() === '' ? values.time : values.endTime);
    return end.ok ? new Date(end.iso) : null;
  }
  return new Date(Date.parse(start.iso) + defaultOccasionDurationMinutes(values.kind, values.interviewFormat) * 60_000);
}

/** Name and email out of "Priya Raman priya@example.com" or "Priya Raman <priya@example.com>". */
export function splitNameAndEmail(text: string): { fullName: string; email: string } {
  const match = /^(.*?)[\s,;]*<?([^\s<>,;]+@[^\s<>,;]+)>?\s*$/u.exec(text.trim());
  if (match && match[1]!.trim() !== '') return { fullName: match[1]!.trim(), email: match[2]! };
  return { fullName: text.trim(), email: '' };
}
