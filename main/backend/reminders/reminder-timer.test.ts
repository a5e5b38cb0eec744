import { afterEach, describe, expect, it } from 'vitest';
import { EventHub } from '../events';
import { ReminderHarness, FakeTimers } from './reminder-harness';
import { MAX_WAIT_MS, startReminderTimer, type ReminderSource } from './reminder-timer';

let harness: ReminderHarness | undefined;
afterEach(() => harness?.close());

const at = (iso: string) => Date.parse(iso);

function start(now: string, quietHours: { start: string; end: string } | null = null) {
  harness = new ReminderHarness(now);
  harness.setReminders({ quietHours, morningSummary: false });
  return harness;
}

describe('the reminder timer (one timeout, worked out from the database)', () => {
  it('waits for the next reminder time, at most 15 minutes at a time, and announces it once', async () => {
    const h = start('2026-06-01T12:00:00Z');
    h.startTimer();
    await h.thankYou('Priya Raman', '2026-06-01T20:00:00Z');
    h.advanceTo('2026-06-01T12:00:00Z'); // the recheck after the change
    expect(h.timers.count).toBe(1);
    expect(h.timers.nextAt).toBe(at('2026-06-01T12:00:00Z') + MAX_WAIT_MS);

    h.advanceTo('2026-06-01T15:59:59Z');
    expect(h.announced).toBe(0);
    expect(h.timers.nextAt).toBe(at('2026-06-01T16:00:00Z'));
    h.advanceTo('2026-06-01T16:00:00Z');
    expect(h.announced).toBe(1);

    // Nobody claims (no window, no permission): no second announcement of the same reminder.
    h.advanceTo('2026-06-01T17:00:00Z');
    expect(h.announced).toBe(1);
    // The shell claims; the claim's own change only works the next time out.
    expect(h.claim()).toHaveLength(1);
    h.events.publish({ topic: 'reminders.changed' });
    h.advanceTo('2026-06-01T19:59:00Z');
    expect(h.announced).toBe(1);
    h.advanceTo('2026-06-01T20:00:00Z');
    expect(h.announced).toBe(2);
    expect(h.claim().map((n) => n.reason)).toEqual(['overdue']);
    h.events.publish({ topic: 'reminders.changed' });
    h.advanceTo('2026-06-01T20:00:00Z');
    expect(h.timers.count).toBe(0); // nothing planned: no timer at all
  });

  it('announces at once when a change makes something due now (a re-dated thank-you)', async () => {
    const h = start('2026-06-01T12:00:00Z');
    h.startTimer();
    const id = await h.thankYou('Priya Raman', '2026-06-03T12:00:00Z');
    h.advanceTo('2026-06-01T12:00:00Z');
    expect(h.announced).toBe(0);
    await h.backend.call('thanks.setDue', { id, dueAt: '2026-06-01T14:00:00Z' });
    h.events.publish({ topic: 'thanks.changed' });
    h.advanceTo('2026-06-01T12:00:00Z');
    expect(h.announced).toBe(1);
  });

  it('does not work the plan out again for a backup (nothing it reads changed)', async () => {
    const h = start('2026-06-01T12:00:00Z');
    h.startTimer();
    await h.thankYou('Priya Raman', '2026-06-01T20:00:00Z');
    h.advanceTo('2026-06-01T12:00:00Z');
    const planned = h.timers.nextAt;
    h.events.publish({ topic: 'backups.changed' });
    expect(h.timers.nextAt).toBe(planned);
    h.events.publish({ topic: 'people.changed' });
    expect(h.timers.nextAt).toBe(at('2026-06-01T12:00:00Z'));
  });

  it('in quiet hours, announces at their end, not before', async () => {
    const h = start('2026-06-01T20:00:00Z', { start: '21:00', end: '08:00' });
    h.startTimer();
    await h.thankYou('Priya Raman', '2026-06-02T03:00:00Z');
    h.advanceTo('2026-06-02T07:59:00Z');
    expect(h.announced).toBe(0);
    h.advanceTo('2026-06-02T08:00:00Z');
    expect(h.announced).toBe(1);
    expect(h.claim().map((n) => n.reason)).toEqual(['overdue']);
  });

  it('after a sleep nobody reported, notices within the bound; a recheck (wake) notices at once', async () => {
    const h = start('2026-06-01T12:00:00Z');
    h.startTimer();
    await h.thankYou('Priya Raman', '2026-06-01T18:00:00Z');
    h.advanceTo('2026-06-01T12:00:00Z');
    // The machine sleeps: the clock jumps past the due time and no timer ran meanwhile.
    h.backend.clock.set('2026-06-01T19:00:00Z');
    h.reminders().recheck();
    expect(h.announced).toBe(1);
    expect(h.claim().map((n) => n.reason)).toEqual(['overdue']);
    // A recheck announces again what is still unclaimed (a listener may have missed it asleep).
    const other = await h.thankYou('Tom Ng', '2026-06-01T18:30:00Z');
    h.reminders().recheck();
    h.reminders().recheck();
    expect(h.announced).toBe(3);
    expect(h.claimedKeys()).toEqual([`overdue:${other}:${at('2026-06-01T18:30:00Z')}`]);
  });

  it('plans nothing with reminders off, and picks up again when they are switched on', async () => {
    const h = start('2026-06-01T12:00:00Z');
    h.startTimer();
    h.setReminders({ enabled: false });
    await h.thankYou('Priya Raman', '2026-06-01T14:00:00Z');
    h.advanceTo('2026-06-01T12:00:00Z');
    expect(h.timers.count).toBe(0);
    expect(h.announced).toBe(0);
    h.setReminders({ enabled: true });
    h.advanceTo('2026-06-01T12:00:00Z');
    expect(h.announced).toBe(1);
  });

  it('stops for good when disposed', async () => {
    const h = start('2026-06-01T12:00:00Z');
    const reminders = h.startTimer();
    await h.thankYou('Priya Raman', '2026-06-01T14:00:00Z');
    reminders.dispose();
    h.events.publish({ topic: 'thanks.changed' });
    h.advanceTo('2026-06-02T12:00:00Z');
    expect(h.announced).toBe(0);
    expect(h.timers.count).toBe(0);
  });
});

describe('the timer on its own', () => {
  it('never waits zero when the next time is now, and survives a failing source', () => {
    let now = 1_000_000;
    const timers = new FakeTimers(() => now);
    const events = new EventHub();
    let heard = 0;
    events.subscribe((event) => {
      if (event.topic === 'reminders.due') heard++;
    });
    let fail = false;
    const source: ReminderSource = {
      plan: () => {
        if (fail) throw new Error('disk gone');
        return { claimable: ['overdue:1:1'], nextReminderAt: now, upcomingAt: null };
      },
    };
    const errors: unknown[] = [];
    const timer = startReminderTimer({ source, events, now: () => new Date(now), timers, logError: (error) => errors.push(error) });
    timers.runUntil(now, (time) => (now = time));
    expect(heard).toBe(1);
    expect(timers.count).toBe(0);
    fail = true;
    timer.recheck();
    expect(errors).toHaveLength(1);
    expect(timers.nextAt).toBe(now + MAX_WAIT_MS);
    timer.dispose();
  });
});
