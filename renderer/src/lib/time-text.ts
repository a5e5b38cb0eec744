/**
 * How the occasions screens write dates and times: in the user's locale and time zone, but with
 * a 24-hour clock, the way the time boxes are typed in ("14:00", never "2:00 PM" next to a box
 * that says 14:00). The e2e tests rebuild the same strings from these options.
 */
export const ABSOLUTE_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
const H23 = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

const absoluteFormat = new Intl.DateTimeFormat(undefined, ABSOLUTE_OPTIONS);
const weekdayTimeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', ...H23 });
const dayMonthTimeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', ...H23 });
const timeFormat = new Intl.DateTimeFormat(undefined, H23);
const longDateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);

/** "Tue, 3 Mar 2026, 14:00": unambiguous, for due times and the like. */
export function absolute(value: string | Date): string {
  return absoluteFormat.format(toDate(value));
}

/** "14:00". */
export function clock(value: string | Date): string {
  return timeFormat.format(toDate(value));
}

/** "Tuesday, 3 March 2026". */
export function longDate(value: string | Date): string {
  return longDateFormat.format(toDate(value));
}

/** "3 Mar 2026". */
export function shortDate(value: string | Date): string {
  return shortDateFormat.format(toDate(value));
}

/** "Tue 14:00" within the coming week, else "Tue, 3 Mar, 14:00": enough to place it. */
export function soon(value: string | Date, now: Date = new Date()): string {
  const d = toDate(value);
  const ahead = d.getTime() - now.getTime();
  return ahead > -86_400_000 && ahead < 6 * 86_400_000 ? weekdayTimeFormat.format(d) : dayMonthTimeFormat.format(d);
}

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

/** "14:00–17:00" on one day, "3 Mar 2026 14:00 – 4 Mar 2026 09:00" across days, "14:00" for a moment. */
export function timeRange(startsAt: string, endsAt: string): string {
  if (startsAt === endsAt || Date.parse(startsAt) === Date.parse(endsAt)) return clock(startsAt);
  const sameDay = new Date(startsAt).toDateString() === new Date(endsAt).toDateString();
  return sameDay ? `${clock(startsAt)}–${clock(endsAt)}` : `${clock(startsAt)} – ${shortDate(endsAt)} ${clock(endsAt)}`;
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
 * What people type for a time, made into `HH:MM`: "930" → "09:30", "14" → "14:00", "9.30" →
 * "09:30". Anything else is left as typed, for the check to explain.
 */
export function normalizeTime(text: string): string {
  const t = text.trim();
  let match = /^(\d{1,2})[:.h]?(\d{2})$/u.exec(t);
  if (match) return `${match[1]!.padStart(2, '0')}:${match[2]}`;
  match = /^(\d{1,2})$/u.exec(t);
  if (match) return `${match[1]!.padStart(2, '0')}:00`;
  return text;
}

/** `HH:MM` moved by `minutes`, wrapping around midnight; null if the text is not a time. */
export function shiftTime(time: string, minutes: number): string | null {
  const match = /^(\d{1,2}):(\d{2})$/u.exec(time.trim());
  if (!match) return null;
  const total = (((Number(match[1]) * 60 + Number(match[2]) + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
