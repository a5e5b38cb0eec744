import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { findIana } from 'windows-iana';
import { describe, expect, it } from 'vitest';
import { CalendarFileError, parseCalendar, type CalendarEvent, type ParsedCalendar } from './calendar';
import { WINDOWS_DISPLAY_NAME_IDS, zoneFromName } from './calendar-zones';

const FIXTURES = path.resolve(__dirname, 'samples/shared');
const SAMPLES = path.resolve(__dirname, 'samples/calendar');
const SAM = 'sam.candidate@example.org';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A calendar around the given lines, CRLF-separated. */
function calendar(lines: string[], header: string[] = []): Uint8Array {
  return utf8(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...header, ...lines, 'END:VCALENDAR', ''].join('\r\n'));
}

/** One VEVENT with the given properties. */
function event(...lines: string[]): string[] {
  return ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
}

function parse(bytes: Uint8Array, self: string[] = [SAM]): ParsedCalendar {
  return parseCalendar(bytes, { self, floatingZone: 'America/Chicago' });
}

function only(bytes: Uint8Array, self?: string[]): CalendarEvent {
  const { events } = parse(bytes, self);
  expect(events).toHaveLength(1);
  return events[0]!;
}

function failure(action: () => unknown): CalendarFileError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarFileError);
    return error as CalendarFileError;
  }
  throw new Error('expected a CalendarFileError');
}

const NEW_YORK_BLOCK = [
  'BEGIN:VTIMEZONE',
  'TZID:America/New_York',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'DTSTART:19700308T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'DTSTART:19701101T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

describe('parseCalendar: the shared fixtures', () => {
  it('reads the Google Calendar panel invite', () => {
    const invite = only(readFileSync(path.join(FIXTURES, 'interview-google.ics')));
    expect(invite).toEqual({
      uid: '7kq0c3m2v8r1j6p5@google.com',
      summary: 'Interview: Senior Platform Engineer – Sam Candidate',
      allDay: false,
      start: '2026-12-01T19:00:00.000Z',
      end: '2026-12-01T20:30:00.000Z',
      cancelled: false,
      recurring: false,
      organizer: { name: 'Northwind Recruiting', email: 'recruiting@northwind.example' },
      attendees: [
        { name: 'Priya Raman', email: 'priya.raman@example.com' },
        { name: 'Marcus Lee', email: 'marcus.lee@northwind.example' },
      ],
    });
  });

  it('reads the Exchange invite with a Windows zone name and its own VTIMEZONE', () => {
    const invite = only(readFileSync(path.join(FIXTURES, 'interview-outlook.ics')));
    // 30 October 2026 is after the last Sunday of October (the 25th), so Berlin time is CET, +01:00.
    expect(invite.start).toBe('2026-10-30T15:30:00.000Z');
    expect(invite.end).toBe('2026-10-30T16:30:00.000Z');
    expect(invite.summary).toBe('Interview Design Lead (Sam Candidate)');
    expect(invite.uid).toBe('040000008200E00074C5B7101A82E00800000000B0D1E2F3A4B5DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F9');
    expect(invite.organizer).toEqual({ name: 'Lena Fischer', email: 'lena.fischer@tailspin.example' });
    expect(invite.attendees).toEqual([{ name: 'Jürgen Müller', email: 'juergen.mueller@tailspin.example' }]);
  });

  it('gives the same Exchange times without the VTIMEZONE block (Windows name → Europe/Berlin)', () => {
    const text = readFileSync(path.join(FIXTURES, 'interview-outlook.ics'), 'utf8').replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/u, '');
    expect(text).not.toContain('VTIMEZONE');
    expect(only(utf8(text)).start).toBe('2026-10-30T15:30:00.000Z');
  });

  it('converts a summer date in the Exchange zone with +02:00', () => {
    const text = readFileSync(path.join(FIXTURES, 'interview-outlook.ics'), 'utf8').replaceAll('20261030T', '20260930T');
    expect(only(utf8(text)).start).toBe('2026-09-30T14:30:00.000Z');
  });
});

