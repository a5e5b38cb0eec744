import { createHash } from 'node:crypto';
import { CalendarFileError, first, firstValue, param, readComponents, serializeVtimezone, snippet, uidOf, unescapeText, type Component, type Property } from './calendar-lines';
import { addressIfValid } from './email-address';
import {
  LOCAL_ZONE,
  UTC_ZONE,
  ianaZone,
  utcWallTime,
  vtimezoneZone,
  wallTimeAsUtc,
  wallTimeToUtc,
  zoneFromName,
  type WallTime,
  type Zone,
} from './calendar-zones';

/**
 * Reads calendar invites and exports (.ics, RFC 5545) as Google Calendar, Outlook/Exchange, Apple
 * Calendar, Thunderbird and others write them, into the events an occasion can be made from.
 *
 * Pure: bytes in, events out, nothing saved. The file is read line by line here (so every problem
 * can name its line); ical.js is used only for what it does best, the rules of VTIMEZONE blocks.
 *
 * What comes out, per VEVENT:
 * - `start`/`end`: for a timed event, UTC instants as `Date#toISOString()` gives them
 *   ("2026-12-01T19:00:00.000Z"); for an all-day event (DTSTART;VALUE=DATE), dates "2026-12-01",
 *   the end exclusive as in the file (a one-day event ends the next day). The end is DTEND, else
 *   DTSTART + DURATION, else the start (timed) or the next day (all-day); an end before the start is
 *   taken as the start (timed) or the next day (all-day).
 * - Time zones: a VTIMEZONE block in the file for the TZID wins; otherwise the TZID may be an IANA
 *   name (also behind a "/mozilla.org/…/" style prefix), a Windows zone id or a Windows display
 *   name (see calendar-zones.ts). An unknown TZID is an error naming its line, never a guess.
 *   "Floating" times (no TZID, no Z) are read in `options.floatingZone` when given, else in the
 *   machine's own zone: that is what the sender meant (their wall clock), and the user's best guess.
 * - A recurring event (RRULE/RDATE) is its first occurrence, DTSTART; changed single occurrences
 *   (RECURRENCE-ID) of a series whose master is in the file are left out; one without its master
 *   is kept as an event of its own.
 * - `uid` is the UID as in the file; when there is none, a stable stand-in is made from a hash of
 *   the summary and start ("no-uid-…"), so importing the same file twice finds the same event.
 * - An event without DTSTART is skipped, unless no event has one (then it is an error).
 */

export { CalendarFileError };

export interface CalendarPerson {
  name: string | null;
  email: string;
}

export interface CalendarEvent {
  uid: string;
  summary: string;
  allDay: boolean;
  start: string;
  end: string;
  cancelled: boolean;
  recurring: boolean;
  organizer: CalendarPerson | null;
  attendees: CalendarPerson[];
}

export interface ParsedCalendar {
  events: CalendarEvent[];
}

export interface ParseCalendarOptions {
  /** The user's own addresses: never listed as attendees (compared without regard to case). */
  self: string[];
  /** IANA zone for floating times; the machine's own zone when absent. */
  floatingZone?: string;
}

export function parseCalendar(bytes: Uint8Array, options: ParseCalendarOptions): ParsedCalendar {
  const floating = floatingZoneOf(options.floatingZone);
  const calendars = readComponents(bytes);
  const zones = new ZoneResolver(calendars);
  const self = new Set(options.self.map((address) => address.trim().toLowerCase()));

  const candidates: { event: Component; calendarCancelled: boolean }[] = [];
  let hasTasksOrOther = false;
  for (const calendar of calendars) {
    const method = firstValue(calendar, 'METHOD').trim().toUpperCase();
    for (const child of calendar.children) {
      if (child.name === 'VEVENT') candidates.push({ event: child, calendarCancelled: method === 'CANCEL' });
      else if (child.name !== 'VTIMEZONE') hasTasksOrOther = true;
    }
  }
  if (candidates.length === 0) {
    throw new CalendarFileError(
      hasTasksOrOther ? 'There are no events in this calendar file, only tasks or other entries.' : 'There are no events in this calendar file.',
    );
  }

  const masters = new Set(candidates.filter(({ event }) => !first(event, 'RECURRENCE-ID')).map(({ event }) => uidOf(event)).filter((uid) => uid !== ''));
  const events: CalendarEvent[] = [];
  let withoutStart: Component | null = null;
  for (const { event, calendarCancelled } of candidates) {
    const uid = uidOf(event);
    if (first(event, 'RECURRENCE-ID') && masters.has(uid)) continue;
    if (!first(event, 'DTSTART')) {
      withoutStart ??= event;
      continue;
    }
    events.push(readEvent(event, uid, calendarCancelled, { zones, floating, self }));
  }
  if (events.length === 0 && withoutStart) {
    const summary = unescapeText(firstValue(withoutStart, 'SUMMARY')).trim();
    throw new CalendarFileError(`the event${summary ? ` “${summary}”` : ''} has no start time (DTSTART).`, withoutStart.line);
  }
  return { events };
}

