import { describe, expect, it } from 'vitest';
import { ago, dueRelative, normalizeTime, span, timeText } from './time-text';

const us = timeText('en-US', 'Europe/Berlin');
const gb = timeText('en-GB', 'Europe/Berlin');
// Tuesday 3 March 2026, 14:05 in Berlin.
const at = '2026-03-03T13:05:00.000Z';

describe('dates and clocks follow the locale', () => {
  it('an American clock has AM and PM; a British one counts to 24', () => {
    expect(us.clock(at)).toBe('2:05 PM');
    expect(gb.clock(at)).toBe('14:05');
    expect(us.twelveHour).toBe(true);
    expect(gb.twelveHour).toBe(false);
  });

  it('writes an unambiguous moment, a date and a nearby time', () => {
    expect(us.absolute(at)).toBe('Tue, Mar 3, 2026, 2:05 PM');
    expect(gb.absolute(at)).toBe('Tue, 3 Mar 2026, 14:05');
    expect(us.shortDate(at)).toBe('Mar 3, 2026');
    expect(gb.longDate(at)).toBe('Tuesday, 3 March 2026');
    expect(us.soon(at, new Date('2026-03-02T12:00:00Z'))).toBe('Tue 2:05 PM');
    expect(gb.soon(at, new Date('2026-01-02T12:00:00Z'))).toBe('Tue 3 Mar, 14:05');
  });

  it('a span within a day, across days and a moment', () => {
    expect(us.timeRange(at, '2026-03-03T14:05:00.000Z')).toBe('2:05 PM–3:05 PM');
    expect(gb.timeRange(at, '2026-03-04T08:00:00.000Z')).toBe('14:05 – 4 Mar 2026 09:00');
    expect(gb.timeRange(at, at)).toBe('14:05');
  });

  it('a time box shows its HH:MM in the same clock as the text beside it', () => {
    expect(us.timeOfDay('14:30')).toBe('2:30 PM');
    expect(us.timeOfDay('00:15')).toBe('12:15 AM');
    expect(gb.timeOfDay('09:30')).toBe('09:30');
    expect(us.timeOfDay('25:00')).toBe('25:00');
    expect(us.timeOfDay('2:3')).toBe('2:3');
  });
});

describe('what people type in a time box', () => {
  it.each([
    ['14:00', '14:00'],
    ['930', '09:30'],
    ['14', '14:00'],
    ['9.30', '09:30'],
    ['2:30 pm', '14:30'],
    ['2:30 PM', '14:30'],
    ['2pm', '14:00'],
    ['12am', '00:00'],
    ['12:15 p.m.', '12:15'],
    ['9 a.m.', '09:00'],
    [' 7:05am ', '07:05'],
  ])('"%s" is %s', (typed, time) => {
    expect(normalizeTime(typed)).toBe(time);
  });

  it('leaves what is not a time as typed, for the check to explain', () => {
    expect(normalizeTime('25:00')).toBe('25:00');
    expect(normalizeTime('14pm')).toBe('14pm');
    expect(normalizeTime('0am')).toBe('0am');
    expect(normalizeTime('noon')).toBe('noon');
    expect(normalizeTime('')).toBe('');
  });

  it('what the box shows reads back as the same time', () => {
    for (const time of ['00:00', '09:30', '12:00', '12:45', '23:59']) {
      expect(normalizeTime(us.timeOfDay(time))).toBe(time);
      expect(normalizeTime(gb.timeOfDay(time))).toBe(time);
    }
  });
});

describe('one vocabulary for how far away', () => {
  const now = new Date('2026-03-03T12:00:00Z');
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

  it('spans in the largest unit that reads well', () => {
    expect(span(35 * 60_000)).toBe('35 min');
    expect(span(2 * 3_600_000)).toBe('2 h');
    expect(span(72 * 3_600_000)).toBe('3 days');
  });

  it('due in, overdue by, ago', () => {
    expect(dueRelative(hours(5), now)).toEqual({ text: 'due in 5 h', overdue: false });
    expect(dueRelative(hours(-2), now)).toEqual({ text: 'overdue by 2 h', overdue: true });
    expect(ago(hours(-2), now)).toBe('2 h ago');
    expect(ago(hours(-0.5), now)).toBe('30 min ago');
    expect(ago(hours(-72), now)).toBe('3 days ago');
    expect(ago(new Date(now.getTime() - 20_000).toISOString(), now)).toBe('just now');
    // The page's clock behind the backend's: never "in 1 min ago".
    expect(ago(hours(0.1), now)).toBe('just now');
  });
});
