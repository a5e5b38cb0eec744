import { OCCASION_KIND_LABELS, type CalendarEventKind, type ThankYouDetail } from '../../../shared';
import { escapeText, localDate, safeFileName, utcStamp } from './content-lines';
import { organizerLine, type ICalendarOptions } from './ics-export';

/**
 * A thank-you's due time and its follow-up as calendar events with an alarm, so the user's own
 * calendar reminds them too (on the phone, when Thankful is closed). Pure: the thank-you in, a
 * VEVENT's content lines out, for `calendarFile` (ics-export.ts) to put in a file, one event or many.
 *
 * Times are UTC ("…Z"): every calendar reads them, and shows them in the user's zone.
 *
 * The UID is Thankful's own per thank-you and per kind, and SEQUENCE grows with the time of the
 * export: importing a newer file (the due time moved) updates the event instead of adding a second
 * one (RFC 5546 §2.1.5: the higher SEQUENCE wins, then the later DTSTAMP).
 */

/**
 * The note's event is the half hour that ends at the due time: it sits in the calendar as the time
 * to write it, and its end is the deadline (an event at the due time itself would say "start now"
 * when it is already too late).
 */
export const DUE_EVENT_MINUTES = 30;
/** A follow-up is a call or a message: a short event at the time the user planned it for. */
export const FOLLOW_UP_EVENT_MINUTES = 15;
/** The follow-up's alarm, before it starts: enough to find the number, not so early it is forgotten. */
export const FOLLOW_UP_ALARM_MINUTES = 15;

const MINUTE = 60_000;
/** SEQUENCE counts seconds from here: it stays far below 2³¹, which some calendars store it in, until 2088. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

export interface ThankYouEventOptions {
  /** When the file is made: DTSTAMP and SEQUENCE. */
  now: Date;
  /** The user, as the event's ORGANIZER (a published event names one; see ics-export.ts). */
  organizer?: ICalendarOptions['organizer'];
}

/** Stable per thank-you and kind: the same event in every file, a single one or the upcoming export. */
export function thankYouEventUid(id: number, kind: CalendarEventKind): string {
  return `thankful-thank-you-${id}-${kind}@thankful.invalid`;
}

/**
 * The note's due time: "Thank Priya Raman (Interview · Northwind)" in the half hour before it is
 * due, with an alarm `leadHours` before the due time (the lead Settings gives this kind of
 * occasion for Thankful's own "due soon" reminder). The alarm is written relative to the event's
 * start, which every calendar reads (Outlook ignores RELATED=END).
 */
export function thankYouDueEvent(thankYou: ThankYouDetail, options: ThankYouEventOptions & { leadHours: number }): string[] {
  const due = instant(thankYou.dueAt, 'due time');
  const name = thankYou.person.fullName;
  const company = thankYou.opportunity?.company.trim() || thankYou.person.company.trim();
  const what = [OCCASION_KIND_LABELS[thankYou.occasion.kind], company].filter(Boolean).join(' · ');
  const leadMinutes = Math.round(options.leadHours * 60);
  return event(thankYou.id, 'due', options, {
    start: due - DUE_EVENT_MINUTES * MINUTE,
    end: due,
    summary: `Thank ${name} (${what})`,
    description: dueDescription(thankYou),
    alarm: { beforeStartMinutes: leadMinutes - DUE_EVENT_MINUTES, text: `Thank-you to ${name} due in ${hoursText(options.leadHours)}` },
  });
}

/** The follow-up: "Follow up with Priya Raman: call about the offer", at its time, with an alarm shortly before. */
export function followUpEvent(thankYou: ThankYouDetail, options: ThankYouEventOptions & { phone?: string }): string[] {
  const followUp = thankYou.followUp;
  if (followUp === null) throw new RangeError(`Thank-you ${thankYou.id} has no follow-up.`);
  const start = instant(followUp.dueAt, 'follow-up time');
  // Not "Call … back": the follow-up is whatever the user wrote ("send the portfolio", "coffee in March").
  const summary = `Follow up with ${thankYou.person.fullName}: ${followUp.text.trim()}`;
  return event(thankYou.id, 'follow-up', options, {
    start,
    end: start + FOLLOW_UP_EVENT_MINUTES * MINUTE,
    summary,
    description: followUpDescription(thankYou, options.phone ?? ''),
    alarm: { beforeStartMinutes: FOLLOW_UP_ALARM_MINUTES, text: `In ${FOLLOW_UP_ALARM_MINUTES} minutes: ${summary.charAt(0).toLowerCase()}${summary.slice(1)}` },
  });
}