describe('parseCalendar: lines', () => {
  const folded = (lineBreak: string, fold: string) =>
    utf8(
      ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:fold-1', 'DTSTART:20260105T100000Z', `SUMMARY:Final round with the${lineBreak}${fold} platform team`, `ATTENDEE;CN="Raman${lineBreak}${fold}, Priya":mailto:priya@exam${lineBreak}${fold}ple.com`, 'END:VEVENT', 'END:VCALENDAR'].join(lineBreak),
    );

  it.each([
    ['CRLF', '\r\n', ' '],
    ['LF', '\n', ' '],
    ['CRLF + tab', '\r\n', '\t'],
    ['LF + tab', '\n', '\t'],
  ])('unfolds lines (%s)', (_label, lineBreak, fold) => {
    const invite = only(folded(lineBreak, fold));
    expect(invite.summary).toBe('Final round with the platform team');
    expect(invite.attendees).toEqual([{ name: 'Raman, Priya', email: 'priya@example.com' }]);
  });

  it('keeps a character whose UTF-8 bytes a fold splits', () => {
    const head = utf8('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260105T100000Z\r\nSUMMARY:Gespr');
    const tail = utf8('ch mit J\u00fcrgen\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    const a = utf8('ä'); // two bytes: the fold goes between them
    const bytes = new Uint8Array([...head, a[0]!, 0x0d, 0x0a, 0x20, a[1]!, ...tail]);
    expect(only(bytes).summary).toBe('Gespräch mit Jürgen');
  });

  it('reads UTF-16 files with a byte-order mark, and UTF-8 ones with one', () => {
    const text = ['BEGIN:VCALENDAR', ...event('UID:u16', 'DTSTART:20260105T100000Z', 'SUMMARY:Zoë Núñez'), 'END:VCALENDAR', ''].join('\r\n');
    const utf16 = new Uint8Array(2 + text.length * 2);
    const view = new DataView(utf16.buffer);
    view.setUint16(0, 0xfeff, true);
    for (let index = 0; index < text.length; index++) view.setUint16(2 + index * 2, text.charCodeAt(index), true);
    expect(only(utf16).summary).toBe('Zoë Núñez');
    expect(only(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])).summary).toBe('Zoë Núñez');
  });

  it('skips blank lines between components and ignores text after the end of the calendar', () => {
    const bytes = utf8(['BEGIN:VCALENDAR', '', ...event('DTSTART:20260105T100000Z', 'SUMMARY:One'), '', '', 'END:VCALENDAR', '', '-- ', 'Sent from my phone'].join('\r\n'));
    expect(only(bytes).summary).toBe('One');
  });

  it('reads parameter values with quotes, colons and RFC 6868 escapes, and ignores lines with garbled names', () => {
    const invite = only(
      calendar(
        event(
          'DTSTART:20260105T100000Z',
          'ORGANIZER="mailto:broken@example.com"',
          'ATTENDEE;X-RESPONSE-COMMENT="See: https://example.com/a;b";CN=^\'Dee^\' Smith:mailto:dee@example.com',
        ),
      ),
    );
    expect(invite.organizer).toBeNull();
    expect(invite.attendees).toEqual([{ name: '"Dee" Smith', email: 'dee@example.com' }]);
  });
});

