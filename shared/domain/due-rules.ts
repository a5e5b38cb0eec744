import type { OccasionKind } from './occasion-kinds';

export type DueRules = Record<OccasionKind, number>;

/**
 * Hours from the end of an occasion until its thank-you is due. Interviews follow the
 * well-known 24-hour advice. Someone who called or met on your behalf also deserves thanks the
 * same day or the next. A referral or recommendation gets two days (you often learn of it
 * later, and the note can say what happened next); mentoring likewise. Editable in Settings.
 */
export const DEFAULT_DUE_HOURS: DueRules = {
  interview: 24,
  referral: 48,
  recommendation: 48,
  'advocacy-call': 24,
  'informational-interview': 24,
  mentoring: 48,
  other: 72,
};

export const MAX_DUE_HOURS = 24 * 60;

const HOUR_MS = 3_600_000;

/**
 * When the thank-you for an occasion of `kind` that ended at `occasionEnd` is due. "24 hours" is
 * 24 real hours (86,400,000 ms), whatever the clocks do in between: across a daylight-saving
 * change the due time reads 23:00 or 01:00 later on the wall clock, never 24 hours "by the clock".
 */
export function thankYouDueAt(kind: OccasionKind, occasionEnd: Date, rules?: Partial<DueRules>): Date {
  const hours = rules?.[kind] ?? DEFAULT_DUE_HOURS[kind];
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Invalid due rule for ${kind}: ${hours} hours.`);
  const end = occasionEnd.getTime();
  if (!Number.isFinite(end)) throw new RangeError('The occasion end is not a valid date.');
  return new Date(end + hours * HOUR_MS);
}
