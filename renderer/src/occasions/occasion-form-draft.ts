// From what the occasion form holds to the contract's draft, and the backend's messages back to
// the form's inputs.
import type { AppError, OccasionDraft, ParticipantInput } from '../../../shared';
import { splitFieldErrors } from '../lib/field-errors';
import { localDateTimeToIso } from '../lib/local-time';
import type { OccasionFormValues, ParticipantEntry } from './occasion-form-model';

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
  | `participant.${string}.point.${number}`
  | `participant.${string}.promise.${string}.text`
  | `participant.${string}.promise.${string}.url`
  | `participant.${string}.promise.${string}`
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
  /** The same for each participant's own points and follow-ups, by participant. */
  participantRows: { pointRows: number[]; promiseKeys: string[] }[];
}

/** The non-empty entries of a list and where each was in the form. */
function sent<T, K>(items: T[], isEmpty: (item: T) => boolean, where: (item: T, row: number) => K): { items: T[]; where: K[] } {
  const kept = items.map((item, row) => ({ item, row })).filter(({ item }) => !isEmpty(item));
  return { items: kept.map(({ item }) => item), where: kept.map(({ item, row }) => where(item, row)) };
}

/** The fields of one person's own points and follow-ups, in the order they appear. */
export function participantNotesFields(p: ParticipantEntry): FormField[] {
  return [
    ...p.points.map((_, row) => `participant.${p.key}.point.${row}` as const),
    ...p.promisedFollowUps.flatMap((f) => [`participant.${p.key}.promise.${f.key}`, `participant.${p.key}.promise.${f.key}.text`, `participant.${p.key}.promise.${f.key}.url`] as const),
  ];
}

/** Every field of one person's chip and notes, in the order they appear. */
export function participantFields(p: ParticipantEntry): FormField[] {
  return [`participant.${p.key}`, `participant.${p.key}.email`, `participant.${p.key}.role`, ...participantNotesFields(p)];
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

  const isEmptyPoint = (point: string) => point.trim() === '';
  const isEmptyPromise = (f: { text: string; url: string }) => f.text.trim() === '' && f.url.trim() === '';
  const points = sent(values.discussionPoints, isEmptyPoint, (_, row) => row);
  const discussionPoints = points.items;
  const pointRows = points.where;
  const promises = values.promisedFollowUps.filter((f) => !isEmptyPromise(f));

  const participantRows: BuiltDraft['participantRows'] = [];
  const participants: ParticipantInput[] = values.participants.map((p) => {
    const role = p.role.trim();
    const own = sent(p.points, isEmptyPoint, (_, row) => row);
    const ownPromises = sent(p.promisedFollowUps, isEmptyPromise, (f) => f.key);
    participantRows.push({ pointRows: own.where, promiseKeys: ownPromises.where });
    const notes = { points: own.items, promisedFollowUps: ownPromises.items.map((f) => ({ text: f.text, url: f.url })) };
    if (p.type === 'existing') return { personId: p.personId, role, ...notes };
    return { newPerson: { fullName: p.fullName, email: p.email.trim() }, role, ...notes };
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
  return { ok: true, built: { draft, pointRows, promiseKeys: promises.map((f) => f.key), participantRows } };
}

/**
 * The backend's messages placed at the inputs they are about. `prefix` is `occasion.` for an
 * update. Returns the messages that belong to no input, for a line above the buttons.
 */
export function mapBackendErrors(error: AppError, values: OccasionFormValues, built: BuiltDraft, prefix = ''): { fields: FormErrors; general: string[] } {
  return splitFieldErrors<FormField>(error, (rawPath, message) => {
    const path = rawPath.startsWith(prefix) ? rawPath.slice(prefix.length) : rawPath;
    const [head, second, third, fourth, fifth] = path.split('.');
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
        const rows = built.participantRows[Number(second)];
        if (third === 'points') {
          const row = fourth === undefined ? undefined : rows?.pointRows[Number(fourth)];
          return row === undefined ? `participant.${entry.key}` : `participant.${entry.key}.point.${row}`;
        }
        if (third === 'promisedFollowUps') {
          const key = fourth === undefined ? undefined : rows?.promiseKeys[Number(fourth)];
          if (key === undefined) return `participant.${entry.key}`;
          if (fifth === 'text' || fifth === 'url') return `participant.${entry.key}.promise.${key}.${fifth}`;
          return `participant.${entry.key}.promise.${key}`;
        }
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
  for (const p of values.participants) order.push(...participantFields(p));
  order.push('date', 'time', 'endDate', 'endTime', 'title', 'location', 'opportunityId');
  values.discussionPoints.forEach((_, i) => order.push(`point.${i}`));
  for (const f of values.promisedFollowUps) order.push(`promise.${f.key}`, `promise.${f.key}.text`, `promise.${f.key}.url`);
  order.push('notes');
  return order.find((field) => errors[field]);
}
