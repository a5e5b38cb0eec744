/**
 * The contract carries instants as ISO strings. SQLite stores the instants the app computes with
 * (occasion times; due, sent, snoozed, follow-up, hand-off and draft-saved times) as UTC milliseconds; these
 * convert between the two. The bookkeeping stamps `created_at`, `updated_at` and `archived_at`
 * are stored as ISO text (`Date#toISOString`) and returned as they are.
 */
export const toMs = (iso: string): number => Date.parse(iso);
export const toIso = (ms: number): string => new Date(ms).toISOString();
export const toIsoOrNull = (ms: number | null | undefined): string | null => (ms === null || ms === undefined ? null : toIso(ms));

/** Sent times may be a little ahead of our clock (another device, a slow click); not more. */
export const FUTURE_TOLERANCE_MS = 2 * 60_000;
