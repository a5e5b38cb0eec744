import { describe, expect, it } from 'vitest';
import { calendarRefusal, calendarWindow } from './calendar-reminders';

const now = new Date('2026-12-05T12:00:00.000Z');
const owed = { status: 'drafted' as const, dueAt: '2026-12-06T12:00:00.000Z', followUp: null };
const startOfToday = calendarWindow(now).followUpsFrom;
const followUp = (dueAt: number, doneAt: string | null = null) => ({ ...owed, status: 'sent' as const, followUp: { dueAt: new Date(dueAt).toISOString(), doneAt } });

describe('calendarRefusal', () => {
  it('offers a due time still ahead, snoozed or not', () => {
    expect(calendarRefusal(owed, 'due', now)).toBeNull();
    expect(calendarRefusal({ ...owed, status: 'snoozed' }, 'due', now)).toBeNull();
    expect(calendarRefusal({ ...owed, dueAt: now.toISOString() }, 'due', now)).toBeNull();
  });

  it('refuses a note sent, skipped or overdue, in words', () => {
    expect(calendarRefusal({ ...owed, status: 'sent' }, 'due', now)).toBe('This thank-you was already sent; there is nothing to remind you of.');
    expect(calendarRefusal({ ...owed, status: 'skipped' }, 'due', now)).toMatch(/skipped/u);
    expect(calendarRefusal({ ...owed, dueAt: '2026-12-05T11:59:00.000Z' }, 'due', now)).toMatch(/already overdue/u);
  });

  it('offers a follow-up from the start of today on, and refuses one missing, done or on a day past', () => {
    const window = calendarWindow(now);
    expect(window.dueFrom).toBe(now.getTime());
    expect(new Date(startOfToday).getHours()).toBe(0);
    expect(startOfToday).toBeLessThanOrEqual(now.getTime());
    expect(now.getTime() - startOfToday).toBeLessThan(24 * 3_600_000 + 3_600_000);
    expect(calendarRefusal(followUp(startOfToday), 'follow-up', now)).toBeNull();
    expect(calendarRefusal(followUp(startOfToday - 1), 'follow-up', now)).toMatch(/day already past/u);
    expect(calendarRefusal(followUp(now.getTime(), now.toISOString()), 'follow-up', now)).toMatch(/already done/u);
    expect(calendarRefusal(owed, 'follow-up', now)).toMatch(/no follow-up planned/u);
  });
});
