import type { Database, Statement } from 'better-sqlite3';
import { calendarRefusal, calendarWindow, type CalendarEventKind, type ExportedFile, type Settings, type ThankYouDetail } from '../../../shared';
import { invalid } from '../errors';
import type { OccasionsRepository } from '../occasions/occasions-repository';
import type { PeopleRepository } from '../people/people-repository';
import type { SettingsRepository } from '../settings/settings-repository';
import { DraftsRepository } from '../thanks/drafts-repository';
import { calendarFile, icsFileName, occasionToICalendar, type ICalendarOptions } from './ics-export';
import { followUpEvent, thankYouDueEvent, thankYouIcsFileName, upcomingIcsFileName } from './thank-you-ics';
import { UpcomingRepository } from './upcoming-repository';
import { peopleToVCards, vcardFileName } from './vcard-export';

/**
 * Files for the address book and the calendar, made from what is stored: people as vCard 3.0,
 * an occasion as an iCalendar event, a thank-you's due time and follow-up as events with an
 * alarm (one, or all upcoming). Nothing is written; the page saves the file.
 */
export class ExportService {
  private readonly activePeople: Statement<[], { id: number }>;
  /** The thank-you as the editor reads it: person, occasion, points and promised follow-ups. */
  private readonly drafts: DraftsRepository;
  private readonly upcoming: UpcomingRepository;

  constructor(
    db: Database,
    private readonly people: PeopleRepository,
    private readonly occasions: OccasionsRepository,
    private readonly settings: SettingsRepository,
    private readonly now: () => Date,
  ) {
    this.activePeople = db.prepare('SELECT id FROM people WHERE archived_at IS NULL ORDER BY full_name COLLATE NOCASE, id');
    this.drafts = new DraftsRepository(db, now);
    this.upcoming = new UpcomingRepository(db);
  }

  /** Those named (each must exist), or everyone not archived. */
  peopleVCard(ids: number[] | undefined): ExportedFile {
    const chosen = ids ?? this.activePeople.all().map((row) => row.id);
    if (chosen.length === 0) throw invalid('ids', 'There is no one to export yet.');
    const people = chosen.map((id) => this.people.get(id));
    return { fileName: vcardFileName(people, this.now()), type: 'text/vcard', content: peopleToVCards(people), count: people.length };
  }

  /**
   * One occasion as a calendar event of Thankful's own (its own UID, even for an occasion imported
   * from an invite: with the invite's UID a calendar that holds the meeting would take this file
   * as an update of it, and replace its attendees and call link with our summary). The user (name
   * and first address from Settings) is its organizer, which a published event must name.
   */
  occasionICalendar(id: number): ExportedFile {
    const occasion = this.occasions.get(id);
    const organizer = organizerOf(this.settings.get());
    return { fileName: icsFileName(occasion), type: 'text/calendar', content: occasionToICalendar(occasion, { uid: null, now: this.now(), organizer }), count: 1 };
  }

  /**
   * A thank-you's due time, or its follow-up, as one calendar event with an alarm. Refused, with
   * the reason, when there is nothing left to remind of (`calendarRefusal`: a note sent, skipped
   * or overdue, a follow-up done, never planned or on a day past; the same window as the upcoming
   * export's).
   */
  thankYouICalendar(id: number, what: CalendarEventKind): ExportedFile {
    const thankYou = this.drafts.get(id);
    const now = this.now();
    const refusal = calendarRefusal(thankYou, what, now);
    if (refusal !== null) throw invalid('id', refusal);
    const event = this.eventWriter(now);
    return { fileName: thankYouIcsFileName(thankYou, what), type: 'text/calendar', content: calendarFile([event(thankYou, what)]), count: 1 };
  }

  /**
   * Everything still ahead in one file: each thank-you owed that falls due from now on, and each
   * open follow-up from the start of today on (a follow-up is a day's errand: one due this morning
   * is still today's), people archived left out. Overdue notes are left out: an event in the past
   * reminds no one, and the dashboard already shows them.
   */
  upcomingICalendar(): ExportedFile {
    const now = this.now();
    const { dueFrom, followUpsFrom } = calendarWindow(now);
    const due = this.upcoming.thankYousDueFrom(dueFrom).map((id) => {
      const thankYou = this.drafts.get(id);
      return { at: thankYou.dueAt, thankYou, what: 'due' as const };
    });
    const followUps = this.upcoming.followUpsFrom(followUpsFrom).map((id) => {
      const thankYou = this.drafts.get(id);
      return { at: thankYou.followUp!.dueAt, thankYou, what: 'follow-up' as const };
    });
    const event = this.eventWriter(now);
    const events = [...due, ...followUps].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    if (events.length === 0) throw invalid('upcoming', 'There is nothing upcoming to add: no thank-you falls due from now on and no follow-up is planned from today on.');
    return {
      fileName: upcomingIcsFileName(now),
      type: 'text/calendar',
      content: calendarFile(events.map(({ thankYou, what }) => event(thankYou, what))),
      count: events.length,
    };
  }

  /**
   * Writes a thank-you's event with what Settings says once read: the alarm of a due time comes
   * as long before it as Thankful's own "due soon" reminder for that kind of occasion; the
   * follow-up's event carries the person's phone number, for the call.
   */
  private eventWriter(now: Date): (thankYou: ThankYouDetail, what: CalendarEventKind) => string[] {
    const settings = this.settings.get();
    const options = { now, organizer: organizerOf(settings) };
    return (thankYou, what) =>
      what === 'due'
        ? thankYouDueEvent(thankYou, { ...options, leadHours: settings.reminders.leadHours[thankYou.occasion.kind] })
        : followUpEvent(thankYou, { ...options, phone: this.people.get(thankYou.person.id).phone });
  }
}

/** The user (name and first address from Settings), whom a published event names as its organizer. */
function organizerOf({ yourName, myAddresses }: Settings): ICalendarOptions['organizer'] {
  return myAddresses[0] ? { name: yourName.trim() === '' ? null : yourName, email: myAddresses[0] } : null;
}
