import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ThankYouDetail } from '../../../shared';
import { parseCalendar } from '../imports';
import { calendarFile } from './ics-export';
import { followUpEvent, thankYouDueEvent, thankYouEventUid, thankYouIcsFileName, upcomingIcsFileName } from './thank-you-ics';

function thankYou(overrides: Partial<ThankYouDetail> = {}): ThankYouDetail {
  return {
    id: 7,
    occasionId: 42,
    personId: 3,
    status: 'drafted',
    dueAt: '2026-12-02T20:00:00.000Z',
    dueOverridden: false,
    snoozedUntil: null,
    skipReason: null,
    channel: null,
    sentAt: null,
    followUp: null,
    handedOffAt: null,
    handoffMethod: null,
    subject: '',
    body: '',
    recipient: 'priya@example.com',
    draftSavedAt: null,
    draftRevision: 1,
    person: { id: 3, fullName: 'Priya Raman', addressAs: 'Priya', emails: ['priya@example.com'], company: 'Acme', title: 'Engineering Manager' },
    occasion: {
      id: 42,
      kind: 'interview',
      interviewFormat: 'video',
      title: 'Video interview with Priya Raman at Northwind',
      startsAt: '2026-12-01T19:00:00.000Z',
      endsAt: '2026-12-01T20:00:00.000Z',
      location: 'Zoom',
      discussionPoints: ['Scaling the billing service', 'Team on-call rotation'],
      promisedFollowUps: [{ text: 'Send the portfolio', url: 'https://example.com/portfolio' }],
    },
    opportunity: { id: 5, company: 'Northwind', role: 'Staff Engineer', link: '' },
    participantNotes: { points: ['She asked about Kafka', 'Scaling the billing service'], promisedFollowUps: [] },
    ...overrides,
  };
}

const now = new Date('2026-12-01T21:31:52.123Z');
const bytes = (text: string) => new TextEncoder().encode(text);
const unfold = (text: string) => text.replace(/\r\n[ \t]/gu, '').split('\r\n');
const sent = { status: 'sent' as const, sentAt: '2026-12-01T22:00:00.000Z', followUp: { text: 'call about next steps', dueAt: '2026-12-08T09:00:00.000Z', doneAt: null } };

function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  for (const line of text.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'utf8'))).not.toThrow();
  expect(text).not.toContain('\uFFFD');
}

/** The events as ical.js reads them. */
function icalEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
  expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

/** The alarm's trigger in seconds from the event's start, and what it says. */
function alarmOf(event: ICAL.Event): { seconds: number; action: unknown; description: unknown } {
  const alarms = event.component.getAllSubcomponents('valarm');
  expect(alarms).toHaveLength(1);
  const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration;
  return { seconds: trigger.toSeconds(), action: alarms[0]!.getFirstPropertyValue('action'), description: alarms[0]!.getFirstPropertyValue('description') };
}

