import type { OccasionKind } from '../../../shared';
import { shiftDate } from '../lib/time-text';

/** The follow-up a sent thank-you most likely leads to, by what the person did for you. */
export const FOLLOW_UP_SUGGESTIONS: Record<OccasionKind, string> = {
  interview: 'Check in on the hiring decision',
  referral: 'Tell them how the application went',
  recommendation: 'Tell them how the application went',
  'advocacy-call': 'Tell them how it turned out',
  'informational-interview': 'Tell them what you did with their advice',
  mentoring: 'Update them on your progress',
  other: 'Call to touch base',
};

/** A date suggested for a follow-up, counted from the day the thank-you was sent. */
export interface FollowUpDateOffer {
  label: string;
  date: string;
}

/**
 * "In 1 week", "In 2 weeks", "In 1 month" from `from` (YYYY-MM-DD); none when `from` is not a
 * date. A month is a calendar month, on the same day or the month's last (31 Jan → 28 Feb).
 */
export function followUpDateOffers(from: string): FollowUpDateOffer[] {
  const inWeek = shiftDate(from, 7);
  const inTwoWeeks = shiftDate(from, 14);
  const inMonth = shiftMonth(from);
  if (!inWeek || !inTwoWeeks || !inMonth) return [];
  return [
    { label: 'In 1 week', date: inWeek },
    { label: 'In 2 weeks', date: inTwoWeeks },
    { label: 'In 1 month', date: inMonth },
  ];
}

function shiftMonth(from: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(from.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // Day 0 of the month after next is the last day of next month; the same day, if it has one.
  const last = new Date(Date.UTC(2000, 0, 1));
  last.setUTCFullYear(year, month + 1, 0);
  const firstOfNext = new Date(last);
  firstOfNext.setUTCDate(1);
  const first = `${String(firstOfNext.getUTCFullYear()).padStart(4, '0')}-${String(firstOfNext.getUTCMonth() + 1).padStart(2, '0')}-01`;
  return shiftDate(first, Math.min(day, last.getUTCDate()) - 1);
}
