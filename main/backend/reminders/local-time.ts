/**
 * Wall-clock time in a named time zone, for quiet hours and the morning summary. Instants are UTC
 * milliseconds; the zone is passed in every time (never cached by the caller), so a zone change is
 * seen at the next computation. Daylight-saving changes are handled by asking Intl for the offset
 * at each instant instead of assuming days of 24 hours.
 */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface QuietHours {
  start: string;
  end: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone if Intl knows it, else UTC: a zone name the system made up must not stop reminders. */
export function usableZone(zone: string): string {
  try {
    wallFormatter(zone);
    return zone;
  } catch {
    return 'UTC';
  }
}

/** The local wall time at `instant`, written as if it were a UTC instant (so arithmetic on it is plain). */
function wallMs(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of wallFormatter(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const seconds = Math.floor(instant / 1000) * 1000;
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) + (instant - seconds);
}

export function localDate(instant: number, zone: string): LocalDate {
  const wall = new Date(wallMs(instant, zone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** "YYYY-MM-DD" of the local day. */
export function localDayKey(instant: number, zone: string): string {
  const { year, month, day } = localDate(instant, zone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function nextLocalDate(date: LocalDate): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** Minutes since local midnight of "HH:MM". */
export function clockMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

function minuteOfDay(instant: number, zone: string): number {
  const wall = wallMs(instant, zone);
  return Math.floor((((wall % DAY) + DAY) % DAY) / MINUTE);
}

/**
 * The instants at which the local clock reads `minutes` on `date`, earliest first: two when the
 * clocks are set back across that time, and when they are set forward past it (02:30 on a
 * spring-forward night) the one moment they jump over it.
 */
function instantsAt(date: LocalDate, minutes: number, zone: string): number[] {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  // The offsets in force around that day: before and after any change on it.
  const offsets = [...new Set([wall - DAY, wall, wall + DAY].map((probe) => wallMs(probe, zone) - probe))];
  const exact = offsets.map((offset) => wall - offset).filter((instant) => wallMs(instant, zone) === wall);
  if (exact.length) return [...new Set(exact)].sort((a, b) => a - b);
  let before = wall - Math.max(...offsets);
  let after = wall - Math.min(...offsets);
  while (after - before > 1000) {
    const middle = before + Math.floor((after - before) / 2000) * 1000;
    if (wallMs(middle, zone) >= wall) after = middle;
    else before = middle;
  }
  return [after];
}

/** The first instant at which the local clock reads (or jumps past) `minutes` on `date`. */
export function instantAt(date: LocalDate, minutes: number, zone: string): number {
  return instantsAt(date, minutes, zone)[0]!;
}

export function isQuiet(instant: number, quiet: QuietHours | null, zone: string): boolean {
  if (!quiet) return false;
  const minute = minuteOfDay(instant, zone);
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The first instant at or after `instant` outside quiet hours. */
export function afterQuietHours(instant: number, quiet: QuietHours | null, zone: string): number {
  if (!quiet || !isQuiet(instant, quiet, zone)) return instant;
  const end = clockMinutes(quiet.end);
  let date = localDate(instant, zone);
  // Quiet hours that span midnight and started this evening end tomorrow.
  if (minuteOfDay(instant, zone) >= end) date = nextLocalDate(date);
  // The clock reads the end time then (the second time, if set back into quiet hours), or jumps past it.
  for (let days = 0; days < 3; days++, date = nextLocalDate(date)) {
    const ending = instantsAt(date, end, zone).find((candidate) => candidate > instant);
    if (ending !== undefined) return ending;
  }
  return instant + DAY;
}

/** When the morning summary of `instant`'s local day is due: the end of quiet hours, or 08:00 without them. */
export function summaryTime(instant: number, quiet: QuietHours | null, zone: string): number {
  return instantAt(localDate(instant, zone), clockMinutes(quiet?.end ?? '08:00'), zone);
}

/** The first morning summary time after `instant`. */
export function nextSummaryTime(instant: number, quiet: QuietHours | null, zone: string): number {
  const today = summaryTime(instant, quiet, zone);
  if (today > instant) return today;
  return instantAt(nextLocalDate(localDate(instant, zone)), clockMinutes(quiet?.end ?? '08:00'), zone);
}
