import { describe, expect, it } from 'vitest';
import { afterQuietHours, instantAt, isQuiet, localDayKey, nextSummaryTime, summaryTime, usableZone } from './local-time';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const NIGHT = { start: '21:00', end: '08:00' };

describe('wall-clock time in a time zone', () => {
  it('ends quiet hours at 08:00 local on the day the clocks spring forward (New York, Berlin)', () => {
    // 07:00 EST on 8 March is 12:00Z; the clocks went forward at 02:00, so 08:00 is EDT (UTC−4).
    expect(iso(afterQuietHours(at('2026-03-08T06:00:00Z'), NIGHT, 'America/New_York'))).toBe('2026-03-08T12:00:00.000Z');
    expect(iso(afterQuietHours(at('2026-03-07T06:00:00Z'), NIGHT, 'America/New_York'))).toBe('2026-03-07T13:00:00.000Z');
    expect(iso(afterQuietHours(at('2026-03-28T23:00:00Z'), NIGHT, 'Europe/Berlin'))).toBe('2026-03-29T06:00:00.000Z');
    expect(iso(afterQuietHours(at('2026-03-27T23:00:00Z'), NIGHT, 'Europe/Berlin'))).toBe('2026-03-28T07:00:00.000Z');
  });

  it('ends quiet hours at 08:00 local on the day the clocks fall back', () => {
    expect(iso(afterQuietHours(at('2026-11-01T04:00:00Z'), NIGHT, 'America/New_York'))).toBe('2026-11-01T13:00:00.000Z');
    expect(iso(afterQuietHours(at('2026-10-31T04:00:00Z'), NIGHT, 'America/New_York'))).toBe('2026-10-31T12:00:00.000Z');
  });

  it('starts quiet hours at 21:00 local on a day the clocks changed', () => {
    // 8 March, New York: 21:00 EDT is 01:00Z the next day.
    expect(isQuiet(at('2026-03-09T00:59:00Z'), NIGHT, 'America/New_York')).toBe(false);
    expect(isQuiet(at('2026-03-09T01:00:00Z'), NIGHT, 'America/New_York')).toBe(true);
    // 1 November: 21:00 EST is 02:00Z the next day.
    expect(isQuiet(at('2026-11-02T01:59:00Z'), NIGHT, 'America/New_York')).toBe(false);
    expect(isQuiet(at('2026-11-02T02:00:00Z'), NIGHT, 'America/New_York')).toBe(true);
  });

  it('a quiet end the clocks skip (02:30 on a spring-forward night) is the moment they jump', () => {
    const quiet = { start: '23:00', end: '02:30' };
    // 02:00 EST = 07:00Z, when the clocks read 03:00 EDT.
    expect(iso(instantAt({ year: 2026, month: 3, day: 8 }, 150, 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(afterQuietHours(at('2026-03-08T05:00:00Z'), quiet, 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(isQuiet(at('2026-03-08T07:00:00Z'), quiet, 'America/New_York')).toBe(false);
  });

  it('a quiet end the clocks pass twice (01:30 on a fall-back night) ends each stretch of quiet', () => {
    const quiet = { start: '21:00', end: '01:30' };
    expect(iso(instantAt({ year: 2026, month: 11, day: 1 }, 90, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(afterQuietHours(at('2026-11-01T04:00:00Z'), quiet, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    // 01:10 EST, the second time round: quiet again until 01:30 EST.
    expect(iso(afterQuietHours(at('2026-11-01T06:10:00Z'), quiet, 'America/New_York'))).toBe('2026-11-01T06:30:00.000Z');
  });

  it('quiet hours within one day (12:00–13:00) and outside them', () => {
    const lunch = { start: '12:00', end: '13:00' };
    expect(iso(afterQuietHours(at('2026-06-01T12:15:00Z'), lunch, 'UTC'))).toBe('2026-06-01T13:00:00.000Z');
    expect(afterQuietHours(at('2026-06-01T13:00:00Z'), lunch, 'UTC')).toBe(at('2026-06-01T13:00:00Z'));
    expect(afterQuietHours(at('2026-06-01T23:00:00Z'), null, 'UTC')).toBe(at('2026-06-01T23:00:00Z'));
  });

  it('the morning summary is at the end of quiet hours, or 08:00 without them, by the local day', () => {
    expect(iso(summaryTime(at('2026-03-08T15:00:00Z'), NIGHT, 'America/New_York'))).toBe('2026-03-08T12:00:00.000Z');
    expect(iso(summaryTime(at('2026-03-29T12:00:00Z'), null, 'Europe/Berlin'))).toBe('2026-03-29T06:00:00.000Z');
    expect(iso(nextSummaryTime(at('2026-03-08T12:00:00Z'), NIGHT, 'America/New_York'))).toBe('2026-03-09T12:00:00.000Z');
    expect(iso(nextSummaryTime(at('2026-10-31T13:00:00Z'), { start: '22:00', end: '07:30' }, 'America/New_York'))).toBe('2026-11-01T12:30:00.000Z');
    expect(localDayKey(at('2026-03-09T03:00:00Z'), 'America/New_York')).toBe('2026-03-08');
    expect(localDayKey(at('2026-03-09T03:00:00Z'), 'Asia/Tokyo')).toBe('2026-03-09');
  });

  it('an unknown zone name is taken as UTC rather than stopping reminders', () => {
    expect(usableZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(usableZone('Asia/Kolkata')).toBe('Asia/Kolkata');
  });
});
