import type { ReminderSettings } from '../contract/reminders';

/** When the day starts without quiet hours (the morning summary's time too). */
export const DEFAULT_MORNING = '08:00';

/** The clock time reminders pause until "the morning": the end of quiet hours, else 08:00. */
export function morningTime(settings: Pick<ReminderSettings, 'quietHours'> | undefined): string {
  return settings?.quietHours?.end ?? DEFAULT_MORNING;
}

/**
 * The next `time` ("HH:MM") on the user's clock: today when still ahead (a pause at 2 am lasts
 * until this morning), else tomorrow. Built from local date parts, so a daylight-saving change
 * overnight is followed: 08:00 stays 08:00 on the wall. The tray's and Settings' "pause until the
 * morning" both end here.
 */
export function nextMorning(now: number, time: string = DEFAULT_MORNING): number {
  const [hours = 8, minutes = 0] = time.split(':').map(Number);
  const today = new Date(now);
  const at = (dayOffset: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + dayOffset, hours, minutes, 0, 0).getTime();
  return at(0) > now ? at(0) : at(1);
}
