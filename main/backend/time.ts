/** The contract carries instants as ISO strings; SQLite stores them as UTC milliseconds. */
export const toMs = (iso: string): number => Date.parse(iso);
export const toIso = (ms: number): string => new Date(ms).toISOString();
export const toIsoOrNull = (ms: number | null | undefined): string | null => (ms === null || ms === undefined ? null : toIso(ms));

/** Sent times may be a little ahead of our clock (another device, a slow click); not more. */
export const FUTURE_TOLERANCE_MS = 2 * 60_000;
