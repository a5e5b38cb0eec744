import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { OccasionDetail } from '../../../shared';
import { parseCalendar } from '../imports';
import { icsFileName, occasionToICalendar } from './ics-export';

type Participant = OccasionDetail['participants'][number];

function participant(overrides: Partial<Participant> = {}): Participant {
  return {
    personId: 1,
    fullName: 'Priya Raman',
    company: 'Acme',
    email: 'priya@example.com',
    role: 'interviewer',
    archived: false,
    thankYou: null,
    points: [],
    promisedFollowUps: [],
    ...overrides,
  };
}

function occasion(overrides: Partial<OccasionDetail> = {}): OccasionDetail {
  return {
    id: 42,
    kind: 'interview',
    interviewFormat: 'video',
    title: 'Video interview with Priya Raman at Acme',
    startsAt: '2026-12-01T19:00:00.000Z',
    endsAt: '2026-12-01T20:00:00.000Z',
    location: 'Zoom',
    opportunityId: null,
    opportunityLabel: null,
    discussionPoints: ['System design of the billing service', 'Team on-call rotation'],
    promisedFollowUps: [{ text: 'Send the portfolio', url: 'https://example.com/portfolio' }],
    notes: 'She mentioned a second round.\nAsk about the start date.',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    revision: 1,
    participants: [participant(), participant({ personId: 2, fullName: 'Tom Li', email: null, role: 'hiring manager' })],
    formerParticipants: [],
    ...overrides,
  };
}

const now = new Date('2026-12-05T08:31:52.123Z');
const bytes = (text: string) => new TextEncoder().encode(text);

function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/gu, '').split('\r\n');
}

function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(() => decoder.decode(Buffer.from(line, 'utf8'))).not.toThrow();
  }
  expect(text).not.toContain('\uFFFD');
}

/** The event as ical.js reads it. */
function icalEvent(text: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]);
}

