import { afterEach, describe, expect, it } from 'vitest';
import { plainText as plain, ReminderHarness } from './reminder-harness';

let harness: ReminderHarness;
afterEach(() => harness?.close());

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function start(now: string, zone = 'UTC', quietHours: { start: string; end: string } | null = null) {
  harness = new ReminderHarness(now, zone);
  harness.setReminders({ quietHours, morningSummary: false });
  return harness;
}

describe('reminder moments (real SQLite file, controllable clock and time zone)', () => {
  it('says "due soon" 4 hours before, then "overdue" at the due time, each once', async () => {
    start('2026-06-01T12:00:00Z');
    const id = await harness.thankYou('Priya Raman', '2026-06-01T20:00:00Z');
    harness.advanceTo('2026-06-01T15:59:00Z');
    expect(harness.claim()).toEqual([]);
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-01T16:00:00.000Z');

    harness.advanceTo('2026-06-01T16:00:00Z');
    const dueSoonKey = `due-soon:${id}:${at('2026-06-01T20:00:00Z')}`;
    expect(plain(harness.claim())).toEqual([
      {
        tag: dueSoonKey,
        reason: 'due-soon',
        title: 'Thank Priya Raman within 4 hours',
        body: 'Interview · Northwind — due 8:00 PM',
        opens: { kind: 'thank-you', thankYouId: id },
        keys: [dueSoonKey],
      },
    ]);
    expect(harness.claim()).toEqual([]);
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-01T20:00:00.000Z');

    harness.advanceTo('2026-06-01T20:00:00Z');
    expect(plain(harness.claim())).toMatchObject([
      { reason: 'overdue', title: 'Your thank-you to Priya Raman is overdue', body: 'Interview · Northwind — was due 8:00 PM', opens: { kind: 'thank-you', thankYouId: id } },
    ]);
    expect(harness.claim()).toEqual([]);
    expect(harness.service.nextReminderAt()).toBeNull();
  });

  it('takes the lead time of the occasion kind from Settings', async () => {
    start('2026-06-01T08:00:00Z');
    harness.setReminders({ leadHours: { ...harness.settings.get().reminders.leadHours, referral: 10 } });
    await harness.thankYou('Referrer', '2026-06-01T22:00:00Z', 'referral');
    await harness.thankYou('Interviewer', '2026-06-01T22:00:00Z', 'interview');
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-01T12:00:00.000Z');
    harness.advanceTo('2026-06-01T12:00:00Z');
    expect(plain(harness.claim())).toMatchObject([{ title: 'Thank Referrer within 10 hours', body: 'Referral or introduction · Northwind — due 10:00 PM' }]);
    harness.advanceTo('2026-06-01T18:00:00Z');
    expect(plain(harness.claim())).toMatchObject([{ title: 'Thank Interviewer within 4 hours' }]);
  });

  it('after a wake past the due time, says only "overdue" (not also "due soon")', async () => {
    start('2026-06-01T12:00:00Z');
    const id = await harness.thankYou('Priya Raman', '2026-06-01T18:00:00Z');
    harness.backend.clock.set('2026-06-01T19:30:00Z');
    expect(harness.claimedKeys()).toEqual([`overdue:${id}:${at('2026-06-01T18:00:00Z')}`]);
  });

  it('after a long absence, folds what is more than a day overdue into the morning summary', async () => {
    start('2026-06-01T12:00:00Z');
    harness.setReminders({ quietHours: { start: '21:00', end: '08:00' }, morningSummary: true });
    await harness.thankYou('Week-old', '2026-06-01T18:00:00Z');
    await harness.thankYou('Also old', '2026-06-02T18:00:00Z');
    const recent = await harness.thankYou('Recent', '2026-06-08T02:00:00Z');
    harness.backend.clock.set('2026-06-08T09:00:00Z');
    expect(plain(harness.claim())).toMatchObject([
      { reason: 'overdue', keys: [`overdue:${recent}:${at('2026-06-08T02:00:00Z')}`] },
      { reason: 'morning-summary', tag: 'summary:2026-06-08', title: 'You owe 3 thank-yous (3 overdue)', body: 'Week-old, Also old and Recent', opens: { kind: 'dashboard' } },
    ]);
  });

  it('reminds of a follow-up when it is due, and of one not done only', async () => {
    start('2026-06-01T12:00:00Z');
    const id = await harness.thankYou('Priya Raman', '2026-06-01T20:00:00Z');
    await harness.backend.call('thanks.markSent', { id, sentAt: '2026-06-01T12:00:00Z', channel: 'email', followUp: { text: 'Call to touch base', dueAt: '2026-06-05T15:00:00Z' } });
    const other = await harness.thankYou('Done already', '2026-06-01T20:00:00Z');
    await harness.backend.call('thanks.markSent', { id: other, sentAt: '2026-06-01T12:00:00Z', channel: 'email', followUp: { text: 'Send the deck', dueAt: '2026-06-05T15:00:00Z' } });
    await harness.backend.call('thanks.completeFollowUp', { id: other, done: true });
    expect(harness.claim()).toEqual([]);
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-05T15:00:00.000Z');
    harness.advanceTo('2026-06-05T15:00:00Z');
    expect(plain(harness.claim())).toEqual([
      {
        tag: `follow-up:${id}:${at('2026-06-05T15:00:00Z')}`,
        reason: 'follow-up',
        title: 'Time to follow up with Priya Raman',
        body: 'Call to touch base · Northwind',
        opens: { kind: 'thank-you', thankYouId: id },
        keys: [`follow-up:${id}:${at('2026-06-05T15:00:00Z')}`],
      },
    ]);
    expect(harness.claim()).toEqual([]);
  });

  it('gives a morning summary once a day when something is owed, at the end of quiet hours', async () => {
    start('2026-06-01T12:00:00Z', 'UTC', { start: '21:00', end: '08:00' });
    harness.setReminders({ morningSummary: true });
    expect(iso(harness.service.nextReminderAt())).toBeNull();
    await harness.thankYou('Priya Raman', '2026-06-05T12:00:00Z');
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-02T08:00:00.000Z');
    harness.advanceTo('2026-06-02T07:59:00Z');
    expect(harness.claim()).toEqual([]);
    harness.advanceTo('2026-06-02T08:00:00Z');
    expect(plain(harness.claim())).toMatchObject([{ reason: 'morning-summary', tag: 'summary:2026-06-02', title: 'You owe 1 thank-you', body: 'Priya Raman' }]);
    harness.advanceTo('2026-06-02T15:00:00Z');
    expect(harness.claim()).toEqual([]);
    harness.advanceTo('2026-06-03T08:00:00Z');
    expect(harness.claimedKeys()).toEqual(['summary:2026-06-03']);
  });

  it('holds what falls in quiet hours until they end, never dropping it', async () => {
    start('2026-06-01T12:00:00Z', 'UTC', { start: '21:00', end: '08:00' });
    const soon = await harness.thankYou('Due at nine', '2026-06-02T09:00:00Z'); // due soon at 05:00
    const overdue = await harness.thankYou('Due at three', '2026-06-02T03:00:00Z'); // due soon at 23:00
    harness.advanceTo('2026-06-01T23:00:00Z');
    expect(harness.claim()).toEqual([]);
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-02T08:00:00.000Z');
    harness.advanceTo('2026-06-02T08:00:00Z');
    expect(plain(harness.claim())).toMatchObject([
      { reason: 'due-soon', title: 'Thank Due at nine within 1 hour', opens: { thankYouId: soon } },
      // By 08:00 the note due at 03:00 is overdue: that is what is said.
      { reason: 'overdue', title: 'Your thank-you to Due at three is overdue', opens: { thankYouId: overdue } },
    ]);
  });

  it('across daylight-saving changes: quiet hours end and the summary comes at 08:00 local', async () => {
    start('2026-03-07T18:00:00Z', 'America/New_York', { start: '21:00', end: '08:00' });
    harness.setReminders({ morningSummary: true });
    await harness.thankYou('Priya Raman', '2026-03-08T09:00:00Z'); // due 05:00 EDT; due soon at 00:00 EDT... in quiet hours
    expect(iso(harness.service.nextReminderAt())).toBe('2026-03-08T12:00:00.000Z');
    harness.advanceTo('2026-03-08T11:59:00Z');
    expect(harness.claim()).toEqual([]);
    harness.advanceTo('2026-03-08T12:00:00Z');
    expect(harness.claim().map((n) => n.tag)).toEqual([expect.stringMatching(/^overdue:/u), 'summary:2026-03-08']);
    // Fall back, New York: 08:00 EST is 13:00Z. (Today's summary, still owed, comes first.)
    harness.backend.clock.set('2026-10-31T18:00:00Z');
    expect(harness.claimedKeys()).toEqual(['summary:2026-10-31']);
    expect(iso(harness.service.nextReminderAt())).toBe('2026-11-01T13:00:00.000Z');
    harness.advanceTo('2026-11-01T13:00:00Z');
    expect(harness.claimedKeys()).toEqual(['summary:2026-11-01']);
    // Spring forward, Berlin: 08:00 CEST is 06:00Z.
    harness.zone = 'Europe/Berlin';
    harness.backend.clock.set('2026-03-28T06:30:00Z');
    expect(iso(harness.service.nextReminderAt())).toBe('2026-03-28T07:00:00.000Z'); // 08:00 CET
    harness.advanceTo('2026-03-28T07:00:00Z');
    expect(harness.claimedKeys()).toEqual(['summary:2026-03-28']);
    expect(iso(harness.service.nextReminderAt())).toBe('2026-03-29T06:00:00.000Z');
  });

  it('works the same instants out again in a new time zone', async () => {
    start('2026-06-01T12:00:00Z', 'UTC', { start: '21:00', end: '08:00' });
    await harness.thankYou('Priya Raman', '2026-06-02T10:00:00Z'); // due soon at 06:00Z
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-02T08:00:00.000Z');
    harness.zone = 'America/Los_Angeles'; // 06:00Z is 23:00 and 10:00Z is 03:00: quiet until 08:00 PDT
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-02T15:00:00.000Z');
    harness.zone = 'Asia/Tokyo'; // 06:00Z is 15:00
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-02T06:00:00.000Z');
    harness.advanceTo('2026-06-02T06:00:00Z');
    expect(plain(harness.claim())).toMatchObject([{ body: 'Interview · Northwind — due 7:00 PM' }]);
  });

  it('groups moments that fall together: one notification per reason, names as typed', async () => {
    start('2026-06-01T12:00:00Z');
    const names = ['Zoë 🎉 Ångström', 'يوسف الحسيني', 'דנה כהן', 'Chris O’Neil'];
    const ids = [];
    for (const name of names) ids.push(await harness.thankYou(name, '2026-06-01T14:00:00Z'));
    const late = await harness.thankYou('Late one', '2026-06-01T11:00:00Z');
    const late2 = await harness.thankYou('Later one', '2026-06-01T11:30:00Z');
    const notifications = plain(harness.claim());
    expect(notifications).toEqual([
      {
        tag: `due-soon:${ids[0]}:${at('2026-06-01T14:00:00Z')}`,
        reason: 'due-soon',
        title: '4 thank-yous are due soon',
        body: 'Zoë 🎉 Ångström, يوسف الحسيني, דנה כהן and 1 more — the first due 2:00 PM',
        opens: { kind: 'dashboard' },
        keys: ids.map((id) => `due-soon:${id}:${at('2026-06-01T14:00:00Z')}`),
      },
      {
        tag: `overdue:${late}:${at('2026-06-01T11:00:00Z')}`,
        reason: 'overdue',
        title: '2 thank-yous are overdue',
        body: 'Late one and Later one',
        opens: { kind: 'dashboard' },
        keys: [`overdue:${late}:${at('2026-06-01T11:00:00Z')}`, `overdue:${late2}:${at('2026-06-01T11:30:00Z')}`],
      },
    ]);
  });

  it('leaves out thank-yous sent, skipped or for archived people, and warns again when re-dated', async () => {
    start('2026-06-01T12:00:00Z');
    const sent = await harness.thankYou('Sent one', '2026-06-01T15:00:00Z');
    const skipped = await harness.thankYou('Skipped one', '2026-06-01T15:00:00Z');
    const archived = await harness.thankYou('Archived one', '2026-06-01T15:00:00Z');
    const moved = await harness.thankYou('Moved one', '2026-06-01T15:00:00Z');
    await harness.backend.call('thanks.markSent', { id: sent, sentAt: '2026-06-01T12:00:00Z', channel: 'email' });
    await harness.backend.call('thanks.skip', { id: skipped, reason: 'Never met' });
    const archivedPerson = (await harness.backend.call('thanks.get', { id: archived })).personId;
    await harness.backend.call('people.archive', { id: archivedPerson });
    expect(harness.claimedKeys()).toEqual([`due-soon:${moved}:${at('2026-06-01T15:00:00Z')}`]);
    await harness.backend.call('thanks.setDue', { id: moved, dueAt: '2026-06-01T18:00:00Z' });
    expect(harness.claim()).toEqual([]);
    harness.advanceTo('2026-06-01T14:00:00Z');
    expect(harness.claimedKeys()).toEqual([`due-soon:${moved}:${at('2026-06-01T18:00:00Z')}`]);
  });

  it('a thank-you snoozed in the app comes back when the snooze ends, even after its overdue notice', async () => {
    start('2026-06-01T12:00:00Z');
    const id = await harness.thankYou('Priya Raman', '2026-06-01T11:00:00Z');
    expect(harness.claimedKeys()).toEqual([`overdue:${id}:${at('2026-06-01T11:00:00Z')}`]);
    await harness.backend.call('thanks.snooze', { id, until: '2026-06-01T15:00:00Z' });
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-01T15:00:00.000Z');
    harness.advanceTo('2026-06-01T14:59:00Z');
    expect(harness.claim()).toEqual([]);
    harness.advanceTo('2026-06-01T15:00:00Z');
    expect(harness.claimedKeys()).toEqual([`overdue:${id}:${at('2026-06-01T11:00:00Z')}:${at('2026-06-01T15:00:00Z')}`]);
  });
});
