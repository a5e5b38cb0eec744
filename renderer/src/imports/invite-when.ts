import type { InviteEvent } from '../../../shared';
import { longDate, timeRange } from '../lib/time-text';

/** "Tuesday, 1 December 2026, 20:00–21:30" in the user's time zone; an all-day event by its date alone. */
export function inviteWhen(event: Pick<InviteEvent, 'allDay' | 'startsAt' | 'endsAt'>): string {
  if (event.allDay) return `${longDate(event.startsAt)} (all day)`;
  return `${longDate(event.startsAt)}, ${timeRange(event.startsAt, event.endsAt)}`;
}

/** The user's time zone as the system names it ("Europe/Berlin"), to say which zone the times are in. */
export const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
