import type { OutstandingStatus } from '../../../shared';

/**
 * What "still owed" means, in SQL, written once for every read that asks: the dashboard's list
 * and figures, and "Next owed" in the editor. Fragments over `thank_yous t JOIN people p`, with
 * the parameter `@now`.
 *
 * Stored as pending or drafted: still to do (the partial index `thank_yous_outstanding` holds
 * exactly these, so this comes first). A running snooze (`snoozed_until > @now`) makes it
 * "snoozed": the user said "not now", so it is not owed until the snooze ends by itself.
 * Archiving someone means "stop reminding me".
 */
export const OUTSTANDING = `t.status IN ('pending', 'drafted')`;
export const NOT_ARCHIVED = 'p.archived_at IS NULL';

/** The statuses the user sees; "snoozed" is a running snooze, not a stored status. */
export const STATUS_CONDITION: Record<OutstandingStatus, string> = {
  pending: `(t.status = 'pending' AND (t.snoozed_until IS NULL OR t.snoozed_until <= @now))`,
  drafted: `(t.status = 'drafted' AND (t.snoozed_until IS NULL OR t.snoozed_until <= @now))`,
  snoozed: `(t.status IN ('pending', 'drafted') AND t.snoozed_until > @now)`,
};

export const EFFECTIVE_STATUS = `CASE WHEN t.snoozed_until > @now THEN 'snoozed' ELSE t.status END`;

/** Owed now: what the dashboard lists by default (pending and drafted, not snoozed, not archived). */
export const OWED_NOW = `${OUTSTANDING} AND (${STATUS_CONDITION.pending} OR ${STATUS_CONDITION.drafted}) AND ${NOT_ARCHIVED}`;

/** Most urgent first: the dashboard's default order (due time, then the older record). */
export const BY_DUE = (dir: 'ASC' | 'DESC') => `t.due_at ${dir}, t.id ${dir}`;

/**
 * A follow-up still to do: planned when the note was sent, not done yet, person not archived.
 * Over `thank_yous t JOIN people p`. Its first two terms are the partial index
 * `thank_yous_follow_ups`'s own condition, so a read by follow-up time walks that index.
 */
export const OPEN_FOLLOW_UP = `t.follow_up_due_at IS NOT NULL AND t.follow_up_done_at IS NULL AND t.status = 'sent' AND t.follow_up_text IS NOT NULL AND ${NOT_ARCHIVED}`;