interface EventParts {
  start: number;
  end: number;
  summary: string;
  description: string;
  /** A DISPLAY alarm this many minutes before the start (0 or less: at the start). */
  alarm: { beforeStartMinutes: number; text: string };
}

function event(id: number, kind: CalendarEventKind, options: ThankYouEventOptions, parts: EventParts): string[] {
  const stamp = utcStamp(options.now);
  if (stamp === null) throw new RangeError('options.now is not a valid date.');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${thankYouEventUid(id, kind)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${Math.max(0, Math.floor((options.now.getTime() - SEQUENCE_EPOCH) / 1000))}`,
    `DTSTART:${utcStamp(new Date(parts.start))!}`,
    `DTEND:${utcStamp(new Date(parts.end))!}`,
    `SUMMARY:${escapeText(parts.summary)}`,
    `DESCRIPTION:${escapeText(parts.description)}`,
  ];
  const organizer = organizerLine(options.organizer);
  if (organizer !== null) lines.push(organizer);
  // RFC 5545 §3.6.6: a DISPLAY alarm needs ACTION, TRIGGER and DESCRIPTION, and lives inside its VEVENT.
  lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(parts.alarm.text)}`, `TRIGGER:${beforeStart(parts.alarm.beforeStartMinutes)}`, 'END:VALARM');
  lines.push('END:VEVENT');
  return lines;
}

/** What to write about, to whom, and where the note is. */
function dueDescription(thankYou: ThankYouDetail): string {
  const { person, occasion, participantNotes } = thankYou;
  const sections = [`Your thank-you to ${person.fullName} for “${occasionName(occasion)}” is due when this event ends.`];
  const to = thankYou.recipient ?? person.emails[0];
  if (to) sections.push(`Send it to: ${to}`);
  list(sections, 'Bring up what you discussed:', unique([...(participantNotes?.points ?? []), ...occasion.discussionPoints]));
  list(
    sections,
    'Send what you promised:',
    unique([...(participantNotes?.promisedFollowUps ?? []), ...occasion.promisedFollowUps].map(({ text, url }) => [text.trim(), url.trim()].filter(Boolean).join(': '))),
  );
  sections.push('From Thankful: write the note and mark it sent there.');
  return sections.join('\n\n');
}

function followUpDescription(thankYou: ThankYouDetail, phone: string): string {
  const { person, occasion } = thankYou;
  const sections = [`You planned this follow-up when you thanked ${person.fullName} for “${occasionName(occasion)}”.`];
  const reach = [phone.trim() && `Phone: ${phone.trim()}`, person.emails[0] && `Email: ${person.emails[0]}`].filter(Boolean);
  if (reach.length > 0) sections.push(reach.join('\n'));
  sections.push('From Thankful: mark the follow-up done there once it is.');
  return sections.join('\n\n');
}

function occasionName(occasion: ThankYouDetail['occasion']): string {
  return occasion.title.trim() || OCCASION_KIND_LABELS[occasion.kind];
}

function list(sections: string[], heading: string, items: string[]): void {
  if (items.length > 0) sections.push([heading, ...items.map((item) => `- ${item}`)].join('\n'));
}

/** Trimmed, without blanks, each once (the person's own points often repeat the occasion's). */
function unique(items: string[]): string[] {
  return [...new Set(items.map((item) => item.trim()).filter(Boolean))];
}

function instant(iso: string, what: string): number {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) throw new RangeError(`The ${what} cannot be read: ${iso}`);
  return time;
}

/** A TRIGGER before the start, "-PT3H30M"; "PT0M" (at the start) for nothing or less. */
function beforeStart(minutes: number): string {
  if (minutes <= 0) return 'PT0M';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `-PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

function hoursText(hours: number): string {
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

/**
 * The file name for one event: "Thank Priya Raman 2026-12-02.ics" (the local date it is due) or
 * "Follow up with Priya Raman 2026-12-08.ics".
 */
export function thankYouIcsFileName(thankYou: ThankYouDetail, kind: CalendarEventKind): string {
  const at = new Date(kind === 'due' ? thankYou.dueAt : (thankYou.followUp?.dueAt ?? ''));
  const date = Number.isNaN(at.getTime()) ? '' : ` ${localDate(at)}`;
  const name = Array.from(thankYou.person.fullName.trim()).slice(0, 60).join('');
  return safeFileName(`${kind === 'due' ? 'Thank' : 'Follow up with'} ${name}${date}`, 'ics', 'Thank-you');
}

/** "Thankful upcoming 2026-12-05.ics": the local date it was made. */
export function upcomingIcsFileName(now: Date): string {
  return safeFileName(`Thankful upcoming ${localDate(now)}`, 'ics', 'Thankful upcoming');
}