describe('parseCalendar: times and zones', () => {
  const at = (dtstart: string, header: string[] = [], ...more: string[]) => only(calendar(event('UID:t', dtstart, ...more), header));

  it('reads UTC times', () => {
    expect(at('DTSTART:20260105T100000Z', [], 'DTEND:20260105T110000Z')).toMatchObject({ allDay: false, start: '2026-01-05T10:00:00.000Z', end: '2026-01-05T11:00:00.000Z' });
  });

  it('reads IANA zones, also behind vendor prefixes, without a VTIMEZONE block', () => {
    expect(at('DTSTART;TZID=America/New_York:20260705T100000').start).toBe('2026-07-05T14:00:00.000Z');
    expect(at('DTSTART;TZID="America/New_York":20260105T100000').start).toBe('2026-01-05T15:00:00.000Z');
    expect(at('DTSTART;TZID=/mozilla.org/20050126_1/America/New_York:20260105T100000').start).toBe('2026-01-05T15:00:00.000Z');
    expect(at('DTSTART;TZID=/freeassociation.sourceforge.net/Tzfile/Europe/Berlin:20260105T100000').start).toBe('2026-01-05T09:00:00.000Z');
  });

  it('reads Windows zone ids without a VTIMEZONE block', () => {
    expect(at('DTSTART;TZID=Eastern Standard Time:20260705T100000').start).toBe('2026-07-05T14:00:00.000Z');
    expect(at('DTSTART;TZID=W. Europe Standard Time:20260105T100000').start).toBe('2026-01-05T09:00:00.000Z');
    expect(at('DTSTART;TZID=Tokyo Standard Time:20260105T100000').start).toBe('2026-01-05T01:00:00.000Z');
    expect(at('DTSTART;TZID=india standard time:20260105T100000').start).toBe('2026-01-05T04:30:00.000Z');
  });

  it('lets the file’s VTIMEZONE block win over what the name means', () => {
    const block = ['BEGIN:VTIMEZONE', 'TZID:Eastern Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:-0300', 'TZOFFSETTO:-0300', 'END:STANDARD', 'END:VTIMEZONE'];
    expect(at('DTSTART;TZID=Eastern Standard Time:20260705T100000', block).start).toBe('2026-07-05T13:00:00.000Z');
  });

  it('does not let ical.js step through a block whose rule is not yearly; the name is used', () => {
    const block = NEW_YORK_BLOCK.map((line) => (line.startsWith('RRULE:') ? 'RRULE:FREQ=SECONDLY' : line.replace(/^DTSTART:1970/u, 'DTSTART:0001')));
    const started = performance.now();
    expect(at('DTSTART;TZID=America/New_York:20260705T100000', block).start).toBe('2026-07-05T14:00:00.000Z');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads Windows display names, with their daylight-saving rules', () => {
    expect(at('DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260705T100000').start).toBe('2026-07-05T14:00:00.000Z');
    expect(at('DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260105T100000').start).toBe('2026-01-05T15:00:00.000Z');
    expect(at('DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260705T100000').start).toBe('2026-07-05T08:00:00.000Z');
    expect(at('DTSTART;TZID="(GMT+10:00) Canberra, Melbourne, Sydney":20260105T100000').start).toBe('2026-01-04T23:00:00.000Z');
    expect(at('DTSTART;TZID="(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi":20260105T100000').start).toBe('2026-01-05T04:30:00.000Z');
    expect(at('DTSTART;TZID="(UTC) Dublin, Edinburgh, Lisbon, London":20260705T100000').start).toBe('2026-07-05T09:00:00.000Z');
  });

  it('falls back to the fixed offset of a display name it does not know', () => {
    // A German Windows writes "Rom" and "Wien": not in the table, so +01:00 all year.
    expect(at('DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260705T100000').start).toBe('2026-07-05T09:00:00.000Z');
    expect(at('DTSTART;TZID="(UTC-03:30) Somewhere Else":20260105T100000').start).toBe('2026-01-05T13:30:00.000Z');
    expect(at('DTSTART;TZID=UTC+11:20260105T100000').start).toBe('2026-01-04T23:00:00.000Z');
  });

  it('maps every display name in its table to a Windows zone windows-iana knows', () => {
    expect(WINDOWS_DISPLAY_NAME_IDS.length).toBeGreaterThanOrEqual(40);
    for (const windowsId of WINDOWS_DISPLAY_NAME_IDS) expect(findIana(windowsId), windowsId).not.toHaveLength(0);
    expect(zoneFromName('Not A Zone')).toBeNull();
  });

  it('rejects an unknown zone with no block, naming the line and the zone', () => {
    const error = failure(() => parse(calendar(event('UID:z', 'SUMMARY:Sync', 'DTSTART;TZID=Customized Time Zone:20260105T100000'))));
    expect(error.line).toBe(7);
    expect(error.message).toBe('Line 7: the time zone “Customized Time Zone” is not one this app knows, and the file does not describe it.');
  });

  it('reads floating times in the given zone, else in the machine’s own zone', () => {
    expect(at('DTSTART:20260105T100000').start).toBe('2026-01-05T16:00:00.000Z');
    const local = parseCalendar(calendar(event('DTSTART:20260105T100000')), { self: [] }).events[0]!;
    expect(local.start).toBe(new Date(2026, 0, 5, 10, 0, 0).toISOString());
  });

  it('reads all-day events, with or without an end', () => {
    expect(at('DTSTART;VALUE=DATE:20261201')).toMatchObject({ allDay: true, start: '2026-12-01', end: '2026-12-02' });
    expect(at('DTSTART;VALUE=DATE:20261231', [], 'DTEND;VALUE=DATE:20270102')).toMatchObject({ start: '2026-12-31', end: '2027-01-02' });
    expect(at('DTSTART:20260228')).toMatchObject({ allDay: true, start: '2026-02-28', end: '2026-03-01' });
    // Some exporters give a one-day event an end equal to its start.
    expect(at('DTSTART;VALUE=DATE:20260301', [], 'DTEND;VALUE=DATE:20260301')).toMatchObject({ start: '2026-03-01', end: '2026-03-02' });
  });

  it('takes the end from DURATION when there is no DTEND', () => {
    expect(at('DTSTART:20260105T100000Z', [], 'DURATION:PT1H30M')).toMatchObject({ start: '2026-01-05T10:00:00.000Z', end: '2026-01-05T11:30:00.000Z' });
    expect(at('DTSTART:20260105T100000Z', [], 'DURATION:PT3600S').end).toBe('2026-01-05T11:00:00.000Z');
    expect(at('DTSTART;VALUE=DATE:20260105', [], 'DURATION:P2D')).toMatchObject({ start: '2026-01-05', end: '2026-01-07' });
    expect(at('DTSTART;VALUE=DATE:20260105', [], 'DURATION:P1W')).toMatchObject({ end: '2026-01-12' });
    // A day is a calendar day: across the end of summer time in New York it is 25 hours.
    expect(at('DTSTART;TZID=America/New_York:20261031T100000', [], 'DURATION:P1D')).toMatchObject({ start: '2026-10-31T14:00:00.000Z', end: '2026-11-01T15:00:00.000Z' });
    expect(at('DTSTART:20260105T100000Z', [], 'DTEND:20260105T090000Z').end).toBe('2026-01-05T10:00:00.000Z');
    expect(at('DTSTART:20260105T100000Z').end).toBe('2026-01-05T10:00:00.000Z');
  });

  it('handles clocks going forward and back the same way with and without a VTIMEZONE block', () => {
    for (const header of [[], NEW_YORK_BLOCK]) {
      // 02:30 does not exist on 8 March 2026: read with the offset from before, it is 03:30 EDT.
      expect(at('DTSTART;TZID=America/New_York:20260308T023000', header).start).toBe('2026-03-08T07:30:00.000Z');
      // 01:30 happens twice on 1 November 2026: the first one, still EDT.
      expect(at('DTSTART;TZID=America/New_York:20261101T013000', header).start).toBe('2026-11-01T05:30:00.000Z');
      expect(at('DTSTART;TZID=America/New_York:20261101T030000', header).start).toBe('2026-11-01T08:00:00.000Z');
    }
  });

  it('rejects dates it cannot read, naming the line', () => {
    expect(failure(() => at('DTSTART:2026-13-45')).message).toBe('Line 6: the start time “2026-13-45” is not a real date.');
    expect(failure(() => at('DTSTART:next tuesday')).message).toMatch(/^Line 6: the start time “next tuesday” is not a date/u);
    expect(failure(() => at('DTSTART:20260105T100000Z', [], 'DTEND:soon')).line).toBe(7);
    expect(failure(() => at('DTSTART:20260105T100000Z', [], 'DURATION:1 hour')).message).toMatch(/^Line 7: the length of the event/u);
  });
});

