import { describe, expect, it } from 'vitest';
import { dayWord, isLateSnooze, lateSnooze, onTimeInstead, snoozeChoices } from './snooze-choices';

// Local wall times, so the tests read the same in any time zone.
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 5, day, hours, minutes);
const formats = {
  clock: (d: Date) => `${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`,
  soon: (d: Date) => `day ${d.getDate()} ${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`,
};

describe('snooze choices', () => {
  it('offers an hour, this evening while it is more than an hour away, and tomorrow morning', () => {
    expect(snoozeChoices(at(3, 15)).map((c) => [c.label, c.until])).toEqual([
      ['1 hour', at(3, 16)],
      ['This evening', at(3, 18)],
      ['Tomorrow morning', at(4, 9)],
    ]);
    expect(snoozeChoices(at(3, 17, 30)).map((c) => c.label)).toEqual(['1 hour', 'Tomorrow morning']);
  });
});

describe('a snooze past the due time', () => {
  const now = at(3, 15);
  const due = at(3, 21);

  it('is late only when it ends after the due time, and not for a thank-you already overdue', () => {
    expect(isLateSnooze(at(4, 9), due, now)).toBe(true);
    expect(isLateSnooze(at(3, 18), due, now)).toBe(false);
    expect(isLateSnooze(due, due, now)).toBe(false);
    expect(isLateSnooze(at(4, 9), at(3, 14), now)).toBe(false);
  });

  it('says when it is due and offers the latest reminder that leaves time to write: two hours before', () => {
    expect(lateSnooze(at(4, 9), [due], now, formats)).toEqual({
      warning: 'This is after it is due (tonight 21:00) — the thank-you will be late.',
      instead: { label: 'Remind me at 19:00 instead', until: at(3, 19) },
    });
    expect(lateSnooze(at(3, 18), [due], now, formats)).toBeNull();
  });

  it('comes closer to the due time when two hours before is past, on a quarter hour, never sooner than 15 minutes from now', () => {
    expect(onTimeInstead(at(3, 16, 50), now)).toEqual(at(3, 15, 45));
    expect(onTimeInstead(at(3, 15, 50), now)).toEqual(at(3, 15, 15));
    expect(onTimeInstead(at(3, 15, 40), now)).toBeNull();
    expect(lateSnooze(at(3, 16), [at(3, 15, 40)], now, formats)).toEqual({
      warning: 'This is after it is due (today 15:40) — the thank-you will be late. It is due too soon for a reminder before then.',
      instead: null,
    });
  });

  it('for a selection, counts those that would be late and offers a reminder before the first of them', () => {
    const overdue = at(3, 14);
    expect(lateSnooze(at(4, 9), [overdue, at(3, 21), at(3, 19), at(5, 9)], now, formats)).toEqual({
      warning: 'This is after 2 of them are due (the first tonight 19:00) — they will be late.',
      instead: { label: 'Remind me at 17:00 instead', until: at(3, 17) },
    });
    expect(lateSnooze(at(4, 9), [overdue, at(3, 21)], now, formats)?.warning).toBe('This is after one of them is due (tonight 21:00) — it will be late.');
    expect(lateSnooze(at(4, 9), [at(3, 15, 40), at(3, 21)], now, formats)?.warning).toBe(
      'This is after 2 of them are due (the first today 15:40) — they will be late. The first is due too soon for a reminder before then.',
    );
    // Already overdue ones are late whatever the snooze: no question for them alone.
    expect(lateSnooze(at(4, 9), [overdue, at(5, 9)], now, formats)).toBeNull();
  });

  it('names tomorrow and other days', () => {
    expect(lateSnooze(at(5, 9), [at(4, 10)], now, formats)).toEqual({
      warning: 'This is after it is due (tomorrow 10:00) — the thank-you will be late.',
      instead: { label: 'Remind me tomorrow at 8:00 instead', until: at(4, 8) },
    });
    expect(lateSnooze(at(9, 9), [at(7, 12)], now, formats)).toEqual({
      warning: 'This is after it is due (day 7 12:00) — the thank-you will be late.',
      instead: { label: 'Remind me on day 7 10:00 instead', until: at(7, 10) },
    });
    expect(dayWord(at(3, 9), now)).toBe('today');
    expect(dayWord(at(3, 18), now)).toBe('tonight');
    expect(dayWord(at(4, 23), now)).toBe('tomorrow');
    expect(dayWord(at(5, 9), now)).toBeNull();
  });
});
