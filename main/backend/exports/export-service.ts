import type { Database, Statement } from 'better-sqlite3';
import type { ExportedFile } from '../../../shared';
import { invalid } from '../errors';
import type { OccasionsRepository } from '../occasions/occasions-repository';
import type { PeopleRepository } from '../people/people-repository';
import type { SettingsRepository } from '../settings/settings-repository';
import { icsFileName, occasionToICalendar } from './ics-export';
import { peopleToVCards, vcardFileName } from './vcard-export';

/**
 * Files for the address book and the calendar, made from what is stored: people as vCard 3.0,
 * an occasion as an iCalendar event. Nothing is written; the page saves the file.
 */
export class ExportService {
  private readonly activePeople: Statement<[], { id: number }>;

  constructor(
    db: Database,
    private readonly people: PeopleRepository,
    private readonly occasions: OccasionsRepository,
    private readonly settings: SettingsRepository,
    private readonly now: () => Date,
  ) {
    this.activePeople = db.prepare('SELECT id FROM people WHERE archived_at IS NULL ORDER BY full_name COLLATE NOCASE, id');
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
    const { yourName, myAddresses } = this.settings.get();
    const organizer = myAddresses[0] ? { name: yourName.trim() === '' ? null : yourName, email: myAddresses[0] } : null;
    return { fileName: icsFileName(occasion), type: 'text/calendar', content: occasionToICalendar(occasion, { uid: null, now: this.now(), organizer }), count: 1 };
  }

  /** PLACEHOLDER being built (issue 14): a thank-you's due time or follow-up as an event with an alarm. */
  thankYouICalendar(_id: number, _what: 'due' | 'follow-up'): ExportedFile {
    throw new Error('Not built yet');
  }

  /** PLACEHOLDER being built (issue 14): every upcoming due time and follow-up. */
  upcomingICalendar(): ExportedFile {
    throw new Error('Not built yet');
  }
}