function floatingZoneOf(name: string | undefined): Zone {
  if (name === undefined) return LOCAL_ZONE;
  const zone = ianaZone(name);
  if (!zone) throw new RangeError(`Unknown time zone for floating times: ${name}`);
  return zone;
}

// ---------------------------------------------------------------------------------------------
// Time zones

/** Finds the zone of each TZID once per file: the file's VTIMEZONE block first, then the name. */
class ZoneResolver {
  private readonly blocks = new Map<string, Component>();
  private readonly resolved = new Map<string, Zone | null>();

  constructor(calendars: Component[]) {
    for (const calendar of calendars) {
      for (const child of calendar.children) {
        if (child.name !== 'VTIMEZONE') continue;
        const tzid = unescapeText(firstValue(child, 'TZID')).trim();
        if (tzid === '') continue;
        if (!this.blocks.has(tzid)) this.blocks.set(tzid, child);
        if (!this.blocks.has(tzid.toLowerCase())) this.blocks.set(tzid.toLowerCase(), child);
      }
    }
  }

  zone(tzid: string, line: number): Zone {
    let zone = this.resolved.get(tzid);
    if (zone === undefined) {
      const block = this.blocks.get(tzid) ?? this.blocks.get(tzid.toLowerCase());
      const blockText = block ? serializeVtimezone(block) : null;
      zone = (blockText ? vtimezoneZone(tzid, blockText) : null) ?? zoneFromName(tzid);
      this.resolved.set(tzid, zone);
    }
    if (!zone) throw new CalendarFileError(`the time zone “${tzid}” is not one this app knows, and the file does not describe it.`, line);
    return zone;
  }
}

// ---------------------------------------------------------------------------------------------
// Events

interface EventContext {
  zones: ZoneResolver;
  floating: Zone;
  self: Set<string>;
}

/** A DTSTART/DTEND value: a date, or a wall time in a zone. */
type Stamp = { kind: 'date'; date: WallTime } | { kind: 'time'; wall: WallTime; zone: Zone };

function readEvent(event: Component, fileUid: string, calendarCancelled: boolean, context: EventContext): CalendarEvent {
  const summary = unescapeText(firstValue(event, 'SUMMARY')).trim();
  const startProperty = first(event, 'DTSTART')!;
  const start = readStamp(startProperty, 'start', context);
  const endProperty = first(event, 'DTEND');
  const durationProperty = first(event, 'DURATION');
  const duration = !endProperty && durationProperty ? readDuration(durationProperty) : null;

  let startText: string;
  let endText: string;
  let allDay: boolean;
  if (start.kind === 'date') {
    allDay = true;
    let end: WallTime;
    if (endProperty) {
      const stamp = readStamp(endProperty, 'end', context);
      end = stamp.kind === 'date' ? stamp.date : dateOnly(stamp.wall);
    } else if (duration) {
      end = addDays(start.date, duration.sign * (duration.days + Math.floor(duration.seconds / 86_400)));
    } else {
      end = addDays(start.date, 1);
    }
    if (wallTimeAsUtc(end) <= wallTimeAsUtc(start.date)) end = addDays(start.date, 1);
    startText = formatDate(start.date);
    endText = formatDate(end);
  } else {
    allDay = false;
    const startMs = wallTimeToUtc(start.wall, start.zone);
    let endMs: number;
    if (endProperty) {
      const stamp = readStamp(endProperty, 'end', context);
      endMs = stamp.kind === 'date' ? wallTimeToUtc(stamp.date, start.zone) : wallTimeToUtc(stamp.wall, stamp.zone);
    } else if (duration) {
      // Days are calendar days (a day across a clock change is 23 or 25 hours), the rest exact time.
      endMs = wallTimeToUtc(addDays(start.wall, duration.sign * duration.days), start.zone) + duration.sign * duration.seconds * 1000;
    } else {
      endMs = startMs;
    }
    startText = new Date(startMs).toISOString();
    endText = new Date(Math.max(startMs, endMs)).toISOString();
  }

  const status = firstValue(event, 'STATUS').trim().toUpperCase();
  const organizerProperty = first(event, 'ORGANIZER');
  const organizer = organizerProperty ? readPerson(organizerProperty) : null;

  return {
    uid: fileUid !== '' ? fileUid : syntheticUid(summary, startText),
    summary,
    allDay,
    start: startText,
    end: endText,
    cancelled: calendarCancelled || status === 'CANCELLED' || status === 'CANCELED',
    recurring: Boolean(first(event, 'RRULE') ?? first(event, 'RDATE')),
    organizer,
    attendees: readAttendees(event, context.self),
  };
}

function syntheticUid(summary: string, start: string): string {
  return `no-uid-${createHash('sha256').update(`${summary}\n${start}`).digest('hex').slice(0, 32)}`;
}

