import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../test-support/backend';
import { parseCalendar } from '../imports';

// A thank-you's due time and follow-up as calendar events, through the real backend and a real
// SQLite file; each file is read back with our own importer and with ical.js (for the alarms).

let backend: TestBackend;
afterEach(() => backend?.close());

const NOW = '2026-12-05T12:00:00.000Z';
const HOUR = 3_600_000;
const bytes = (text: string) => new TextEncoder().encode(text);
const at = (ms: number) => new Date(ms).toISOString();
const now = Date.parse(NOW);

function icalEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
  return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

function alarmSeconds(event: ICAL.Event): number {
  return (event.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds();
}

/** An interview that ended at `endsAt` with one new person: its thank-you falls due 24 hours later. */
async function interview(fullName: string, endsAt: number, extra: { phone?: string } = {}) {
  const person = await backend.call('people.create', { fullName, ...(extra.phone && { phone: extra.phone }) });
  const occasion = await backend.call('occasions.create', {
    kind: 'interview',
    title: `Interview with ${fullName}`,
    startsAt: at(endsAt - HOUR),
    endsAt: at(endsAt),
    participants: [{ personId: person.id }],
  });
  const participant = occasion.participants[0]!;
  return { id: participant.thankYou!.id, personId: participant.personId, dueAt: participant.thankYou!.dueAt };
}

async function refusal(input: { id: number; what: 'due' | 'follow-up' }) {
  const result = await backend.dispatch('exports.thankYouICalendar', input);
  return result.ok ? null : { code: result.error.code, message: result.error.message };
}

describe('a thank-you in the calendar (real backend, real SQLite file)', () => {
  it('writes the due time as the half hour before it, with an alarm the reminder lead for its kind before it is due', async () => {
    backend = startTestBackend(NOW);
    await backend.call('settings.update', { reminders: { leadHours: { interview: 6 } } });
    const opportunity = await backend.call('opportunities.create', { company: 'Northwind', role: 'Staff Engineer' });
    const occasion = await backend.call('occasions.create', {
      kind: 'interview',
      title: 'Panel at Northwind',
      startsAt: at(now - 2 * HOUR),
      endsAt: at(now - HOUR),
      opportunityId: opportunity.id,
      discussionPoints: ['Scaling the billing service; 10×, at peak'],
      participants: [{ newPerson: { fullName: 'Priya Raman', email: 'priya@example.com' } }],
    });
    const id = occasion.participants[0]!.thankYou!.id;

    const file = await backend.call('exports.thankYouICalendar', { id, what: 'due' });
    expect(file).toMatchObject({ type: 'text/calendar', count: 1 });
    expect(file.fileName).toMatch(/^Thank Priya Raman \d{4}-\d{2}-\d{2}\.ics$/u);
    const due = now - HOUR + 24 * HOUR;
    expect(parseCalendar(bytes(file.content), { self: [] }).events).toEqual([
      expect.objectContaining({ uid: `thankful-thank-you-${id}-due@thankful.invalid`, summary: 'Thank Priya Raman (Interview · Northwind)', start: at(due - HOUR / 2), end: at(due) }),
    ]);
    const [event] = icalEvents(file.content);
    expect(alarmSeconds(event!)).toBe(-(6 * 3600 - 1800));
    expect(event!.description).toContain('Send it to: priya@example.com');
    expect(event!.description).toContain('- Scaling the billing service; 10×, at peak');
    expect(event!.description).toContain('From Thankful');

    // The due time moved: the same UID, a later SEQUENCE, so the calendar updates the event.
    backend.clock.advance(60_000);
    await backend.call('thanks.setDue', { id, dueAt: at(due + 2 * HOUR) });
    const again = icalEvents((await backend.call('exports.thankYouICalendar', { id, what: 'due' })).content)[0]!;
    expect(again.uid).toBe(event!.uid);
    expect(again.sequence).toBe(event!.sequence + 60);
    expect(again.endDate.toJSDate().toISOString()).toBe(at(due + 2 * HOUR));
  });

  it('says why there is nothing to add for a note sent, skipped or overdue; NOT_FOUND for one that does not exist', async () => {
    backend = startTestBackend(NOW);
    const sent = await interview('Ana Lima', now - HOUR);
    await backend.call('thanks.markSent', { id: sent.id, sentAt: NOW, channel: 'email' });
    expect(await refusal({ id: sent.id, what: 'due' })).toEqual({ code: 'VALIDATION', message: 'This thank-you was already sent; there is nothing to remind you of.' });
    const skipped = await interview('Tom Ng', now - HOUR);
    await backend.call('thanks.skip', { id: skipped.id, reason: 'We never met' });
    expect(await refusal({ id: skipped.id, what: 'due' })).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/skipped; there is nothing to remind you of/u) });
    const overdue = await interview('Lee Park', now - 30 * HOUR);
    expect(await refusal({ id: overdue.id, what: 'due' })).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/already overdue/u) });
    expect(await refusal({ id: 999, what: 'due' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal({ id: 999, what: 'follow-up' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('writes the follow-up at its time with an alarm and the person’s phone; says so when there is none or it is done', async () => {
    backend = startTestBackend(NOW);
    const ty = await interview('Priya Raman', now - HOUR, { phone: '+1 555 0100' });
    expect(await refusal({ id: ty.id, what: 'follow-up' })).toEqual({ code: 'VALIDATION', message: 'This thank-you has no follow-up planned. Plan one first, then add it to your calendar.' });
    const followAt = now + 3 * 24 * HOUR;
    await backend.call('thanks.markSent', { id: ty.id, sentAt: NOW, channel: 'email', followUp: { text: 'call about next steps', dueAt: at(followAt) } });

    const file = await backend.call('exports.thankYouICalendar', { id: ty.id, what: 'follow-up' });
    expect(file.fileName).toMatch(/^Follow up with Priya Raman \d{4}-\d{2}-\d{2}\.ics$/u);
    expect(parseCalendar(bytes(file.content), { self: [] }).events).toEqual([
      expect.objectContaining({ uid: `thankful-thank-you-${ty.id}-follow-up@thankful.invalid`, summary: 'Follow up with Priya Raman: call about next steps', start: at(followAt), end: at(followAt + HOUR / 4) }),
    ]);
    const [event] = icalEvents(file.content);
    expect(alarmSeconds(event!)).toBe(-15 * 60);
    expect(event!.description).toContain('Phone: +1 555 0100');

    await backend.call('thanks.completeFollowUp', { id: ty.id, done: true });
    expect(await refusal({ id: ty.id, what: 'follow-up' })).toEqual({ code: 'VALIDATION', message: 'This follow-up is already done; there is nothing to remind you of.' });
  });
});

describe('everything upcoming in one calendar file', () => {
  it('holds the thank-yous owed from now on and the open follow-ups from today on; not the overdue, snoozed past due, archived or done', async () => {
    backend = startTestBackend(NOW);
    const startOfToday = new Date(now);
    startOfToday.setHours(0, 0, 0, 0);
    const today = startOfToday.getTime();

    const later = await interview('Due Later', now + HOUR); // due tomorrow
    await interview('Overdue One', now - 30 * HOUR);
    const snoozedPast = await interview('Snoozed Past Due', now + 2 * HOUR);
    await backend.call('thanks.snooze', { id: snoozedPast.id, until: at(Date.parse(snoozedPast.dueAt) + HOUR) });
    const snoozedBrief = await interview('Snoozed Briefly', now + 3 * HOUR);
    await backend.call('thanks.snooze', { id: snoozedBrief.id, until: at(now + HOUR) });
    const archived = await interview('Archived Person', now + 4 * HOUR);
    await backend.call('people.archive', { id: archived.personId });

    const sentAt = at(today - 3 * 24 * HOUR);
    const follow = async (name: string, dueAt: number) => {
      const ty = await interview(name, today - 4 * 24 * HOUR);
      await backend.call('thanks.markSent', { id: ty.id, sentAt, channel: 'email', followUp: { text: `call ${name}`, dueAt: at(dueAt) } });
      return ty;
    };
    const thisMorning = await follow('Follow Today', today + 60_000);
    const nextWeek = await follow('Follow Next Week', now + 7 * 24 * HOUR);
    await follow('Follow Yesterday', today - 60_000);
    const done = await follow('Follow Done', now + 24 * HOUR);
    await backend.call('thanks.completeFollowUp', { id: done.id, done: true });

    const file = await backend.call('exports.upcomingICalendar', {});
    expect(file).toMatchObject({ type: 'text/calendar', count: 4 });
    expect(file.fileName).toMatch(/^Thankful upcoming \d{4}-\d{2}-\d{2}\.ics$/u);
    const events = parseCalendar(bytes(file.content), { self: [] }).events;
    // Each with the same UID the single export gives it, soonest first.
    expect(events.map((e) => e.uid).sort()).toEqual(
      [
        `thankful-thank-you-${thisMorning.id}-follow-up@thankful.invalid`,
        `thankful-thank-you-${later.id}-due@thankful.invalid`,
        `thankful-thank-you-${snoozedBrief.id}-due@thankful.invalid`,
        `thankful-thank-you-${nextWeek.id}-follow-up@thankful.invalid`,
      ].sort(),
    );
    expect(events.map((e) => Date.parse(e.start))).toEqual([...events.map((e) => Date.parse(e.start))].sort((x, y) => x - y));
    const summaries = events.map((e) => e.summary).join(' | ');
    for (const left of ['Overdue One', 'Snoozed Past Due', 'Archived Person', 'Follow Yesterday', 'Follow Done']) expect(summaries).not.toContain(left);
    for (const kept of ['Due Later', 'Snoozed Briefly', 'Follow Today', 'Follow Next Week']) expect(summaries).toContain(kept);
    expect(icalEvents(file.content).every((event) => event.component.getAllSubcomponents('valarm').length === 1)).toBe(true);
  });

  it('says so when there is nothing upcoming', async () => {
    backend = startTestBackend(NOW);
    await interview('Overdue One', now - 30 * HOUR);
    const result = await backend.dispatch('exports.upcomingICalendar', {});
    expect(result.ok ? null : result.error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/^There is nothing upcoming to add/u) });
  });
});
