/**
 * The next start of the day on the user's clock: `time` ("08:00", the end of quiet hours) tomorrow,
 * or today when it is still ahead. Built from a local date, so a daylight-saving change is followed.
 */
export function nextMorning(now: Date, time = '08:00'): Date {
  const [hours = 8, minutes = 0] = time.split(':').map(Number);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes, 0, 0);
  return today.getTime() > now.getTime() ? today : new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hours, minutes, 0, 0);
}
