const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** When a snooze could end: an hour from now, this evening, tomorrow morning. */
export function snoozeChoices(now: Date): { label: string; until: Date }[] {
  const choices: { label: string; until: Date }[] = [{ label: '1 hour', until: new Date(now.getTime() + HOUR) }];
  const evening = new Date(now);
  evening.setHours(18, 0, 0, 0);
  if (evening.getTime() - now.getTime() > HOUR) choices.push({ label: 'This evening', until: evening });
  const morning = new Date(now);
  morning.setDate(morning.getDate() + 1);
  morning.setHours(9, 0, 0, 0);
  choices.push({ label: 'Tomorrow morning', until: morning });
  return choices;
}

/** How long before the due time an on-time reminder comes, the most first: time to write the note. */
const ON_TIME_MARGINS = [2 * HOUR, HOUR, 30 * MINUTE];
/** The soonest a reminder instead may be: any sooner is hardly a snooze. */
const SOONEST = 15 * MINUTE;

/**
 * A snooze that ends after the due time makes the thank-you late; not for one already overdue
 * (it is late whatever the snooze).
 */
export const isLateSnooze = (until: Date, dueAt: Date, now: Date): boolean => dueAt.getTime() > now.getTime() && until.getTime() > dueAt.getTime();

/**
 * The latest reminder that still leaves time to write the note before it is due: two hours
 * before (else one hour, else half an hour), on a quarter hour, at least 15 minutes from now.
 * Null when the due time is too close for any.
 */
export function onTimeInstead(dueAt: Date, now: Date): Date | null {
  for (const margin of ON_TIME_MARGINS) {
    const at = new Date(dueAt.getTime() - margin);
    at.setMinutes(Math.floor(at.getMinutes() / 15) * 15, 0, 0);
    if (at.getTime() - now.getTime() >= SOONEST) return at;
  }
  return null;
}

/** "today", "tonight" (from 6 PM), "tomorrow", or null for another day. */
export function dayWord(at: Date, now: Date): 'today' | 'tonight' | 'tomorrow' | null {
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOf(at) - startOf(now)) / (24 * HOUR));
  if (days === 0) return at.getHours() >= 18 ? 'tonight' : 'today';
  return days === 1 ? 'tomorrow' : null;
}

interface Formats {
  /** "7:00 PM" */
  clock(at: Date): string;
  /** "Tue 7:00 PM": a day and time further away. */
  soon(at: Date, now: Date): string;
}

export interface LateSnooze {
  /** "This is after it is due (tonight 9:00 PM) — the thank-you will be late." */
  warning: string;
  /** The latest on-time reminder ("Remind me at 7:00 PM instead"), or null when it is due too soon. */
  instead: { label: string; until: Date } | null;
}

/**
 * What the snooze dialog says when `until` is after the due time of what is snoozed (one
 * thank-you, or each of a selection); null when none would be late. The reminder offered instead
 * comes before the first that would be late.
 */
export function lateSnooze(until: Date, dueAts: Date[], now: Date, formats: Formats): LateSnooze | null {
  const late = dueAts.filter((dueAt) => isLateSnooze(until, dueAt, now));
  if (late.length === 0) return null;
  const first = new Date(Math.min(...late.map((d) => d.getTime())));
  const when = (at: Date) => {
    const day = dayWord(at, now);
    return day ? `${day} ${formats.clock(at)}` : formats.soon(at, now);
  };
  const at = onTimeInstead(first, now);
  const day = at && dayWord(at, now);
  const remind = day === 'today' || day === 'tonight' ? `at ${formats.clock(at!)}` : day === 'tomorrow' ? `tomorrow at ${formats.clock(at!)}` : at && `on ${formats.soon(at, now)}`;
  const what =
    dueAts.length === 1
      ? `This is after it is due (${when(first)}) — the thank-you will be late.`
      : late.length === 1
        ? `This is after one of them is due (${when(first)}) — it will be late.`
        : `This is after ${late.length} of them are due (the first ${when(first)}) — they will be late.`;
  return {
    warning: `${what}${at ? '' : ` ${dueAts.length === 1 ? 'It' : late.length === 1 ? 'That one' : 'The first'} is due too soon for a reminder before then.`}`,
    instead: at && { label: `Remind me ${remind} instead`, until: at },
  };
}