const STAMP = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?(Z)?)?$/iu;

function readStamp(property: Property, what: 'start' | 'end', context: EventContext): Stamp {
  const value = property.value.trim();
  const match = STAMP.exec(value);
  const label = what === 'start' ? 'start time' : 'end time';
  if (!match) throw new CalendarFileError(`the ${label} “${snippet(value)}” is not a date this app can read.`, property.line);
  const [, year, month, day, hour, minute, second, utc] = match;
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Math.min(Number(second ?? 0), 59),
  };
  if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > daysInMonth(wall.year, wall.month) || wall.hour > 23 || wall.minute > 59) {
    throw new CalendarFileError(`the ${label} “${snippet(value)}” is not a real date.`, property.line);
  }
  const isDate = hour === undefined || param(property, 'VALUE')?.trim().toUpperCase() === 'DATE';
  if (isDate) return { kind: 'date', date: dateOnly(wall) };
  if (utc) return { kind: 'time', wall, zone: UTC_ZONE };
  const tzid = param(property, 'TZID')?.trim();
  if (tzid) return { kind: 'time', wall, zone: context.zones.zone(tzid, property.line) };
  return { kind: 'time', wall, zone: context.floating };
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dateOnly(time: WallTime): WallTime {
  return { year: time.year, month: time.month, day: time.day, hour: 0, minute: 0, second: 0 };
}

function addDays(time: WallTime, days: number): WallTime {
  return days === 0 ? time : utcWallTime(wallTimeAsUtc(time) + days * 86_400_000);
}

function formatDate(date: WallTime): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** RFC 5545 durations ("PT1H30M", "P1D", "-P1W"); weeks written after the T ("PT1W") are read too. */
function readDuration(property: Property): { sign: 1 | -1; days: number; seconds: number } {
  const value = property.value.trim().toUpperCase();
  const match = /^([+-])?P((?:\d+[WD])*)(?:T((?:\d+[WHMS])+))?$/u.exec(value);
  if (!match || (match[2] === '' && match[3] === undefined)) {
    throw new CalendarFileError(`the length of the event “${snippet(property.value)}” is not a duration this app can read.`, property.line);
  }
  let days = 0;
  let seconds = 0;
  for (const [, amount, unit] of `${match[2]}${match[3] ?? ''}`.matchAll(/(\d+)([WDHMS])/gu)) {
    const size = Number(amount);
    if (unit === 'W') days += size * 7;
    else if (unit === 'D') days += size;
    else if (unit === 'H') seconds += size * 3600;
    else if (unit === 'M') seconds += size * 60;
    else seconds += size;
  }
  return { sign: match[1] === '-' ? -1 : 1, days, seconds };
}

// ---------------------------------------------------------------------------------------------
// People

/** The address of an ORGANIZER or ATTENDEE ("mailto:", any case, dropped), or its EMAIL parameter; null when neither is an email address. */
function addressOf(property: Property): string | null {
  let value = property.value.trim().replace(/^"(.*)"$/su, '$1').trim();
  const mailto = value.toLowerCase().lastIndexOf('mailto:');
  if (mailto >= 0) value = value.slice(mailto + 'mailto:'.length);
  value = value.split('?')[0]!.trim();
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
    } catch {
      // Not percent-encoded after all.
    }
  }
  const address = addressIfValid(value);
  if (address) return address;
  const email = param(property, 'EMAIL')?.trim().replace(/^mailto:/iu, '');
  return email ? addressIfValid(email) : null;
}

function readPerson(property: Property): CalendarPerson | null {
  const email = addressOf(property);
  if (!email) return null;
  let name = (param(property, 'CN') ?? '').replace(/\\([,;:\\])/gu, '$1').trim();
  const quoted = /^(["'])(.*)\1$/su.exec(name);
  if (quoted) name = quoted[2]!.trim();
  name = name.replace(/\s+/gu, ' ');
  const lower = name.toLowerCase();
  if (name === '' || lower === email.toLowerCase() || lower === `mailto:${email.toLowerCase()}`) return { name: null, email };
  return { name, email };
}

const NOT_PEOPLE = new Set(['ROOM', 'RESOURCE']);

/** The event's own ATTENDEEs (not those of its alarms) who are people who will be there, other than the user, each once. */
function readAttendees(event: Component, self: Set<string>): CalendarPerson[] {
  const seen = new Set<string>();
  const attendees: CalendarPerson[] = [];
  for (const property of event.properties) {
    if (property.name !== 'ATTENDEE') continue;
    if (NOT_PEOPLE.has((param(property, 'CUTYPE') ?? '').trim().toUpperCase())) continue;
    if ((param(property, 'PARTSTAT') ?? '').trim().toUpperCase() === 'DECLINED') continue;
    const person = readPerson(property);
    if (!person) continue;
    const key = person.email.toLowerCase();
    if (self.has(key) || seen.has(key)) continue;
    seen.add(key);
    attendees.push(person);
  }
  return attendees;
}
