import { DEFAULT_PARTICIPANT_ROLE, type InviteEvent, type InvitePerson, type OccasionDetail } from '../../../shared';
import { localDate, localTime } from '../lib/local-time';
import { shiftDate } from '../lib/time-text';
import { emptyValues, notesEntry, valuesFromDetail, type OccasionFormValues, type ParticipantEntry } from '../occasions/occasion-form-model';

/**
 * From a calendar invite to the occasion form. A first import fills a fresh form; a later one of
 * the same invite (same UID) starts from the occasion it was imported as, with the invite's times
 * and anyone new in it added, so what was written there is kept.
 */

/** "priya.raman@example.com" → "Priya Raman": a name to start from when the invite has only the address. */
export function nameFromAddress(email: string): string {
  const local = email.split('@')[0] ?? '';
  const words = local.split(/[._\-+]+/u).filter((word) => word !== '' && !/\d/u.test(word));
  if (words.length === 0) return email;
  return words.map((word) => word[0]!.toLocaleUpperCase() + word.slice(1)).join(' ');
}

/** The key a person from the invite has in the form, so the same person is not listed twice. */
const keyOf = (person: InvitePerson) => (person.personId !== null ? `person-${person.personId}` : `invite-${person.email.toLowerCase()}`);

/** Someone from the invite as a participant: the known person with that address, or someone new. */
export function inviteParticipant(person: InvitePerson, kind: OccasionFormValues['kind']): ParticipantEntry {
  const base = { key: keyOf(person), role: DEFAULT_PARTICIPANT_ROLE[kind], roleEdited: false, ...notesEntry() };
  if (person.personId !== null) {
    return { ...base, type: 'existing', personId: person.personId, fullName: person.personName ?? person.name ?? person.email, email: person.email, company: '' };
  }
  return { ...base, type: 'new', fullName: person.name ?? nameFromAddress(person.email), email: person.email };
}

/** The invite's times in the form's local date and time boxes. */
function withTimes(values: OccasionFormValues, event: InviteEvent): OccasionFormValues {
  const endDate = localDate(event.endsAt);
  const date = localDate(event.startsAt);
  return { ...values, date, time: localTime(event.startsAt), endOnOtherDay: endDate !== date, endDate, endTime: localTime(event.endsAt), whenEdited: true };
}

/** A first import: the invite's kind, format, title, times and people (the organizer only offered). */
export function newInviteValues(event: InviteEvent): OccasionFormValues {
  const values = withTimes({ ...emptyValues(), kind: event.kind, interviewFormat: event.interviewFormat, title: event.summary }, event);
  return { ...values, participants: event.people.filter((p) => !p.organizer).map((p) => inviteParticipant(p, event.kind)) };
}

/** Days from one `YYYY-MM-DD` to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The saved occasion's times after a later import. A timed event moves to the invite's times. An
 * all-day one has no time of its own (the one saved was set by hand, or 9:00), so only its day
 * follows the invite. A repeating one is taken at its first time, which the user may have moved to
 * the right one: the saved times stay.
 */
function savedTimesAfter(saved: OccasionFormValues, event: InviteEvent): OccasionFormValues {
  if (event.recurring) return saved;
  if (!event.allDay) return withTimes(saved, event);
  const days = daysBetween(saved.date, localDate(event.startsAt));
  if (days === 0) return saved;
  return { ...saved, date: shiftDate(saved.date, days) ?? saved.date, endDate: saved.endOnOtherDay ? (shiftDate(saved.endDate, days) ?? saved.endDate) : saved.endDate };
}

/** Whether a later import of `event` moves the occasion saved as `detail`. */
export function inviteMoves(detail: OccasionDetail, event: InviteEvent): boolean {
  const saved = valuesFromDetail(detail);
  const after = savedTimesAfter(saved, event);
  return after.date !== saved.date || after.time !== saved.time || after.endDate !== saved.endDate || after.endTime !== saved.endTime;
}

/** A later import: the occasion as saved, at the invite's new times (see `savedTimesAfter`), with anyone new in the invite added. */
export function updatedInviteValues(detail: OccasionDetail, event: InviteEvent): OccasionFormValues {
  const values = savedTimesAfter(valuesFromDetail(detail), event);
  const added = event.people.filter((p) => !p.organizer && !p.onOccasion).map((p) => inviteParticipant(p, values.kind));
  return { ...values, participants: [...values.participants, ...added.filter((a) => !values.participants.some((p) => p.key === a.key))] };
}

/** People in the invite who are not on the form (the organizer, or someone the user took off), to add back with one click. */
export function offeredPeople(event: InviteEvent, values: OccasionFormValues): InvitePerson[] {
  const listed = new Set(values.participants.map((p) => p.key));
  const emails = new Set(values.participants.flatMap((p) => (p.email ? [p.email.toLowerCase()] : [])));
  return event.people.filter((p) => !listed.has(keyOf(p)) && !emails.has(p.email.toLowerCase()));
}
