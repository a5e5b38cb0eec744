import {
  DEFAULT_PARTICIPANT_ROLE,
  defaultOccasionDurationMinutes,
  occasionTitle,
  type AppError,
  type InterviewFormat,
  type OccasionDetail,
  type OccasionDraft,
  type OccasionKind,
  type ParticipantInput,
  type Person,
} from '../../../shared';
import { splitFieldErrors } from '../lib/field-errors';
import { localDate, localDateTimeToIso, localTime } from '../lib/local-time';

/** Someone on the occasion: a person already in Thankful, or one created with it. */
export type ParticipantEntry = {
  key: string;
  role: string;
  /** False while the role follows the kind (interviewer, referrer…). */
  roleEdited: boolean;
} & ({ type: 'existing'; personId: number; fullName: string; email: string | null; company: string } | { type: 'new'; fullName: string; email: string });

export interface PromisedFollowUpEntry {
  key: string;
  text: string;
  url: string;
}

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
  /** False while date and time are the defaults ("now"), so an old draft can move them on. */
  whenEdited: boolean;
}

let nextKey = 1;
export const newKey = (prefix: string) => `${prefix}-${nextKey++}`;

export function emptyValues(now: Date = new Date()): OccasionFormValues {
  return {
    kind: 'interview',
    interviewFormat: null,
    title: '',
    date: localDate(now),
    time: localTime(now),
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

/** Where each message goes: form field ids of the occasion form. */
export type FormField =
  | 'kind'
  | 'interviewFormat'
  | 'title'
  | 'date'
  | 'time'
  | 'endDate'
  | 'endTime'
  | 'location'
  | 'opportunityId'
  | 'notes'
  | 'people'
  | `participant.${string}.email`
  | `participant.${string}.role`
  | `participant.${string}`
  | `point.${number}`
  | `promise.${string}.text`
  | `promise.${string}.url`
  | `promise.${string}`;

export type FormErrors = Partial<Record<FormField, string>>;

export interface BuiltDraft {
  draft: OccasionDraft;
  /** For each discussion point sent, its row in the form (empty rows are not sent). */
  pointRows: number[];
  /** For each promised follow-up sent, its key in the form. */
  promiseKeys: string[];
}

/**
 * The contract's draft from what was typed, or the messages for what cannot be sent at all
 * (dates that do not exist, a name typed but not added). Everything else the backend checks.
 */
export function buildDraft(values: OccasionFormValues): { ok: true; built: BuiltDraft } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const startDateCheck = localDateTimeToIso(values.date, '12:00');
  let startsAt: string | undefined;
  if (!startDateCheck.ok) errors.date = startDateCheck.message;
  else {
    const start = localDateTimeToIso(values.date, values.time);
    if (start.ok) startsAt = start.iso;
    else errors.time = start.message;
  }

  let endsAt: string | undefined;
  const endDate = values.endOnOtherDay ? values.endDate : values.date;
  if (values.endTime.trim() !== '' || values.endOnOtherDay) {
    const endDateCheck = localDateTimeToIso(endDate, '12:00');
    if (!endDateCheck.ok) {
      if (values.endOnOtherDay) errors.endDate = endDateCheck.message;
    } else {
      const end = localDateTimeToIso(endDate, values.endTime.trim() === '' ? values.time : values.endTime);
      if (end.ok) endsAt = end.iso;
      else errors.endTime = end.message;
    }
  }

  if (values.peopleQuery.trim() !== '') {
    errors.people = `Press Enter to add “${values.peopleQuery.trim()}”, or clear the box.`;
  }

  if (Object.keys(errors).length > 0 || startsAt === undefined) return { ok: false, errors };

  const pointRows: number[] = [];
  const discussionPoints: string[] = [];
  values.discussionPoints.forEach((point, row) => {
    if (point.trim() === '') return;
    pointRows.push(row);
    discussionPoints.push(point);
  });
  const promises = values.promisedFollowUps.filter((f) => f.text.trim() !== '' || f.url.trim() !== '');

  const participants: ParticipantInput[] = values.participants.map((p) => {
    const role = p.role.trim();
    if (p.type === 'existing') return { personId: p.personId, role };
    return { newPerson: { fullName: p.fullName, email: p.email.trim() }, role };
  });

  const draft: OccasionDraft = {
    kind: values.kind,
    interviewFormat: values.kind === 'interview' ? values.interviewFormat : null,
    title: values.title,
    startsAt,
    ...(endsAt !== undefined ? { endsAt } : {}),
    location: values.location,
    opportunityId: values.opportunityId,
    discussionPoints,
    promisedFollowUps: promises.map((f) => ({ text: f.text, url: f.url })),
    notes: values.notes,
    participants,
  };
  return { ok: true, built: { draft, pointRows, promiseKeys: promises.map((f) => f.key) } };
}

/**
 * The backend's messages placed at the inputs they are about. `prefix` is `occasion.` for an
 * update. Returns the messages that belong to no input, for a line above the buttons.
 */
export function mapBackendErrors(error: AppError, values: OccasionFormValues, built: BuiltDraft, prefix = ''): { fields: FormErrors; general: string[] } {
  return splitFieldErrors<FormField>(error, (rawPath, message) => {
    const path = rawPath.startsWith(prefix) ? rawPath.slice(prefix.length) : rawPath;
    const [head, second, third, fourth] = path.split('.');
    switch (head) {
      case 'kind':
      case 'interviewFormat':
      case 'title':
      case 'location':
      case 'opportunityId':
      case 'notes':
        return head;
      case 'startsAt':
        return 'time';
      case 'endsAt':
        return values.endOnOtherDay && /date/iu.test(message) ? 'endDate' : 'endTime';
      case 'participants': {
        const entry = second === undefined ? undefined : values.participants[Number(second)];
        if (!entry) return 'people';
        if (third === 'role') return `participant.${entry.key}.role`;
        if (third === 'newPerson' && fourth === 'email') return `participant.${entry.key}.email`;
        return `participant.${entry.key}`;
      }
      case 'discussionPoints': {
        const row = second === undefined ? undefined : built.pointRows[Number(second)];
        return row === undefined ? undefined : `point.${row}`;
      }
      case 'promisedFollowUps': {
        const key = second === undefined ? undefined : built.promiseKeys[Number(second)];
        if (key === undefined) return undefined;
        if (third === 'url') return `promise.${key}.url`;
        if (third === 'text') return `promise.${key}.text`;
        return `promise.${key}`;
      }
      default:
        return undefined;
    }
  });
}

/** The inputs in the order they appear, to focus the first one with a message. */
export function firstErrorField(errors: FormErrors, values: OccasionFormValues): FormField | undefined {
  const order: FormField[] = ['kind', 'interviewFormat', 'people'];
  for (const p of values.participants) order.push(`participant.${p.key}`, `participant.${p.key}.email`, `participant.${p.key}.role`);
  order.push('date', 'time', 'endDate', 'endTime', 'title', 'location', 'opportunityId');
  values.discussionPoints.forEach((_, i) => order.push(`point.${i}`));
  for (const f of values.promisedFollowUps) order.push(`promise.${f.key}`, `promise.${f.key}.text`, `promise.${f.key}.url`);
  order.push('notes');
  return order.find((field) => errors[field]);
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
