import { occasionTitle, type OccasionDetail } from '../../../shared';
import { contentLines, escapeText, localDate, paramValue, safeFileName, utcStamp, verbatim } from './content-lines';

export const DEFAULT_PRODUCT_ID = '-//Thankful//Thankful//EN';

export interface ICalendarOptions {
  /** The UID of the invite the occasion came from, written back as it was read; else one is made from the occasion's id. */
  uid?: string | null;
  /** When the file is made: DTSTAMP. */
  now: Date;
  /** PRODID; `-//Thankful//Thankful//EN` when absent. */
  productId?: string;
  /**
   * The user, as the event's ORGANIZER (RFC 5546 requires one in a PUBLISH; see below). Left out
   * when not given.
   */
  organizer?: { name: string | null; email: string } | null;
}

/**
 * An occasion as a calendar file (.ics, RFC 5545) holding one event, for Outlook, Apple Calendar,
 * Google Calendar and others to add to the user's calendar. Pure: occasion in, text out (UTF-8,
 * CRLF line ends, lines folded at 75 octets; see content-lines.ts).
 *
 * VCALENDAR with VERSION:2.0, PRODID, CALSCALE:GREGORIAN and METHOD:PUBLISH; one VEVENT with UID,
 * DTSTAMP, DTSTART and DTEND in UTC ("…Z"; DTEND left out when the occasion ends when it starts,
 * as RFC 5545 wants DTEND later than DTSTART), SUMMARY (the title, or one made from the kind and
 * the people as the app makes titles), LOCATION and DESCRIPTION.
 *
 * The people are listed in DESCRIPTION ("With:"), not as ATTENDEEs, and there is an ORGANIZER
 * only when the caller names the user as one. RFC 5546 §3.2.1 says of PUBLISH: "The 'Organizer'
 * MUST be present in a published iCalendar component. 'Attendees' MUST NOT be present." And
 * without METHOD, RFC 5545 §3.8.4.3 still asks for an ORGANIZER in any event with attendees (a
 * "group-scheduled" one). We do not know who organized the occasion, and writing attendees
 * would also make the event a meeting: a calendar could offer to send the interviewers
 * invitations or updates when the user edits it. A published event without attendees is an
 * ordinary appointment in every calendar; the names, roles and addresses stay readable in its
 * description.
 *
 * DESCRIPTION: "With:" (each person, their role and address), "Discussed:" (the discussion
 * points), "Promised follow-ups:" (each with its link) as "- " lines, then "Notes:", separated by
 * blank lines; sections with nothing in them are left out.
 */
export function occasionToICalendar(occasion: OccasionDetail, options: ICalendarOptions): string {
  const start = utcStamp(occasion.startsAt);
  if (start === null) throw new RangeError(`Occasion ${occasion.id} has no readable start: ${occasion.startsAt}`);
  const end = utcStamp(occasion.endsAt);
  const stamp = utcStamp(options.now);
  if (stamp === null) throw new RangeError('options.now is not a valid date.');

  const uid = verbatim(options.uid ?? '') || `thankful-occasion-${occasion.id}@thankful.invalid`;
  const lines = ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`, `DTSTART:${start}`];
  if (end !== null && Date.parse(occasion.endsAt) > Date.parse(occasion.startsAt) && end !== start) lines.push(`DTEND:${end}`);
  lines.push(`SUMMARY:${escapeText(summaryOf(occasion))}`);
  if (occasion.location.trim() !== '') lines.push(`LOCATION:${escapeText(occasion.location.trim())}`);
  const description = descriptionOf(occasion);
  if (description !== '') lines.push(`DESCRIPTION:${escapeText(description)}`);
  const organizer = organizerLine(options.organizer);
  if (organizer !== null) lines.push(organizer);
  lines.push('END:VEVENT');
  return calendarFile([lines], options.productId);
}

/**
 * The published calendar around events, each given as its VEVENT's content lines: VERSION,
 * PRODID, CALSCALE:GREGORIAN and METHOD:PUBLISH (see `occasionToICalendar` for why PUBLISH), the
 * lines folded and ended by CRLF.
 */
export function calendarFile(events: readonly (readonly string[])[], productId?: string): string {
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${verbatim(productId ?? '') || DEFAULT_PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  return contentLines([...head, ...events.flat(), 'END:VCALENDAR']);
}

/** The user as an event's ORGANIZER, the name quoted when it must be; null when there is no address. */
export function organizerLine(organizer: ICalendarOptions['organizer']): string | null {
  if (!organizer || organizer.email.trim() === '') return null;
  const name = organizer.name?.trim() ?? '';
  return `ORGANIZER${name === '' ? '' : `;CN=${paramValue(name)}`}:mailto:${verbatim(organizer.email)}`;
}

type Titled = Pick<OccasionDetail, 'kind' | 'interviewFormat' | 'title'> & { participants: readonly Pick<OccasionDetail['participants'][number], 'fullName'>[] };

/** The title, or the one the app would make for an occasion without one. */
function summaryOf(occasion: Titled): string {
  const title = occasion.title.trim();
  if (title !== '') return title;
  return occasionTitle(occasion.kind, occasion.interviewFormat, occasion.participants.map((person) => person.fullName), null);
}

function descriptionOf(occasion: OccasionDetail): string {
  const sections: string[] = [];
  const section = (heading: string, items: string[]) => {
    if (items.length > 0) sections.push([heading, ...items.map((item) => `- ${item}`)].join('\n'));
  };
  section(
    'With:',
    occasion.participants.map((person) => {
      const role = person.role.trim() === '' ? '' : ` (${person.role.trim()})`;
      const email = person.email ? ` <${person.email}>` : '';
      return `${person.fullName}${role}${email}`;
    }),
  );
  section('Discussed:', occasion.discussionPoints.map((point) => point.trim()).filter(Boolean));
  section(
    'Promised follow-ups:',
    occasion.promisedFollowUps
      .map(({ text, url }) => [text.trim(), url.trim()].filter(Boolean).join(': '))
      .filter(Boolean),
  );
  const notes = occasion.notes.replace(/\r\n?/gu, '\n').trim();
  if (notes !== '') sections.push(`Notes:\n${notes}`);
  return sections.join('\n\n');
}

/**
 * The file name for an occasion: its title and the local date it started on, "Video interview
 * with Priya Raman 2026-12-01.ics"; characters Windows or macOS do not allow in a name are
 * replaced (see `safeFileName`).
 */
export function icsFileName(occasion: Titled & Pick<OccasionDetail, 'startsAt'>): string {
  const start = new Date(occasion.startsAt);
  const date = Number.isNaN(start.getTime()) ? '' : ` ${localDate(start)}`;
  const title = Array.from(summaryOf(occasion)).slice(0, 68).join('').trim();
  return safeFileName(`${title}${date}`, 'ics', 'Occasion');
}
