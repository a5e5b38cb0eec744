import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextMorning } from './next-morning';

describe('nextMorning (the "Pause until the morning" instant, on the user’s clock)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is today when the morning is still ahead, else tomorrow', () => {
    vi.stubEnv('TZ', 'Europe/Berlin');
    expect(new Date(nextMorning(Date.parse('2026-12-05T03:00:00+01:00'), '08:00')).toISOString()).toBe('2026-12-05T07:00:00.000Z');
    expect(new Date(nextMorning(Date.parse('2026-12-05T21:30:00+01:00'), '08:00')).toISOString()).toBe('2026-12-06T07:00:00.000Z');
    expect(new Date(nextMorning(Date.parse('2026-12-05T08:00:00+01:00'), '08:00')).toISOString()).toBe('2026-12-06T07:00:00.000Z');
  });

  it('follows the end of quiet hours and a daylight-saving change overnight', () => {
    vi.stubEnv('TZ', 'America/New_York');
    // The night clocks go forward (8 March 2026): 07:30 local is 11:30 UTC, not 12:30.
    expect(new Date(nextMorning(Date.parse('2026-03-07T22:00:00-05:00'), '07:30')).toISOString()).toBe('2026-03-08T11:30:00.000Z');
  });
});
