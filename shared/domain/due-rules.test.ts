import { describe, expect, it } from 'vitest';
import { DEFAULT_DUE_HOURS, thankYouDueAt } from './due-rules';
import { OCCASION_KINDS } from './occasion-kinds';

/** Wall-clock reading of an instant in a named zone, e.g. "2026-03-08 18:00 EDT". */
function wallClock(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

describe('thankYouDueAt', () => {
  it('makes an interview thank-you due exactly 24 hours after the interview ends', () => {
    const end = new Date('2026-05-12T15:30:00Z');
    expect(thankYouDueAt('interview', end).toISOString()).toBe('2026-05-13T15:30:00.000Z');
  });

  it('has a default for every kind and applies it', () => {
    const end = new Date('2026-05-12T00:00:00Z');
    for (const kind of OCCASION_KINDS) {
      expect(thankYouDueAt(kind, end).getTime() - end.getTime(), kind).toBe(DEFAULT_DUE_HOURS[kind] * 3_600_000);
    }
  });

  it('uses per-kind overrides and falls back to the default for kinds not overridden', () => {
    const end = new Date('2026-05-12T00:00:00Z');
    expect(thankYouDueAt('interview', end, { interview: 12 }).toISOString()).toBe('2026-05-12T12:00:00.000Z');
    expect(thankYouDueAt('referral', end, { interview: 12 }).toISOString()).toBe('2026-05-14T00:00:00.000Z');
  });

  it('counts 24 real hours across the spring-forward night in America/New_York (wall clock moves an hour)', () => {
    // Saturday 2026-03-07 17:00 EST; clocks jump from 02:00 to 03:00 on Sunday 2026-03-08.
    const end = new Date('2026-03-07T22:00:00Z');
    expect(wallClock(end, 'America/New_York')).toBe('2026-03-07 17:00 EST');
    const due = thankYouDueAt('interview', end);
    expect(due.getTime() - end.getTime()).toBe(86_400_000);
    expect(wallClock(due, 'America/New_York')).toBe('2026-03-08 18:00 EDT');
  });

  it('counts 24 real hours across the fall-back night in America/New_York', () => {
    // Saturday 2026-10-31 10:00 EDT; clocks go back from 02:00 to 01:00 on Sunday 2026-11-01.
    const end = new Date('2026-10-31T14:00:00Z');
    expect(wallClock(end, 'America/New_York')).toBe('2026-10-31 10:00 EDT');
    expect(wallClock(thankYouDueAt('interview', end), 'America/New_York')).toBe('2026-11-01 09:00 EST');
  });

  it('counts 24 real hours across the spring-forward night in Europe/Berlin', () => {
    // Saturday 2026-03-28 14:00 CET; clocks jump from 02:00 to 03:00 on Sunday 2026-03-29.
    const end = new Date('2026-03-28T13:00:00Z');
    expect(wallClock(end, 'Europe/Berlin')).toBe('2026-03-28 14:00 GMT+1');
    expect(wallClock(thankYouDueAt('interview', end), 'Europe/Berlin')).toBe('2026-03-29 15:00 GMT+2');
  });

  it('counts 24 real hours across the fall-back night in Europe/Berlin, and 48 for a referral', () => {
    // Saturday 2026-10-24 09:00 CEST; clocks go back from 03:00 to 02:00 on Sunday 2026-10-25.
    const end = new Date('2026-10-24T07:00:00Z');
    expect(wallClock(end, 'Europe/Berlin')).toBe('2026-10-24 09:00 GMT+2');
    expect(wallClock(thankYouDueAt('interview', end), 'Europe/Berlin')).toBe('2026-10-25 08:00 GMT+1');
    expect(wallClock(thankYouDueAt('referral', end), 'Europe/Berlin')).toBe('2026-10-26 08:00 GMT+1');
  });

  it('refuses an invalid end or rule instead of returning an invalid date', () => {
    expect(() => thankYouDueAt('interview', new Date('nope'))).toThrow(RangeError);
    expect(() => thankYouDueAt('interview', new Date(), { interview: -1 })).toThrow(RangeError);
  });
});
