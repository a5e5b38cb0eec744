import type { ReminderStatus } from '../../shared/contract/reminders';

/** What the tray says: its tooltip, the short title beside it (macOS menu bar) and the menu's first line. */
export interface TrayText {
  tooltip: string;
  /** The number owed, or '' when nothing is: a "0" in the menu bar would only be noise. */
  title: string;
  summary: string;
  /** "Reminders paused until 9:00 AM" while paused, "Reminders are off" when switched off, else undefined. */
  reminders: string | undefined;
}

/** Windows cuts a tray tooltip at 127 characters (NOTIFYICONDATA's szTip); cut it ourselves, with an ellipsis. */
export const MAX_TOOLTIP = 127;

/**
 * The tray's words for a status, in the user's locale and time zone. Null (the backend could not
 * answer: a damaged database) says just "Thankful" rather than a count that might be wrong.
 */
export function trayText(status: ReminderStatus | null, now: number, locale?: string): TrayText {
  if (!status) return { tooltip: 'Thankful', title: '', summary: 'Thankful', reminders: undefined };
  const parts = [status.owed === 0 ? 'no thank-yous owed' : `${status.owed} ${status.owed === 1 ? 'thank-you' : 'thank-yous'} owed`];
  if (status.overdue > 0) parts.push(`${status.overdue} overdue`);
  if (status.nextDueAt !== null && status.owed > 0) parts.push(`next due ${whenText(status.nextDueAt, now, locale)}`);
  const summary = capitalize(parts.join(' · '));

  let reminders: string | undefined;
  if (!status.enabled) reminders = 'Reminders are off';
  else if (status.pausedUntil !== null && status.pausedUntil > now) reminders = `Reminders paused until ${whenText(status.pausedUntil, now, locale)}`;

  const tooltip = `Thankful — ${parts.join(' · ')}${reminders ? ` · ${reminders.charAt(0).toLowerCase()}${reminders.slice(1)}` : ''}`;
  return {
    tooltip: tooltip.length > MAX_TOOLTIP ? `${tooltip.slice(0, MAX_TOOLTIP - 1)}…` : tooltip,
    title: status.owed > 0 ? String(status.owed) : '',
    summary,
    reminders,
  };
}

/** The clock time a pause ends: "8:00 AM" today, "8:00 AM tomorrow" (the next morning is never further). */
export function morningText(at: number, now: number, locale?: string): string {
  const clock = new Intl.DateTimeFormat(locale, clockOptions(locale)).format(at);
  return sameLocalDay(at, now) ? clock : `${clock} tomorrow`;
}

/** "4:30 PM" today, "Tue 4:30 PM" within the week, else "Mar 3": as much as places it. */
export function whenText(at: number, now: number, locale?: string): string {
  const clock = clockOptions(locale);
  if (sameLocalDay(at, now)) return new Intl.DateTimeFormat(locale, clock).format(at);
  const ahead = at - now;
  if (ahead > 0 && ahead < 6 * 86_400_000) return new Intl.DateTimeFormat(locale, { weekday: 'short', ...clock }).format(at);
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(at);
}

/** "2:00 PM" where the locale has AM and PM, "09:30" where it does not (as the window writes clocks). */
function clockOptions(locale: string | undefined): Intl.DateTimeFormatOptions {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return { hour: cycle === 'h11' || cycle === 'h12' ? 'numeric' : '2-digit', minute: '2-digit' };
}

function sameLocalDay(a: number, b: number): boolean {
  const x = new Date(a);
  const y = new Date(b);
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate();
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