describe('thankYouDueEvent', () => {
  it('writes the half hour before the due time, with an alarm the reminder lead before it is due', () => {
    const text = calendarFile([thankYouDueEvent(thankYou(), { now, leadHours: 4 })]);
    expectWellFormed(text);
    const lines = unfold(text);
    expect(lines.slice(0, 16)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Thankful//Thankful//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:thankful-thank-you-7-due@thankful.invalid',
      'DTSTAMP:20261201T213152Z',
      `SEQUENCE:${Math.floor((now.getTime() - Date.UTC(2020, 0, 1)) / 1000)}`,
      'DTSTART:20261202T193000Z',
      'DTEND:20261202T200000Z',
      'SUMMARY:Thank Priya Raman (Interview · Northwind)',
      'DESCRIPTION:Your thank-you to Priya Raman for “Video interview with Priya Raman at Northwind” is due when this event ends.\\n\\n' +
        'Send it to: priya@example.com\\n\\n' +
        'Bring up what you discussed:\\n- She asked about Kafka\\n- Scaling the billing service\\n- Team on-call rotation\\n\\n' +
        'Send what you promised:\\n- Send the portfolio: https://example.com/portfolio\\n\\n' +
        'From Thankful: write the note and mark it sent there.',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Thank-you to Priya Raman due in 4 hours',
    ]);
    expect(lines.slice(16)).toEqual(['TRIGGER:-PT3H30M', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR', '']);

    const [event] = icalEvents(text);
    expect(event!.uid).toBe('thankful-thank-you-7-due@thankful.invalid');
    expect(event!.summary).toBe('Thank Priya Raman (Interview · Northwind)');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-02T19:30:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-12-02T20:00:00.000Z');
    // Four hours before the due time, which is half an hour after the start.
    expect(alarmOf(event!)).toEqual({ seconds: -(4 * 3600 - 30 * 60), action: 'DISPLAY', description: 'Thank-you to Priya Raman due in 4 hours' });

    expect(parseCalendar(bytes(text), { self: [] }).events).toEqual([
      expect.objectContaining({ uid: 'thankful-thank-you-7-due@thankful.invalid', summary: 'Thank Priya Raman (Interview · Northwind)', start: '2026-12-02T19:30:00.000Z', end: '2026-12-02T20:00:00.000Z' }),
    ]);
  });

  it('alarms half an hour before the start for a one-hour lead, and names the organizer when given', () => {
    const text = calendarFile([thankYouDueEvent(thankYou(), { now, leadHours: 1, organizer: { name: 'Sam Doe', email: 'me@example.com' } })]);
    const [event] = icalEvents(text);
    expect(alarmOf(event!)).toMatchObject({ seconds: -30 * 60, description: 'Thank-you to Priya Raman due in 1 hour' });
    expect(unfold(text)).toContain('TRIGGER:-PT30M');
    expect(unfold(text)).toContain('ORGANIZER;CN=Sam Doe:mailto:me@example.com');
    expect(unfold(calendarFile([thankYouDueEvent(thankYou(), { now, leadHours: 72 })]))).toContain('TRIGGER:-PT71H30M');
  });

  it('keeps the same UID whenever it is written, with a later SEQUENCE, so importing again updates the event', () => {
    const first = thankYouDueEvent(thankYou(), { now, leadHours: 4 });
    const later = thankYouDueEvent(thankYou({ dueAt: '2026-12-03T08:00:00.000Z' }), { now: new Date(now.getTime() + 90_000), leadHours: 4 });
    expect(later.find((line) => line.startsWith('UID:'))).toBe(first.find((line) => line.startsWith('UID:')));
    const sequence = (lines: string[]) => Number(lines.find((line) => line.startsWith('SEQUENCE:'))!.slice(9));
    expect(sequence(later)).toBe(sequence(first) + 90);
    expect(thankYouEventUid(7, 'follow-up')).toBe('thankful-thank-you-7-follow-up@thankful.invalid');
  });

  it('uses the person’s company without an opportunity, and leaves out what is empty', () => {
    const bare = thankYou({
      opportunity: null,
      recipient: null,
      person: { ...thankYou().person, emails: [], company: '' },
      occasion: { ...thankYou().occasion, kind: 'referral', title: '', discussionPoints: [], promisedFollowUps: [] },
      participantNotes: null,
    });
    const [event] = icalEvents(calendarFile([thankYouDueEvent(bare, { now, leadHours: 4 })]));
    expect(event!.summary).toBe('Thank Priya Raman (Referral or introduction)');
    expect(event!.description).toBe('Your thank-you to Priya Raman for “Referral or introduction” is due when this event ends.\n\nFrom Thankful: write the note and mark it sent there.');
    const withCompany = icalEvents(calendarFile([thankYouDueEvent(thankYou({ opportunity: null }), { now, leadHours: 4 })]))[0]!;
    expect(withCompany.summary).toBe('Thank Priya Raman (Interview · Acme)');
  });

  it('escapes , ; and \\ and folds emoji and right-to-left names without splitting a character', () => {
    const fullName = 'يوسف الحسيني, Jr.; 😀 \\ דנה';
    const person = { ...thankYou().person, fullName };
    const points = ['Q&A; 50%, then "quoted" \\ path', '🎉'.repeat(40), 'שלום עולם '.repeat(8).trim()];
    const text = calendarFile([thankYouDueEvent(thankYou({ person, occasion: { ...thankYou().occasion, discussionPoints: points }, opportunity: { id: 5, company: 'A, B; C', role: '', link: '' } }), { now, leadHours: 4 })]);
    expectWellFormed(text);
    expect(unfold(text)).toContain('SUMMARY:Thank يوسف الحسيني\\, Jr.\\; 😀 \\\\ דנה (Interview · A\\, B\\; C)');
    const [event] = icalEvents(text);
    expect(event!.summary).toBe(`Thank ${fullName} (Interview · A, B; C)`);
    for (const point of points) expect(event!.description).toContain(`- ${point}\n`);
    expect(alarmOf(event!).description).toBe(`Thank-you to ${fullName} due in 4 hours`);
    expect(parseCalendar(bytes(text), { self: [] }).events[0]!.summary).toBe(`Thank ${fullName} (Interview · A, B; C)`);
  });

  it('refuses a due time that cannot be read', () => {
    expect(() => thankYouDueEvent(thankYou({ dueAt: 'soon' }), { now, leadHours: 4 })).toThrow(RangeError);
    expect(() => thankYouDueEvent(thankYou(), { now: new Date(Number.NaN), leadHours: 4 })).toThrow(RangeError);
  });
});

describe('followUpEvent', () => {
  it('writes a quarter hour at the follow-up time with an alarm a quarter hour before, and how to reach the person', () => {
    const text = calendarFile([followUpEvent(thankYou(sent), { now, phone: '+1 555 0100' })]);
    expectWellFormed(text);
    const [event] = icalEvents(text);
    expect(event!.uid).toBe('thankful-thank-you-7-follow-up@thankful.invalid');
    expect(event!.summary).toBe('Follow up with Priya Raman: call about next steps');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-08T09:00:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-12-08T09:15:00.000Z');
    expect(event!.description).toBe(
      'You planned this follow-up when you thanked Priya Raman for “Video interview with Priya Raman at Northwind”.\n\n' +
        'Phone: +1 555 0100\nEmail: priya@example.com\n\nFrom Thankful: mark the follow-up done there once it is.',
    );
    expect(alarmOf(event!)).toEqual({ seconds: -15 * 60, action: 'DISPLAY', description: 'In 15 minutes: follow up with Priya Raman: call about next steps' });
    expect(unfold(text)).toContain('TRIGGER:-PT15M');
    expect(parseCalendar(bytes(text), { self: [] }).events[0]).toMatchObject({ start: '2026-12-08T09:00:00.000Z', end: '2026-12-08T09:15:00.000Z' });
  });

  it('refuses a thank-you without a follow-up', () => {
    expect(() => followUpEvent(thankYou(), { now })).toThrow(RangeError);
  });
});

describe('one file with many events', () => {
  it('holds each event once, each with its own alarm', () => {
    const text = calendarFile([thankYouDueEvent(thankYou(), { now, leadHours: 4 }), followUpEvent(thankYou({ ...sent, id: 8 }), { now })]);
    expectWellFormed(text);
    const events = icalEvents(text);
    expect(events.map((event) => event.uid)).toEqual(['thankful-thank-you-7-due@thankful.invalid', 'thankful-thank-you-8-follow-up@thankful.invalid']);
    expect(events.map((event) => alarmOf(event).seconds)).toEqual([-12_600, -900]);
    expect(parseCalendar(bytes(text), { self: [] }).events).toHaveLength(2);
  });
});

describe('file names', () => {
  it('names the person and the local date', () => {
    const due = new Date(2026, 11, 2, 21, 0).toISOString();
    const follow = new Date(2026, 11, 8, 9, 0).toISOString();
    expect(thankYouIcsFileName(thankYou({ dueAt: due }), 'due')).toBe('Thank Priya Raman 2026-12-02.ics');
    expect(thankYouIcsFileName(thankYou({ ...sent, followUp: { ...sent.followUp, dueAt: follow } }), 'follow-up')).toBe('Follow up with Priya Raman 2026-12-08.ics');
    expect(thankYouIcsFileName(thankYou({ person: { ...thankYou().person, fullName: 'A/B: "C"' }, dueAt: due }), 'due')).toBe('Thank A B C 2026-12-02.ics');
    expect(upcomingIcsFileName(new Date(2026, 11, 5, 10))).toBe('Thankful upcoming 2026-12-05.ics');
  });
});
