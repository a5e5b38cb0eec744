import type { Database, Statement } from 'better-sqlite3';
import { defaultOccasionDurationMinutes, type CalendarPreview, type CancelledInvite, type InviteEvent, type OccasionDetail } from '../../../shared';
import { invalid, notFound } from '../errors';
import type { OccasionInput, OccasionsRepository } from '../occasions/occasions-repository';
import type { SettingsRepository } from '../settings/settings-repository';
import type { OccasionThanksRepository } from '../thanks/occasion-thanks-repository';
import { CalendarFileError, parseCalendar, type CalendarEvent } from './calendar';
import { guessOccasion } from './guess-occasion';

/** The hour an all-day event is taken to start at (local time): the working day's start. */
const ALL_DAY_START_HOUR = 9;

/**
 * Calendar invites as occasions. `read` parses a file and matches what is in it to what is stored
 * (people by email, an earlier import by the invite's UID) without writing anything; `save`
 * logs one event, or updates the occasion it was imported as before.
 */
export class InviteService {
  private readonly personByEmail: Statement<[string], { id: number; full_name: string }>;
  private readonly occasionByUid: Statement<[string], { id: number }>;
  private readonly setUid: Statement<[string, number]>;

  constructor(
    private readonly db: Database,
    private readonly occasions: OccasionsRepository,
    private readonly thanks: OccasionThanksRepository,
    private readonly settings: SettingsRepository,
  ) {
    this.personByEmail = db.prepare(`SELECT p.id, p.full_name FROM person_emails e JOIN people p ON p.id = e.person_id
      WHERE e.address = ? COLLATE NOCASE ORDER BY p.archived_at IS NOT NULL, e.is_primary DESC LIMIT 1`);
    this.occasionByUid = db.prepare('SELECT id FROM occasions WHERE calendar_uid = ?');
    this.setUid = db.prepare('UPDATE occasions SET calendar_uid = ? WHERE id = ?');
  }

  read(bytes: Uint8Array): CalendarPreview {
    let events: CalendarEvent[];
    try {
      events = parseCalendar(bytes, { self: this.settings.get().myAddresses }).events;
    } catch (error) {
      if (error instanceof CalendarFileError) throw invalid('data', error.message);
      throw error;
    }
    return { events: events.map((event) => this.preview(event)) };
  }

  save(uid: string, input: OccasionInput): { occasion: OccasionDetail; created: boolean } {
    return this.db.transaction(() => {
      const known = this.occasionByUid.get(uid);
      if (!known) {
        const created = this.occasions.create(input);
        this.setUid.run(uid, created.id);
        return { occasion: created, created: true };
      }
      const current = this.occasions.get(known.id);
      const listed = current.participants;
      const listedIds = new Set(listed.map((p) => p.personId));
      const listedEmails = new Set(listed.flatMap((p) => (p.email ? [p.email.toLowerCase()] : [])));
      // People are added, never removed, and keep their role and notes; what was written stays.
      const added = input.participants.filter((p) =>
        'personId' in p ? !listedIds.has(p.personId) : !(p.newPerson.email && listedEmails.has(p.newPerson.email.toLowerCase())),
      );
      const merged: OccasionInput = {
        kind: input.kind,
        interviewFormat: input.interviewFormat,
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: current.location,
        opportunityId: current.opportunityId,
        discussionPoints: current.discussionPoints,
        promisedFollowUps: current.promisedFollowUps,
        notes: current.notes,
        participants: [...listed.map((p) => ({ personId: p.personId, role: p.role })), ...added],
      };
      return { occasion: this.occasions.update(known.id, current.revision, merged), created: false };
    }).immediate();
  }

  /**
   * The invite was cancelled: the thank-yous of the occasion it was imported as go, except those
   * something was written or done with (they stay, so nothing the user wrote is lost). The
   * occasion and its people stay on record.
   */
  cancel(uid: string): CancelledInvite {
    return this.db.transaction(() => {
      const known = this.occasionByUid.get(uid);
      if (!known) throw notFound('The occasion this invite was imported as');
      const before = this.occasions.get(known.id);
      const owed = before.participants.filter((p) => p.thankYou !== null);
      const removed = owed.filter((p) => this.thanks.removeUntouched(known.id, p.personId)).length;
      return { occasion: this.occasions.get(known.id), removed, kept: owed.length - removed };
    }).immediate();
  }

  private preview(event: CalendarEvent): InviteEvent {
    const guess = guessOccasion(event.summary);
    const { startsAt, endsAt } = event.allDay ? allDayTimes(event, guess.kind, guess.interviewFormat) : { startsAt: event.start, endsAt: event.end };
    const known = event.uid === '' ? undefined : this.occasionByUid.get(event.uid);
    const existing = known ? this.occasions.get(known.id) : null;
    const onOccasion = new Set(existing?.participants.map((p) => p.personId) ?? []);
    const person = (who: { name: string | null; email: string }, organizer: boolean) => {
      const match = this.personByEmail.get(who.email);
      return { name: who.name, email: who.email, personId: match?.id ?? null, personName: match?.full_name ?? null, organizer, onOccasion: match ? onOccasion.has(match.id) : false };
    };
    const attendees = event.attendees.map((who) => person(who, false));
    const organizer = event.organizer;
    const self = new Set(this.settings.get().myAddresses.map((address) => address.toLowerCase()));
    const offerOrganizer = organizer !== null && !self.has(organizer.email.toLowerCase()) && !event.attendees.some((a) => a.email.toLowerCase() === organizer.email.toLowerCase());
    return {
      uid: event.uid,
      summary: event.summary,
      allDay: event.allDay,
      startsAt,
      endsAt,
      cancelled: event.cancelled,
      recurring: event.recurring,
      ...guess,
      existing: existing ? { occasionId: existing.id, title: existing.title, startsAt: existing.startsAt, endsAt: existing.endsAt } : null,
      people: offerOrganizer ? [...attendees, person(organizer, true)] : attendees,
    };
  }
}

/** An all-day event is taken to start at the working day's start, for the kind's usual length. */
function allDayTimes(event: CalendarEvent, kind: InviteEvent['kind'], format: InviteEvent['interviewFormat']): { startsAt: string; endsAt: string } {
  const [year, month, day] = event.start.split('-').map(Number) as [number, number, number];
  const start = new Date(year, month - 1, day, ALL_DAY_START_HOUR);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + defaultOccasionDurationMinutes(kind, format) * 60_000).toISOString() };
}
