/**
 * Conversions between instants (ISO strings, as the contract carries them) and the wall-clock
 * date and time the user sees and types, in this computer's time zone.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of an instant in the local time zone. */
export function localDate(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `HH:mm` of an instant in the local time zone. */
export function localTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export type LocalParse = { ok: true; iso: string } | { ok: false; message: string };

/**
 * The instant for a local date (`YYYY-MM-DD`) and time (`HH:mm`). Refuses dates that do not
 * exist (February 30) and wall times skipped by a daylight-saving change (02:30 on the night
 * clocks go forward), instead of silently moving them.
 */
export function localDateTimeToIso(date: string, time: string): LocalParse {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date.trim());
  if (!dateMatch) return { ok: false, message: date.trim() === '' ? 'Enter a date.' : 'Enter the date as YYYY-MM-DD.' };
  const timeMatch = /^(\d{1,2}):(\d{2})$/u.exec(time.trim());
  if (!timeMatch) return { ok: false, message: time.trim() === '' ? 'Enter a time.' : 'Enter the time as HH:MM.' };
  const [year, month, day] = dateMatch.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = timeMatch.slice(1).map(Number) as [number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, message: 'That date does not exist.' };
  if (hour > 23 || minute > 59) return { ok: false, message: 'That time does not exist.' };
  // Not `new Date(year, …)`: it reads years 0–99 as 1900–1999.
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day);
  d.setHours(hour, minute, 0, 0);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) {
    return { ok: false, message: 'That date does not exist.' };
  }
  if (d.getHours() !== hour || d.getMinutes() !== minute) {
    return { ok: false, message: 'That time does not exist on this day: the clocks skip it for daylight saving.' };
  }
  return { ok: true, iso: d.toISOString() };
}
