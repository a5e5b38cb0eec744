import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate, localDateTimeToIso, localTime } from './local-time';

// The renderer's type program has no Node types; the test runner does have `process`.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;

/** Runs the rest of a describe block with this computer's time zone set to `zone`. */
function inTimeZone(zone: string) {
  let previous: string | undefined;
  beforeEach(() => {
    previous = env.TZ;
    env.TZ = zone; // Node re-reads the zone when TZ is assigned.
  });
  afterEach(() => {
    if (previous === undefined) delete env.TZ;
    else env.TZ = previous;
  });
}

describe('localDateTimeToIso in Europe/Berlin', () => {
  inTimeZone('Europe/Berlin');

  it('the zone switch took effect', () => {
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(-60);
    expect(new Date('2026-07-15T12:00:00Z').getTimezoneOffset()).toBe(-120);
  });

  it('turns a local winter and summer wall time into the right instant', () => {
    expect(localDateTimeToIso('2026-01-15', '14:00')).toEqual({ ok: true, iso: '2026-01-15T13:00:00.000Z' });
    expect(localDateTimeToIso('2026-07-15', '14:00')).toEqual({ ok: true, iso: '2026-07-15T12:00:00.000Z' });
  });

  it('accepts a one-digit hour and surrounding spaces', () => {
    expect(localDateTimeToIso(' 2026-01-15 ', ' 9:05 ')).toEqual({ ok: true, iso: '2026-01-15T08:05:00.000Z' });
  });

  it('accepts midnight and the last minute of the day', () => {
    expect(localDateTimeToIso('2026-01-15', '00:00')).toEqual({ ok: true, iso: '2026-01-14T23:00:00.000Z' });
    expect(localDateTimeToIso('2026-01-15', '23:59')).toEqual({ ok: true, iso: '2026-01-15T22:59:00.000Z' });
  });

  it('refuses dates that do not exist instead of rolling them into the next month', () => {
    for (const date of ['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(localDateTimeToIso(date, '10:00'), date).toEqual({ ok: false, message: 'That date does not exist.' });
    }
  });

  it('accepts February 29 in a leap year', () => {
    expect(localDateTimeToIso('2028-02-29', '10:00')).toEqual({ ok: true, iso: '2028-02-29T09:00:00.000Z' });
  });

  it('refuses times that do not exist', () => {
    for (const time of ['24:00', '12:60', '99:99']) {
      expect(localDateTimeToIso('2026-01-15', time), time).toEqual({ ok: false, message: 'That time does not exist.' });
    }
  });

  it('refuses the wall time skipped when the clocks go forward (29 March 2026, 02:00 → 03:00)', () => {
    const result = localDateTimeToIso('2026-03-29', '02:30');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/daylight saving/u);
    expect(localDateTimeToIso('2026-03-29', '01:59')).toEqual({ ok: true, iso: '2026-03-29T00:59:00.000Z' });
    expect(localDateTimeToIso('2026-03-29', '03:00')).toEqual({ ok: true, iso: '2026-03-29T01:00:00.000Z' });
  });

  it('takes the first of the two 02:30s when the clocks go back (25 October 2026)', () => {
    // 02:30 happens twice; the earlier one (still summer time, UTC+2) is the one chosen.
    expect(localDateTimeToIso('2026-10-25', '02:30')).toEqual({ ok: true, iso: '2026-10-25T00:30:00.000Z' });
  });

  it('explains what is wrong with text that is not a date or a time', () => {
    expect(localDateTimeToIso('', '10:00')).toEqual({ ok: false, message: 'Enter a date.' });
    expect(localDateTimeToIso('15.01.2026', '10:00')).toEqual({ ok: false, message: 'Enter the date as YYYY-MM-DD.' });
    expect(localDateTimeToIso('2026-1-15', '10:00')).toEqual({ ok: false, message: 'Enter the date as YYYY-MM-DD.' });
    expect(localDateTimeToIso('2026-01-15', '')).toEqual({ ok: false, message: 'Enter a time.' });
    expect(localDateTimeToIso('2026-01-15', '10.00')).toEqual({ ok: false, message: 'Enter the time as HH:MM.' });
    expect(localDateTimeToIso('2026-01-15', '1000')).toEqual({ ok: false, message: 'Enter the time as HH:MM.' });
  });

  it('localDate and localTime read an instant on the local wall clock', () => {
    expect(localDate('2026-01-15T23:30:00.000Z')).toBe('2026-01-16');
    expect(localTime('2026-01-15T23:30:00.000Z')).toBe('00:30');
    expect(localDate(new Date('2026-07-01T03:04:00.000Z'))).toBe('2026-07-01');
    expect(localTime(new Date('2026-07-01T03:04:00.000Z'))).toBe('05:04');
  });

  it('round-trips every quarter hour of a daylight-saving week', () => {
    const start = Date.parse('2026-03-26T00:00:00.000Z');
    for (let t = start; t < start + 7 * 86_400_000; t += 15 * 60_000) {
      const iso = new Date(t).toISOString();
      expect(localDateTimeToIso(localDate(iso), localTime(iso))).toEqual({ ok: true, iso });
    }
  });
});

describe('localDateTimeToIso in America/New_York', () => {
  inTimeZone('America/New_York');

  it('refuses 02:30 on 8 March 2026 (clocks jump from 02:00 to 03:00)', () => {
    const result = localDateTimeToIso('2026-03-08', '02:30');
    expect(result.ok).toBe(false);
    expect(localDateTimeToIso('2026-03-08', '03:30')).toEqual({ ok: true, iso: '2026-03-08T07:30:00.000Z' });
    expect(localDateTimeToIso('2026-03-08', '01:30')).toEqual({ ok: true, iso: '2026-03-08T06:30:00.000Z' });
  });

  it('reads an instant late in the evening as the same local day', () => {
    expect(localDate('2026-01-16T03:00:00.000Z')).toBe('2026-01-15');
    expect(localTime('2026-01-16T03:00:00.000Z')).toBe('22:00');
  });
});

describe('localDateTimeToIso in a zone whose clocks skip midnight (America/Santiago)', () => {
  inTimeZone('America/Santiago');

  it('refuses 00:30 on the night the clocks go forward, accepts 01:00', () => {
    // Chile moves from UTC−4 to UTC−3 at 00:00 on the first Sunday of September (6 Sept 2026).
    expect(localDateTimeToIso('2026-09-06', '00:30').ok).toBe(false);
    expect(localDateTimeToIso('2026-09-06', '01:00')).toEqual({ ok: true, iso: '2026-09-06T04:00:00.000Z' });
  });
});

describe('years outside 1000–9999', () => {
  inTimeZone('UTC');

  it('pads the year to four digits', () => {
    expect(localDate('0999-05-01T12:00:00.000Z')).toBe('0999-05-01');
  });

  it('reads years 0000–0099 as typed, not as 1900–1999', () => {
    expect(localDateTimeToIso('0050-03-01', '10:00')).toEqual({ ok: true, iso: '0050-03-01T10:00:00.000Z' });
    expect(localDateTimeToIso('0099-12-31', '23:59')).toEqual({ ok: true, iso: '0099-12-31T23:59:00.000Z' });
  });
});