describe('occasionToICalendar', () => {
  it('writes one published event in UTC', () => {
    expect(unfold(occasionToICalendar(occasion(), { now }))).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Thankful//Thankful//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:thankful-occasion-42@thankful.invalid',
      'DTSTAMP:20261205T083152Z',
      'DTSTART:20261201T190000Z',
      'DTEND:20261201T200000Z',
      'SUMMARY:Video interview with Priya Raman at Acme',
      'LOCATION:Zoom',
      'DESCRIPTION:With:\\n- Priya Raman (interviewer) <priya@example.com>\\n- Tom Li (hiring manager)\\n\\n' +
        'Discussed:\\n- System design of the billing service\\n- Team on-call rotation\\n\\n' +
        'Promised follow-ups:\\n- Send the portfolio: https://example.com/portfolio\\n\\n' +
        'Notes:\\nShe mentioned a second round.\\nAsk about the start date.',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('is read back by our importer: uid, summary, start and end; no attendees, no organizer', () => {
    const text = occasionToICalendar(occasion(), { now });
    expectWellFormed(text);
    expect(parseCalendar(bytes(text), { self: [] }).events).toEqual([
      {
        uid: 'thankful-occasion-42@thankful.invalid',
        summary: 'Video interview with Priya Raman at Acme',
        allDay: false,
        start: '2026-12-01T19:00:00.000Z',
        end: '2026-12-01T20:00:00.000Z',
        cancelled: false,
        recurring: false,
        organizer: null,
        attendees: [],
      },
    ]);
  });

  it('is read by ical.js with the same values', () => {
    const event = icalEvent(occasionToICalendar(occasion(), { now }));
    expect(event.uid).toBe('thankful-occasion-42@thankful.invalid');
    expect(event.summary).toBe('Video interview with Priya Raman at Acme');
    expect(event.location).toBe('Zoom');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T19:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-01T20:00:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.description).toBe(
      [
        'With:',
        '- Priya Raman (interviewer) <priya@example.com>',
        '- Tom Li (hiring manager)',
        '',
        'Discussed:',
        '- System design of the billing service',
        '- Team on-call rotation',
        '',
        'Promised follow-ups:',
        '- Send the portfolio: https://example.com/portfolio',
        '',
        'Notes:',
        'She mentioned a second round.',
        'Ask about the start date.',
      ].join('\n'),
    );
    expect(event.attendees).toEqual([]);
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-05T08:31:52Z');
  });

  it('keeps the UID of the invite the occasion came from, as it was read', () => {
    const uid = '040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5@outlook.example, odd;chars';
    const text = occasionToICalendar(occasion(), { now, uid });
    expect(parseCalendar(bytes(text), { self: [] }).events[0]!.uid).toBe(uid);
    expect(occasionToICalendar(occasion(), { now, uid: '  ' })).toContain('UID:thankful-occasion-42@thankful.invalid\r\n');
    expect(occasionToICalendar(occasion(), { now, uid: null })).toContain('UID:thankful-occasion-42@thankful.invalid\r\n');
  });

  it('takes another product id', () => {
    expect(occasionToICalendar(occasion(), { now, productId: '-//Thankful//Thankful 0.1.0//EN' })).toContain('PRODID:-//Thankful//Thankful 0.1.0//EN\r\n');
  });

  it('writes the user as ORGANIZER when given, the name quoted when it must be', () => {
    const organizer = (name: string | null) => {
      const text = occasionToICalendar(occasion(), { now, organizer: { name, email: 'me@example.com' } });
      expectWellFormed(text);
      return { line: unfold(text).find((line) => line.startsWith('ORGANIZER')), read: parseCalendar(bytes(text), { self: [] }).events[0]!.organizer, ical: icalEvent(text) };
    };
    expect(organizer('Sam Doe').line).toBe('ORGANIZER;CN=Sam Doe:mailto:me@example.com');
    expect(organizer(null).line).toBe('ORGANIZER:mailto:me@example.com');
    expect(organizer('  ').line).toBe('ORGANIZER:mailto:me@example.com');
    for (const [name, written, read] of [
      ['Doe, Sam', 'CN="Doe, Sam"', 'Doe, Sam'],
      ['Sam; Doe', 'CN="Sam; Doe"', 'Sam; Doe'],
      ['Dr: Sam', 'CN="Dr: Sam"', 'Dr: Sam'],
      ['Sam "The Man" Doe', "CN=Sam 'The Man' Doe", "Sam 'The Man' Doe"],
      ['Doe, Sam "Sammy"', `CN="Doe, Sam 'Sammy'"`, "Doe, Sam 'Sammy'"],
    ] as const) {
      const result = organizer(name);
      expect(result.line).toBe(`ORGANIZER;${written}:mailto:me@example.com`);
      expect(result.read).toEqual({ name: read, email: 'me@example.com' });
      expect(result.ical.organizer).toBe('mailto:me@example.com');
      expect(result.ical.component.getFirstProperty('organizer')!.getParameter('cn')).toBe(read);
    }
    const long = organizer('محمد بن عبد الرحمن بن عبد العزيز آل سعود, 王小明; 😀'.repeat(2));
    expect(long.read?.name).toBe('محمد بن عبد الرحمن بن عبد العزيز آل سعود, 王小明; 😀'.repeat(2));
  });

  it('leaves out what is empty, and DTEND when the occasion ends as it starts', () => {
    const bare = occasion({
      title: '',
      kind: 'referral',
      interviewFormat: null,
      location: '',
      discussionPoints: [],
      promisedFollowUps: [],
      notes: '',
      participants: [participant({ fullName: 'Ana Lima', email: null, role: '' })],
      endsAt: '2026-12-01T19:00:00.000Z',
    });
    const text = occasionToICalendar(bare, { now });
    const lines = unfold(text);
    expect(lines).toContain('SUMMARY:Referral by Ana Lima');
    expect(lines).toContain('DESCRIPTION:With:\\n- Ana Lima');
    expect(lines.some((line) => /^(?:DTEND|LOCATION|ORGANIZER|ATTENDEE)[:;]/u.test(line))).toBe(false);
    expect(parseCalendar(bytes(text), { self: [] }).events[0]).toMatchObject({ start: '2026-12-01T19:00:00.000Z', end: '2026-12-01T19:00:00.000Z' });

    const nobody = occasionToICalendar(occasion({ ...bare, participants: [] }), { now });
    expect(unfold(nobody).some((line) => line.startsWith('DESCRIPTION'))).toBe(false);
  });

  it('writes a follow-up that is only a link, or only text', () => {
    const text = occasionToICalendar(occasion({ promisedFollowUps: [{ text: '', url: 'https://example.com/a' }, { text: 'Intro to Sam', url: '' }] }), { now });
    expect(icalEvent(text).description).toContain('Promised follow-ups:\n- https://example.com/a\n- Intro to Sam\n');
  });

  it('escapes text and folds long values without splitting a character', () => {
    const notes = 'Q&A? #1 at 50% + snacks, then; a \\ path "quoted"\nline two\r\nline three\n\n' + '😀🎉 王小明 מרדכי محمد '.repeat(10);
    const title = 'Panel: "Ops, SRE; Infra" \\ 王小明 & محمد بن سلمان & אברהם '.repeat(3).trim();
    const location = 'Room 4; Building B, 5th floor — 東京都千代田区 ' + '😀'.repeat(30);
    const text = occasionToICalendar(occasion({ title, location, notes }), { now });
    expectWellFormed(text);
    expect(text.split('\r\n').length).toBeGreaterThan(25);
    expect(parseCalendar(bytes(text), { self: [] }).events[0]!.summary).toBe(title);
    const event = icalEvent(text);
    expect(event.summary).toBe(title);
    expect(event.location).toBe(location.trim());
    expect(event.description.endsWith(`Notes:\n${notes.replace(/\r\n/gu, '\n').trim()}`)).toBe(true);
  });

  it('refuses an occasion whose start cannot be read', () => {
    expect(() => occasionToICalendar(occasion({ startsAt: 'soon' }), { now })).toThrow(RangeError);
    expect(() => occasionToICalendar(occasion(), { now: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('icsFileName', () => {
  it('names the file after the title and the local start date', () => {
    const start = new Date(2026, 11, 1, 14, 0).toISOString();
    expect(icsFileName(occasion({ startsAt: start }))).toBe('Video interview with Priya Raman at Acme 2026-12-01.ics');
    expect(icsFileName(occasion({ startsAt: start, title: '', kind: 'mentoring', interviewFormat: null }))).toBe(
      'Mentoring session with Priya Raman and Tom Li 2026-12-01.ics',
    );
  });

  it('replaces characters Windows and macOS do not allow, and keeps the date when the title is long', () => {
    const start = new Date(2026, 11, 1, 14, 0).toISOString();
    expect(icsFileName(occasion({ startsAt: start, title: 'A/B\\C:D*E?F"G<H>I|J' }))).toBe('A B C D E F G H I J 2026-12-01.ics');
    expect(icsFileName(occasion({ startsAt: start, title: '😀'.repeat(100) }))).toBe(`${'😀'.repeat(68)} 2026-12-01.ics`);
    expect(icsFileName(occasion({ startsAt: start, title: 'CON' }))).toBe('CON 2026-12-01.ics');
    expect(icsFileName(occasion({ startsAt: 'soon', title: 'Aux' }))).toBe('_Aux.ics');
  });
});
