import { localDateTimeToIso } from '../lib/local-time';

/** Messages by input name. */
export type Errors = Record<string, string | undefined>;

/** A date and a time as typed, for one instant. */
export interface Pair {
  date: string;
  time: string;
}

export function focusFirst(formId: string, order: string[], errors: Errors) {
  const first = order.find((f) => errors[f]);
  if (first) setTimeout(() => document.getElementById(`${formId}-${first}`)?.focus(), 0);
}

/** Parses a date + time pair into `errors[name + 'Date' | 'Time']`. */
export function parsePair(name: string, { date, time }: Pair, errors: Errors): string | null {
  const day = localDateTimeToIso(date, '12:00');
  if (!day.ok) {
    errors[`${name}Date`] = day.message;
    return null;
  }
  const full = localDateTimeToIso(date, time);
  if (!full.ok) {
    errors[`${name}Time`] = full.message;
    return null;
  }
  return full.iso;
}

/** Checks a date-and-time pair as typed: the instant, or null with the messages shown and the first focused. */
export function checkPair(formId: string, name: string, pair: Pair, setErrors: (errors: Errors) => void): string | null {
  const found: Errors = {};
  const iso = parsePair(name, pair, found);
  setErrors(found);
  if (!iso) focusFirst(formId, [`${name}Date`, `${name}Time`], found);
  return iso;
}
