/**
 * The one home for writing instants for people: dates and clocks in the user's locale and time
 * zone (en-US "Tue, Mar 3, 2026, 2:00 PM", en-GB "Tue, 3 Mar 2026, 14:00"; the time boxes show
 * the same clock), and one vocabulary for how far away something is: "due in 5 h",
 * "overdue by 2 h", "2 h ago". `timeText(locale)` builds the formatters (tests pass a locale);
 * the app uses the ones exported below, made with the user's own (`undefined`).
 */

/**
 * The clock as the locale writes it: "2:00 PM" with AM and PM, "09:30" without (24-hour clocks
 * keep two digits, like the time boxes). The e2e tests rebuild strings from these options.
 */
export function clockOptions(locale: string | undefined): Intl.DateTimeFormatOptions {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return { hour: cycle === 'h11' || cycle === 'h12' ? 'numeric' : '2-digit', minute: '2-digit' };
}

/** "Tue, Mar 3, 2026, 2:00 PM" / "Tue, 3 Mar 2026, 14:00". */
export function absoluteOptions(locale: string | undefined): Intl.DateTimeFormatOptions {
  return { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', ...clockOptions(locale) };
}

type Instant = string | Date;
const toDate = (value: Instant) => (typeof value === 'string' ? new Date(value) : value);
const TIME = /^(\d{1,2}):(\d{2})$/u;

export function timeText(locale: string | undefined, timeZone?: string) {
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone });
  const clockOpts = clockOptions(locale);
  const absoluteFormat = format(absoluteOptions(locale));
  const clockFormat = format(clockOpts);
  const weekdayTimeFormat = format({ weekday: 'short', ...clockOpts });
  const dayMonthTimeFormat = format({ weekday: 'short', day: 'numeric', month: 'short', ...clockOpts });
  const longDateFormat = format({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const shortDateFormat = format({ day: 'numeric', month: 'short', year: 'numeric' });
  const dayFormat = format({ year: 'numeric', month: 'numeric', day: 'numeric' });
  // A wall time typed in a box has no zone: it is written as it is, in UTC.
  const wallClockFormat = new Intl.DateTimeFormat(locale, { ...clockOpts, timeZone: 'UTC' });
  const twelveHour = ['h11', 'h12'].includes(clockFormat.resolvedOptions().hourCycle ?? '');

  const clock = (value: Instant) => clockFormat.format(toDate(value));
  const shortDate = (value: Instant) => shortDateFormat.format(toDate(value));
  const day = (value: Instant) => dayFormat.format(toDate(value));

  return {
    /** Whether this locale's clock has AM and PM. */
    twelveHour,
    /** "Tue, Mar 3, 2026, 2:00 PM" / "Tue, 3 Mar 2026, 14:00": unambiguous, for due times and the like. */
    absolute: (value: Instant) => absoluteFormat.format(toDate(value)),
    /** "2:00 PM" / "14:00". */
    clock,
    /** "Tuesday, March 3, 2026" / "Tuesday, 3 March 2026". */
    longDate: (value: Instant) => longDateFormat.format(toDate(value)),
    /** "Mar 3, 2026" / "3 Mar 2026". */
    shortDate,
    /** "Tue 2:00 PM" within the coming week, else "Tue, Mar 3, 2:00 PM": enough to place it. */
    soon(value: Instant, now: Date = new Date()): string {
      const d = toDate(value);
      const ahead = d.getTime() - now.getTime();
      return ahead > -86_400_000 && ahead < 6 * 86_400_000 ? weekdayTimeFormat.format(d) : dayMonthTimeFormat.format(d);
    },
    /** "2:00 PM–3:00 PM" on one day, "2:00 PM – Mar 4, 2026 9:00 AM" across days, "2:00 PM" for a moment. */
    timeRange(startsAt: string, endsAt: string): string {
      if (startsAt === endsAt || Date.parse(startsAt) === Date.parse(endsAt)) return clock(startsAt);
      return day(startsAt) === day(endsAt) ? `${clock(startsAt)}–${clock(endsAt)}` : `${clock(startsAt)} – ${shortDate(endsAt)} ${clock(endsAt)}`;
    },
    /** A time box's `HH:MM` in the same clock ("14:30" → "2:30 PM" in en-US); anything else as typed. */
    timeOfDay(time: string): string {
      const match = TIME.exec(time);
      if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return time;
      return wallClockFormat.format(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
    },
  };
}

const forUser = timeText(undefined);
export const { absolute, clock, longDate, shortDate, soon, timeRange, timeOfDay } = forUser;
/** Whether the user's clock has AM and PM (the time boxes then take and show them). */
export const TWELVE_HOUR = forUser.twelveHour;

/** "35 min", "2 h", "3 days": a span of time in the largest unit that reads well. */
export function span(ms: number): string {
  const abs = Math.abs(ms);
  const minutes = Math.round(abs / 60_000);
  if (minutes < 60) return `${Math.max(minutes, 1)} min`;
  const hours = Math.round(abs / 3_600_000);
  if (hours < 48) return `${hours} h`;
  const days = Math.round(abs / 86_400_000);
  return `${days} days`;
}

/** "due in 5 h" / "overdue by 2 h". */
export function dueRelative(dueAt: string, now: Date): { text: string; overdue: boolean } {
  const diff = new Date(dueAt).getTime() - now.getTime();
  return diff < 0 ? { text: `overdue by ${span(diff)}`, overdue: true } : { text: `due in ${span(diff)}`, overdue: false };
}

/** "2 h ago"; a moment ago (or a clock running behind) is "just now". */
export function ago(at: string, now: Date): string {
  const elapsed = now.getTime() - Date.parse(at);
  return elapsed < 60_000 ? 'just now' : `${span(elapsed)} ago`;
}

/** `YYYY-MM-DD` one day before/after, or null if the text is not a date. */
export function shiftDate(date: string, days: number): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date.trim());
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(2000, 0, 1));
  utc.setUTCFullYear(y, m - 1, d + days);
  if (Number.isNaN(utc.getTime())) return null;
  return `${String(utc.getUTCFullYear()).padStart(4, '0')}-${String(utc.getUTCMonth() + 1).padStart(2, '0')}-${String(utc.getUTCDate()).padStart(2, '0')}`;
}

/**
 * What people type for a time, in either clock, made into `HH:MM` (24-hour, as the model keeps
 * it): "930" → "09:30", "14" → "14:00", "9.30" → "09:30", "2:30 pm" → "14:30", "2pm" → "14:00",
 * "12am" → "00:00", "12:15 p.m." → "12:15". Anything else is left as typed, for the check to explain.
 */
export function normalizeTime(text: string): string {
  const t = text.trim().toLowerCase();
  const match = /^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?$/u.exec(t);
  if (!match) return text;
  let hour = Number(match[1]);
  const minute = match[2] ?? '00';
  const half = match[3];
  if (half) {
    if (hour < 1 || hour > 12) return text;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  return `${String(hour).padStart(2, '0')}:${minute}`;
}

/** `HH:MM` moved by `minutes`, wrapping around midnight; null if the text is not a time. */
export function shiftTime(time: string, minutes: number): string | null {
  const match = /^(\d{1,2}):(\d{2})$/u.exec(time.trim());
  if (!match) return null;
  const total = (((Number(match[1]) * 60 + Number(match[2]) + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
