import { powerMonitor } from 'electron';

export interface PowerEventsOptions {
  /** Works the next reminder out again (backend.recheckReminders). */
  recheck(): void;
  /** Something shown in local time may be stale (the tray's "next due 4:30 PM" and overdue count). */
  refresh(): void;
  /** How often the time zone is looked at again; a zone change has no event in Electron. */
  zoneCheckMs?: number;
  /** Re-reads the system's time zone and answers it (tests pass their own). */
  readZone?: () => string;
}

export const ZONE_CHECK_MS = 5 * 60_000;

/**
 * Wake from sleep and unlock: the backend's reminder timer did not run while the machine slept,
 * and the clock or the time zone may have moved meanwhile (a flight), so the next reminder is
 * worked out again. A clock set by hand has no event anywhere; the backend's timer never waits
 * longer than 15 minutes, which bounds that error. Returns a function that stops listening.
 */
export function watchPowerAndTime(options: PowerEventsOptions): () => void {
  const readZone = options.readZone ?? reloadTimeZone;
  let zone = readZone();
  const onWake = () => {
    zone = readZone();
    options.recheck();
    options.refresh();
  };
  const checkZone = () => {
    const current = readZone();
    if (current === zone) return;
    zone = current;
    options.recheck();
    options.refresh();
  };

  powerMonitor.on('resume', onWake);
  powerMonitor.on('unlock-screen', onWake);
  const timer = setInterval(checkZone, options.zoneCheckMs ?? ZONE_CHECK_MS);
  timer.unref?.();
  return () => {
    powerMonitor.off('resume', onWake);
    powerMonitor.off('unlock-screen', onWake);
    clearInterval(timer);
  };
}

/**
 * The system's time zone, read again. V8 reads the zone once and keeps it: a main process left
 * running across a zone change would go on placing quiet hours and "tomorrow 08:00" in the old
 * one (Chromium tells its renderers, not Node). Node re-reads it whenever `process.env.TZ` is
 * written or deleted (tzset, then V8's redetect on macOS and Linux; on Windows V8 then takes ICU's
 * default zone, which Chromium's time-zone monitor updates in this process). So the variable is written back
 * as it is: its value when the user set one, else deleted (assigning undefined would store the
 * string "undefined", an unknown zone, read as UTC).
 */
export function reloadTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const tz = env.TZ;
  if (tz === undefined) delete env.TZ;
  else env.TZ = tz;
  return `${Intl.DateTimeFormat().resolvedOptions().timeZone} ${new Date().getTimezoneOffset()}`;
}