describe('parseCalendar: status, recurrence, identity', () => {
  it('marks events cancelled by METHOD:CANCEL or STATUS:CANCELLED', () => {
    expect(only(calendar(event('UID:c', 'DTSTART:20260105T100000Z'), ['METHOD:CANCEL'])).cancelled).toBe(true);
    expect(only(calendar(event('UID:c', 'DTSTART:20260105T100000Z', 'STATUS:CANCELLED'), ['METHOD:REQUEST'])).cancelled).toBe(true);
    expect(only(calendar(event('UID:c', 'DTSTART:20260105T100000Z', 'STATUS:CONFIRMED'), ['METHOD:REQUEST'])).cancelled).toBe(false);
  });

  it('gives a recurring event as its first occurrence', () => {
    const weekly = only(calendar(event('UID:r', 'DTSTART:20260105T100000Z', 'DTEND:20260105T103000Z', 'RRULE:FREQ=WEEKLY;COUNT=10')));
    expect(weekly).toMatchObject({ recurring: true, start: '2026-01-05T10:00:00.000Z', end: '2026-01-05T10:30:00.000Z' });
    expect(only(calendar(event('UID:r', 'DTSTART:20260105T100000Z', 'RDATE:20260107T100000Z'))).recurring).toBe(true);
    expect(only(calendar(event('UID:r', 'DTSTART:20260105T100000Z'))).recurring).toBe(false);
  });

  it('leaves out changed occurrences of a series whose master is in the file, before or after it', () => {
    const override = event('UID:series', 'RECURRENCE-ID:20260112T100000Z', 'DTSTART:20260112T120000Z', 'SUMMARY:Moved');
    const master = event('UID:series', 'DTSTART:20260105T100000Z', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Weekly');
    for (const lines of [[...override, ...master], [...master, ...override]]) {
      expect(parse(calendar(lines)).events.map((found) => found.summary)).toEqual(['Weekly']);
    }
  });

  it('keeps a changed occurrence sent on its own', () => {
    const invite = only(calendar(event('UID:series', 'RECURRENCE-ID:20260112T100000Z', 'DTSTART:20260112T120000Z', 'SUMMARY:Moved')));
    expect(invite).toMatchObject({ uid: 'series', summary: 'Moved', start: '2026-01-12T12:00:00.000Z' });
  });

  it('trims and unescapes the summary, and gives an empty one when there is none', () => {
    expect(only(calendar(event('UID:s', 'DTSTART:20260105T100000Z', 'SUMMARY:  Coffee\\, then lunch\\; maybe  '))).summary).toBe('Coffee, then lunch; maybe');
    expect(only(calendar(event('UID:s', 'DTSTART:20260105T100000Z'))).summary).toBe('');
  });

  it('makes a stable UID from summary and start when the file has none', () => {
    const make = (start: string) => only(calendar(event(`DTSTART:${start}`, 'SUMMARY:Chat'))).uid;
    expect(make('20260105T100000Z')).toMatch(/^no-uid-[0-9a-f]{32}$/u);
    expect(make('20260105T100000Z')).toBe(make('20260105T100000Z'));
    expect(make('20260105T100000Z')).not.toBe(make('20260106T100000Z'));
  });

  it('reads several events in file order', () => {
    const { events } = parse(
      calendar([
        ...event('UID:a', 'DTSTART:20260105T100000Z', 'SUMMARY:First'),
        ...event('UID:b', 'DTSTART;VALUE=DATE:20260101', 'SUMMARY:Second'),
        'BEGIN:VTODO',
        'UID:todo',
        'END:VTODO',
        ...event('UID:c', 'DTSTART:20250105T100000Z', 'SUMMARY:Third'),
      ]),
    );
    expect(events.map(({ uid, summary, allDay }) => [uid, summary, allDay])).toEqual([
      ['a', 'First', false],
      ['b', 'Second', true],
      ['c', 'Third', false],
    ]);
  });

  it('skips an event without a start when others have one', () => {
    const { events } = parse(calendar([...event('UID:a', 'SUMMARY:No start'), ...event('UID:b', 'DTSTART:20260105T100000Z')]));
    expect(events.map((found) => found.uid)).toEqual(['b']);
  });
});

describe('parseCalendar: people', () => {
  const people = (...lines: string[]) => only(calendar(event('UID:p', 'DTSTART:20260105T100000Z', ...lines)));

  it('strips mailto: in any case and reads quoted names with commas', () => {
    const invite = people('ORGANIZER;CN="Fischer, Lena (HR)":MAILTO:lena@example.com', 'ATTENDEE;CN="Lee, Marcus";PARTSTAT=ACCEPTED:MailTo:marcus@example.com');
    expect(invite.organizer).toEqual({ name: 'Fischer, Lena (HR)', email: 'lena@example.com' });
    expect(invite.attendees).toEqual([{ name: 'Lee, Marcus', email: 'marcus@example.com' }]);
  });

  it('gives no name when there is no CN or the CN is the address', () => {
    const invite = people('ORGANIZER:mailto:boss@example.com', 'ATTENDEE;CN=jo@example.com:mailto:jo@example.com', 'ATTENDEE;CN="":mailto:kim@example.com');
    expect(invite.organizer).toEqual({ name: null, email: 'boss@example.com' });
    expect(invite.attendees).toEqual([
      { name: null, email: 'jo@example.com' },
      { name: null, email: 'kim@example.com' },
    ]);
  });

  it('leaves out rooms, resources, people who declined, the user, non-addresses and repeats', () => {
    const invite = people(
      'ATTENDEE;CN=Priya:mailto:priya@example.com',
      'ATTENDEE;CUTYPE=ROOM;CN=Orion:mailto:orion@rooms.example.com',
      'ATTENDEE;CUTYPE=RESOURCE;CN=Projector:mailto:projector@example.com',
      'ATTENDEE;PARTSTAT=DECLINED;CN=Jo:mailto:jo@example.com',
      'ATTENDEE;CN=Sam:mailto:Sam.Candidate@Example.org',
      'ATTENDEE;CN=Sam (work):mailto:sam@work.example',
      'ATTENDEE;CN=Nobody:urn:uuid:3c1e2f5e-0d4b-4f8e-9d55-2b6f0f1d8a77',
      'ATTENDEE;CN=Broken:mailto:not-an-address',
      'ATTENDEE;CN=Priya Again:mailto:PRIYA@example.com',
      'ATTENDEE;CN=Group;CUTYPE=INDIVIDUAL:mailto:marcus@example.com',
    );
    expect(invite.attendees).toEqual([
      { name: 'Priya', email: 'priya@example.com' },
      { name: 'Sam (work)', email: 'sam@work.example' },
      { name: 'Group', email: 'marcus@example.com' },
    ]);
    const withWork = only(calendar(event('UID:p', 'DTSTART:20260105T100000Z', 'ATTENDEE;CN=Sam (work):mailto:sam@work.example')), [SAM, ' SAM@work.example ']);
    expect(withWork.attendees).toEqual([]);
  });

  it('uses the EMAIL parameter when the value is not a mail address', () => {
    expect(people('ATTENDEE;CN=Ada;EMAIL=ada@example.com:urn:uuid:1234').attendees).toEqual([{ name: 'Ada', email: 'ada@example.com' }]);
  });

  it('does not add the organizer to the attendees unless listed as one', () => {
    expect(people('ORGANIZER;CN=Lena:mailto:lena@example.com', 'ATTENDEE;CN=Priya:mailto:priya@example.com').attendees.map((person) => person.email)).toEqual(['priya@example.com']);
    expect(people('ORGANIZER;CN=Lena:mailto:lena@example.com', 'ATTENDEE;CN=Lena:mailto:lena@example.com').attendees.map((person) => person.email)).toEqual(['lena@example.com']);
  });

  it('ignores attendees of an alarm', () => {
    const invite = people(
      'ATTENDEE;CN=Priya:mailto:priya@example.com',
      'BEGIN:VALARM',
      'ACTION:EMAIL',
      'TRIGGER:-PT15M',
      'SUMMARY:Reminder',
      'ATTENDEE;CN=Reminder Robot:mailto:robot@example.com',
      'END:VALARM',
    );
    expect(invite.attendees).toEqual([{ name: 'Priya', email: 'priya@example.com' }]);
  });
});

describe('parseCalendar: files it cannot read', () => {
  it('says a file is not a calendar invite', () => {
    expect(failure(() => parse(utf8(''))).message).toMatch(/empty/u);
    expect(failure(() => parse(utf8('\r\n  \r\n'))).message).toMatch(/empty/u);
    expect(failure(() => parse(utf8('BEGIN:VCARD\r\nFN:Jo\r\nEND:VCARD\r\n'))).message).toMatch(/^This file is not a calendar invite: it is a contacts file/u);
    expect(failure(() => parse(utf8('<html><body>Invite</body></html>'))).message).toMatch(/^This file is not a calendar invite/u);
    expect(failure(() => parse(utf8('name,email\nJo,jo@example.com\n'))).message).toMatch(/^This file is not a calendar invite/u);
    expect(failure(() => parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).line).toBeNull();
  });

  it('says when a calendar has no events', () => {
    expect(failure(() => parse(calendar([]))).message).toMatch(/no events/u);
    expect(failure(() => parse(calendar(['BEGIN:VTODO', 'UID:t', 'END:VTODO']))).message).toMatch(/no events.*only tasks/u);
    expect(failure(() => parse(calendar(event('UID:a', 'SUMMARY:Lunch')))).message).toBe('Line 4: the event “Lunch” has no start time (DTSTART).');
  });

  it('names the line of broken structure, counting folded lines', () => {
    const mismatch = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DESCRIPTION:a long', '  text', 'BEGIN:VALARM', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    expect(failure(() => parse(utf8(mismatch))).message).toBe('Line 6: END:VEVENT does not match BEGIN:VALARM on line 5; the file is damaged.');
    const cut = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:20260105T100000Z', 'SUMMARY:Cut'].join('\n');
    expect(failure(() => parse(utf8(cut))).message).toBe('Line 2: BEGIN:VEVENT is never closed; the file may have been cut short.');
    const noColon = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DESCRIPTION:first', ' second', 'this line lost its fold', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const error = failure(() => parse(utf8(noColon)));
    expect(error.line).toBe(5);
    expect(error.message).toBe('Line 5: this line is not valid calendar data: “this line lost its fold”.');
    expect(failure(() => parse(utf8('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTENDEE;CN="Open:mailto:a@example.com\r\n'))).line).toBe(3);
  });

  it('throws nothing but CalendarFileError for any cut of a real invite', () => {
    const bytes = readFileSync(path.join(FIXTURES, 'interview-outlook.ics'));
    for (let length = 0; length < bytes.length; length += 7) {
      try {
        parse(bytes.subarray(0, length));
      } catch (error) {
        expect(error, `cut at ${length}`).toBeInstanceOf(CalendarFileError);
      }
    }
  });
});

describe('parseCalendar: speed', () => {
  it('reads 500 Exchange events in well under 200 ms', () => {
    const block = readFileSync(path.join(FIXTURES, 'interview-outlook.ics'), 'utf8').match(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE/u)![0].split('\r\n');
    const lines: string[] = [...block, ...NEW_YORK_BLOCK];
    for (let index = 0; index < 500; index++) {
      const day = String(1 + (index % 28)).padStart(2, '0');
      const month = String(1 + (index % 12)).padStart(2, '0');
      const zone = index % 3 === 0 ? 'W. Europe Standard Time' : index % 3 === 1 ? 'America/New_York' : 'Pacific Standard Time';
      lines.push(
        ...event(
          `UID:event-${index}@example.com`,
          `SUMMARY:Interview number ${index} with a fairly long title that gets fol`,
          ` ded onto a second line`,
          `DTSTART;TZID=${zone}:2026${month}${day}T093000`,
          `DTEND;TZID=${zone}:2026${month}${day}T103000`,
          'ORGANIZER;CN="Recruiting, Northwind":MAILTO:recruiting@northwind.example',
          `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Person ${index}:mailto:person${index}@example.com`,
          'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Sam:mailto:sam.candidate@example.org',
          'ATTENDEE;CUTYPE=RESOURCE;CN=Room:mailto:room@example.com',
          'DESCRIPTION:Join: https://meet.example.com/abc\\nDial-in: +1 555 0100',
          'BEGIN:VALARM',
          'TRIGGER:-PT15M',
          'ACTION:DISPLAY',
          'END:VALARM',
        ),
      );
    }
    const bytes = calendar(lines);
    const started = performance.now();
    const { events } = parse(bytes);
    const elapsed = performance.now() - started;
    expect(events).toHaveLength(500);
    expect(events[0]!.start).toBe('2026-01-01T08:30:00.000Z');
    expect(events[1]!.start).toBe('2026-02-02T14:30:00.000Z');
    expect(events[2]!.start).toBe('2026-03-03T17:30:00.000Z');
    expect(elapsed).toBeLessThan(200);
  });
});

describe('parseCalendar: real-world samples', () => {
  const sample = (name: string) => parse(readFileSync(path.join(SAMPLES, name)));
  const files = readdirSync(SAMPLES).filter((name) => name.endsWith('.ics'));

  it('has the samples the README lists, each small', () => {
    const readme = readFileSync(path.join(SAMPLES, 'README.md'), 'utf8');
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const name of files) {
      expect(readme, name).toContain(`\`${name}\``);
      expect(readFileSync(path.join(SAMPLES, name)).length, name).toBeLessThan(20 * 1024);
    }
  });

  it.each(files)('reads %s or rejects it with a CalendarFileError', (name) => {
    try {
      const { events } = sample(name);
      expect(events.length).toBeGreaterThan(0);
      for (const found of events) {
        expect(found.start <= found.end, `${found.start} ≤ ${found.end}`).toBe(true);
        expect(found.allDay ? /^\d{4}-\d{2}-\d{2}$/u : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/u).toSatisfy((pattern: RegExp) => pattern.test(found.start) && pattern.test(found.end));
      }
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarFileError);
    }
  });

  it('Exchange, Windows zone name with no VTIMEZONE', () => {
    expect(only(readFileSync(path.join(SAMPLES, 'exchange-windows-zone-no-vtimezone.ics')))).toMatchObject({ summary: 'Uffe', start: '2024-04-26T12:00:00.000Z', end: '2024-04-26T13:00:00.000Z' });
  });

  it('Exchange, several Windows VTIMEZONE blocks and a recurring series', () => {
    const { events } = sample('exchange-custom-timezones.ics');
    expect(events[0]).toMatchObject({ summary: 'Zajęty', start: '2024-05-02T09:00:00.000Z', end: '2024-05-02T10:00:00.000Z', recurring: true });
  });

  it('Exchange, New Zealand zone (summer time from late September)', () => {
    const { events } = sample('exchange-new-zealand.ics');
    expect(events.map((found) => [found.start, found.recurring])).toEqual([
      ['2025-10-07T20:00:00.000Z', false],
      ['2025-10-10T21:00:00.000Z', false],
      ['2025-12-08T02:00:00.000Z', true],
    ]);
    expect(events[2]!.summary).toBe('Recurring event on Monday, Wednesday');
  });

  it('Exchange, "Customized Time Zone" without its block', () => {
    const error = failure(() => sample('exchange-customized-zone-missing.ics'));
    expect(error.message).toMatch(/^Line 38: the time zone “Customized Time Zone”/u);
    expect(failure(() => sample('exchange-tzone-custom-missing.ics')).message).toMatch(/^Line 6: the time zone “tzone:\/\/Microsoft\/Custom”/u);
  });

  it('Exchange, a TZID quoting its own value is reported on its line', () => {
    expect(failure(() => sample('exchange-many-windows-zones.ics')).line).toBe(152);
  });

  it('Exchange, display-name TZID whose VTIMEZONE escapes its commas', () => {
    expect(only(readFileSync(path.join(SAMPLES, 'exchange-display-name-vtimezone.ics')))).toMatchObject({ start: '2019-04-30T02:00:00.000Z', end: '2019-04-30T05:00:00.000Z' });
  });

  it('Exchange, an all-day series with a moved occurrence', () => {
    expect(only(readFileSync(path.join(SAMPLES, 'exchange-all-day-moved-occurrence.ics')))).toMatchObject({ allDay: true, start: '2026-02-19', end: '2026-02-20', recurring: true });
  });

  it('Outlook Web Access, display names and no UIDs', () => {
    const { events } = sample('owa-display-names-no-uid.ics');
    expect(events.map((found) => [found.summary, found.start, found.end])).toEqual([
      ['TEST Syd', '2020-10-28T02:30:00.000Z', '2020-10-28T04:00:00.000Z'],
      ['TEST', '2020-10-28T17:30:00.000Z', '2020-10-28T19:00:00.000Z'],
      ['TEST 3', '2020-11-02T18:30:00.000Z', '2020-11-02T20:00:00.000Z'],
      ['TEST2', '2020-11-02T18:30:00.000Z', '2020-11-02T20:00:00.000Z'],
    ]);
    expect(new Set(events.map((found) => found.uid)).size).toBe(4);
  });

  it('Outlook, "(US and Canada)" display name and an end in another zone', () => {
    expect(only(readFileSync(path.join(SAMPLES, 'windows-display-name-us-and-canada.ics')))).toMatchObject({ start: '2015-07-06T16:00:00.000Z', end: '2015-07-06T20:00:00.000Z', recurring: true });
  });

  it('Outlook, a city list as the TZID and a TZID with a leading space', () => {
    expect(only(readFileSync(path.join(SAMPLES, 'outlook-city-list-tzid.ics'))).start).toBe('2024-04-15T17:00:00.000Z');
    expect(sample('outlook-tzid-with-space.ics').events.map((found) => found.start)).toEqual(['2023-12-15T14:00:00.000Z', '2024-01-08T10:00:00.000Z']);
  });

  it('Outlook 2007, tab folds, a room resource and CNs that are addresses', () => {
    const invite = only(readFileSync(path.join(SAMPLES, 'outlook2007-tab-folds.ics')));
    expect(invite).toMatchObject({ allDay: true, start: '2009-06-21', end: '2009-06-22' });
    expect(invite.organizer).toEqual({ name: 'Event Organizer', email: 'some.attendee@somewhere.com' });
    expect(invite.attendees).toEqual([
      { name: null, email: 'some.attendee@event.com' },
      { name: null, email: 'event@calendardemo.net' },
    ]);
  });

  it('Apple Calendar, statuses and EMAIL parameters', () => {
    const { events } = sample('apple-status-email-param.ics');
    expect(events.map((found) => [found.summary, found.cancelled, found.start])).toEqual([
      ['Tentative', false, '2022-07-04T23:00:00.000Z'],
      ['Confirmed', false, '2022-07-05T16:00:00.000Z'],
      ['Cancelled', true, '2022-07-06T20:00:00.000Z'],
      ['No Status', false, '2022-07-07T16:00:00.000Z'],
    ]);
    expect(events[0]!.attendees).toEqual([{ name: null, email: 'tentative@example.com' }]);
  });

  it('STATUS values', () => {
    expect(sample('event-status.ics').events.map((found) => found.cancelled)).toEqual([false, false, true, false]);
  });

  it('Google, a changed occurrence listed before its series', () => {
    expect(only(readFileSync(path.join(SAMPLES, 'google-override-before-master.ics')))).toMatchObject({ summary: 'Initial Title', start: '2026-02-01T15:00:00.000Z', recurring: true });
  });

  it('Google, DURATION instead of DTEND', () => {
    expect(only(readFileSync(path.join(SAMPLES, 'google-duration-one-day.ics')))).toMatchObject({ start: '2012-06-30T13:00:00.000Z', end: '2012-07-01T13:00:00.000Z' });
    expect(only(readFileSync(path.join(SAMPLES, 'google-duration-seconds.ics')))).toMatchObject({ summary: 'Zähne putzen', start: '2006-12-11T06:00:00.000Z', end: '2006-12-11T07:00:00.000Z' });
  });

  it('Thunderbird, an all-day event with a Mozilla TZID', () => {
    expect(only(readFileSync(path.join(SAMPLES, 'thunderbird-mozilla-tzid-all-day.ics')))).toMatchObject({ summary: 'Neujahr', allDay: true, start: '2008-01-01', end: '2008-01-02' });
  });

  it('a floating time next to a block it does not use', () => {
    expect(only(readFileSync(path.join(SAMPLES, 'floating-with-unused-vtimezone.ics'))).start).toBe('2025-06-10T19:00:00.000Z');
  });

  it('vendor-prefixed TZIDs with no blocks', () => {
    expect(sample('vendor-prefixed-tzids.ics').events.map((found) => found.start)).toEqual(['2020-04-26T12:00:00.000Z', '2020-04-26T18:00:00.000Z', '2020-04-26T17:00:00.000Z']);
  });

  it('blocks for made-up, odd or very old zones', () => {
    expect(only(readFileSync(path.join(SAMPLES, 'made-up-zone-from-file.ics'))).start).toBe('2023-03-06T21:23:00.000Z');
    expect(only(readFileSync(path.join(SAMPLES, 'display-name-non-ascii-vtimezone.ics'))).start).toBe('2017-05-11T16:30:00.000Z');
    expect(only(readFileSync(path.join(SAMPLES, 'emclient-vtimezone-year-0001.ics'))).start).toBe('2024-06-01T08:00:00.000Z');
    expect(only(readFileSync(path.join(SAMPLES, 'utc-plus-11-tzid.ics'))).start).toBe('2017-02-28T12:00:00.000Z');
  });

  it('people with MEMBER and DELEGATED-FROM parameters, and an organizer with a quoted address', () => {
    const invite = only(readFileSync(path.join(SAMPLES, 'rfc-attendee-member.ics')));
    expect(invite).toMatchObject({ allDay: true, start: '2007-06-28', end: '2007-07-09' });
    expect(invite.organizer).toEqual({ name: 'John Smith', email: 'jsmith@example.com' });
    expect(invite.attendees.map((person) => person.email)).toEqual(['joecool@example.com', 'ildoit@example.com']);
    expect(only(readFileSync(path.join(SAMPLES, 'organizer-quoted-mailto.ics'))).organizer).toEqual({ name: null, email: 'stomlinson@mozilla.com' });
  });

  it('files that are not whole calendars or lack a start', () => {
    expect(failure(() => sample('bare-vevent-not-calendar.ics')).message).toMatch(/does not start with BEGIN:VCALENDAR/u);
    expect(failure(() => sample('event-without-start.ics')).message).toBe('Line 2: the event “Meeting” has no start time (DTSTART).');
  });
});
