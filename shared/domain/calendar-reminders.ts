/**
 * When a thank-you's due time or its follow-up is worth an event in the user's own calendar: one
 * rule for the backend's export (which refuses with these words) and for the buttons that offer it
 * (shown only when the export would answer with a file).
 *
 * A calendar event is a reminder of something ahead. A note already sent or skipped has nothing
 * ahead; one already overdue would get an event in the past whose alarm never rings (the dashboard
 * shows it instead). A follow-up is a day's errand, so one planned for earlier today still counts.
 */

export type CalendarEventKind = 'due' | 'follow-up';

interface ThankYouTimes {
  /** As the user sees it: `snoozed` is still owed. */
  status: 'pending' | 'drafted' | 'snoozed' | 'sent' | 'skipped';
  dueAt: string;
  followUp: { dueAt: string; doneAt: string | null } | null;
}

/** Where each kind of event starts counting: due times from now, follow-ups from the start of today (local time). */
export function calendarWindow(now: Date): { dueFrom: number; followUpsFrom: number } {
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  return { dueFrom: now.getTime(), followUpsFrom: today.getTime() };
}

/** Why there is no event to add, in words for the user; null when there is one. */
export function calendarRefusal(thankYou: ThankYouTimes, what: CalendarEventKind, now: Date): string | null {
  const window = calendarWindow(now);
  if (what === 'due') {
    if (thankYou.status === 'sent') return 'This thank-you was already sent; there is nothing to remind you of.';
    if (thankYou.status === 'skipped') return 'This thank-you was skipped; there is nothing to remind you of.';
    if (Date.parse(thankYou.dueAt) < window.dueFrom) return 'This thank-you is already overdue, so a reminder in your calendar would come too late. Write it now instead.';
    return null;
  }
  const followUp = thankYou.followUp;
  if (followUp === null) return 'This thank-you has no follow-up planned. Plan one first, then add it to your calendar.';
  if (followUp.doneAt !== null) return 'This follow-up is already done; there is nothing to remind you of.';
  if (Date.parse(followUp.dueAt) < window.followUpsFrom) return 'This follow-up was planned for a day already past. Give it a new date first, then add it to your calendar.';
  return null;
}
