import type { CheckResult } from './check-types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SOON = 2 * HOUR;

/** "40 min", "5 h 20 min", "2 d 3 h": short and the same in every locale. */
export function formatSpan(ms: number): string {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(ms / HOUR);
  if (ms < DAY) {
    const rest = minutes - hours * 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(ms / DAY);
  const rest = hours - days * 24;
  return rest === 0 ? `${days} d` : `${days} d ${rest} h`;
}

function toTime(value: string | Date): number {
  return value instanceof Date ? value.getTime() : Date.parse(value);
}

/** Time left before the thank-you is due, and a plain warning once it is late (a late note still beats none). */
export function checkDeadline(dueAt: string | Date | null | undefined, now: Date): CheckResult {
  if (dueAt === undefined || dueAt === null || dueAt === '') return { ok: true, message: 'No due time is set for this thank-you.' };
  const due = toTime(dueAt);
  if (!Number.isFinite(due)) return { ok: true, message: 'The due time could not be read, so it is not checked.' };
  const left = due - now.getTime();
  if (left >= MINUTE) {
    return { ok: true, message: left < SOON ? `Due in ${formatSpan(left)}; send it soon.` : `Due in ${formatSpan(left)}.` };
  }
  if (left >= 0) return { ok: true, message: 'Due in under a minute; send it now.' };
  if (-left < MINUTE) return { ok: false, message: 'Just overdue; send it now, a late note still beats none.' };
  return { ok: false, message: `Overdue by ${formatSpan(-left)}; send it today, a late note still beats none.` };
}
