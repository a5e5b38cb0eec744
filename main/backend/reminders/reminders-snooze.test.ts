import { afterEach, describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../shared';
import { plainText as plain, ReminderHarness } from './reminder-harness';

let harness: ReminderHarness;
afterEach(() => harness?.close());

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function start(now: string, zone = 'UTC', quietHours: { start: string; end: string } | null = null) {
  harness = new ReminderHarness(now, zone);
  harness.setReminders({ quietHours, morningSummary: false });
  return harness;
}

describe('snooze, pause and the master switch', () => {
  it('brings a snoozed notification back after the minutes asked, once, unless it was sent meanwhile', async () => {
    start('2026-06-01T12:00:00Z');
    const id = await harness.thankYou('Priya Raman', '2026-06-01T11:00:00Z');
    const other = await harness.thankYou('Tom Ng', '2026-06-01T11:30:00Z');
    const [first] = harness.claim();
    expect(first!.keys).toHaveLength(2);
    expect(harness.service.snooze(first!.keys, 15)).toEqual({ remindAt: at('2026-06-01T12:15:00Z') });
    expect(iso(harness.service.nextReminderAt())).toBe('2026-06-01T12:15:00.000Z');
    harness.advanceTo('2026-06-01T12:05:00Z');
    await harness.backend.call('thanks.markSent', { id: other, sentAt: '2026-06-01T12:05:00Z', channel: 'email' });
    harness.advanceTo('2026-06-01T12:14:00Z');
    expect(harness.claim()).toEqual([]);
    harness.advanceTo('2026-06-01T12:15:00Z');
    expect(plain(harness.claim())).toMatchObject([{ tag: `overdue:${id}:${at('2026-06-01T11:00:00Z')}`, title: 'Your thank-you to Priya Raman is overdue' }]);
    expect(harness.claim()).toEqual([]);
    expect(() => harness.service.snooze(['due-soon:999:1'], 15)).toThrow(AppErrorException);
  });

  it('a snooze into quiet hours answers when it will really come', async () => {
    start('2026-06-01T20:30:00Z', 'UTC', { start: '21:00', end: '08:00' });
    await harness.thankYou('Priya Raman', '2026-06-01T20:00:00Z');
    const keys = harness.claimedKeys();
    expect(iso(harness.service.snooze(keys, 60).remindAt)).toBe('2026-06-02T08:00:00.000Z');
    harness.advanceTo('2026-06-02T08:00:00Z');
    expect(harness.claimedKeys()).toEqual(keys);
  });

  it('with reminders off, nothing is claimed or planned; switched on, what is current comes', async () => {
    start('2026-06-01T12:00:00Z');
    harness.setReminders({ enabled: false });
    await harness.thankYou('Priya Raman', '2026-06-01T13:00:00Z');
    expect(harness.claim()).toEqual([]);
    expect(harness.service.nextReminderAt()).toBeNull();
    expect(harness.service.status()).toMatchObject({ enabled: false, owed: 1, overdue: 0, nextDueAt: at('2026-06-01T13:00:00Z'), nextReminderAt: null });
    harness.advanceTo('2026-06-01T14:00:00Z');
    harness.setReminders({ enabled: true });
    expect(harness.claim().map((n) => n.reason)).toEqual(['overdue']);
  });

  it('a pause holds reminders until it ends', async () => {
    start('2026-06-01T12:00:00Z');
    harness.setReminders({ pausedUntil: at('2026-06-01T14:00:00Z') });
    await harness.thankYou('Priya Raman', '2026-06-01T17:00:00Z'); // due soon at 13:00
    expect(harness.service.status()).toMatchObject({ pausedUntil: at('2026-06-01T14:00:00Z'), nextReminderAt: at('2026-06-01T14:00:00Z') });
    harness.advanceTo('2026-06-01T13:30:00Z');
    expect(harness.claim()).toEqual([]);
    harness.advanceTo('2026-06-01T14:00:00Z');
    expect(plain(harness.claim())).toMatchObject([{ title: 'Thank Priya Raman within 3 hours' }]);
    expect(harness.service.status().pausedUntil).toBeNull();
  });
});

describe('reminders.status', () => {
  it('counts what the dashboard counts and says when the next one comes', async () => {
    start('2026-06-01T12:00:00Z');
    await harness.thankYou('Overdue', '2026-06-01T10:00:00Z');
    await harness.thankYou('Later', '2026-06-02T12:00:00Z');
    const snoozed = await harness.thankYou('Snoozed', '2026-06-01T11:00:00Z');
    await harness.backend.call('thanks.snooze', { id: snoozed, until: '2026-06-01T18:00:00Z' });
    expect(harness.service.status()).toEqual({
      owed: 2,
      overdue: 1,
      nextDueAt: at('2026-06-02T12:00:00Z'),
      nextReminderAt: at('2026-06-01T12:00:00Z'), // the overdue one waits to be claimed
      enabled: true,
      pausedUntil: null,
    });
    harness.claim();
    expect(harness.service.status().nextReminderAt).toBe(at('2026-06-01T18:00:00Z'));
    expect(harness.service.status().nextReminderAt).toBe(at('2026-06-01T12:00:00Z') + 6 * HOUR);
  });
});
