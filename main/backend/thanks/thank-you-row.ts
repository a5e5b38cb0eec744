import type { Channel, HandoffMethod, ThankYouStatus, ThankYouSummary } from '../../../shared';
import { toIso, toIsoOrNull } from '../time';

/** The thank-you columns, prefixed `ty_`, for queries that join them onto other rows. */
export function thankYouColumns(alias: string): string {
  return [
    'id',
    'occasion_id',
    'person_id',
    'status',
    'due_at',
    'due_overridden',
    'snoozed_until',
    'skip_reason',
    'channel',
    'sent_at',
    'follow_up_text',
    'follow_up_due_at',
    'follow_up_done_at',
    'handed_off_at',
    'handoff_method',
  ]
    .map((column) => `${alias}.${column} AS ty_${column}`)
    .join(', ');
}

export interface ThankYouRow {
  ty_id: number | null;
  ty_occasion_id: number;
  ty_person_id: number;
  ty_status: 'pending' | 'drafted' | 'sent' | 'skipped';
  ty_due_at: number;
  ty_due_overridden: number;
  ty_snoozed_until: number | null;
  ty_skip_reason: string | null;
  ty_channel: string | null;
  ty_sent_at: number | null;
  ty_follow_up_text: string | null;
  ty_follow_up_due_at: number | null;
  ty_follow_up_done_at: number | null;
  ty_handed_off_at: number | null;
  ty_handoff_method: HandoffMethod | null;
}

/** The status the user sees: a running snooze shows as "snoozed", an ended one no longer does. */
export function effectiveStatus(stored: ThankYouRow['ty_status'], snoozedUntil: number | null, nowMs: number): ThankYouStatus {
  if ((stored === 'pending' || stored === 'drafted') && snoozedUntil !== null && snoozedUntil > nowMs) return 'snoozed';
  return stored;
}

export function toThankYouSummary(row: ThankYouRow, nowMs: number): ThankYouSummary | null {
  if (row.ty_id === null) return null;
  return {
    id: row.ty_id,
    occasionId: row.ty_occasion_id,
    personId: row.ty_person_id,
    status: effectiveStatus(row.ty_status, row.ty_snoozed_until, nowMs),
    dueAt: toIso(row.ty_due_at),
    dueOverridden: row.ty_due_overridden === 1,
    snoozedUntil: row.ty_snoozed_until !== null && row.ty_snoozed_until > nowMs ? toIso(row.ty_snoozed_until) : null,
    skipReason: row.ty_skip_reason,
    channel: row.ty_channel as Channel | null,
    sentAt: toIsoOrNull(row.ty_sent_at),
    followUp:
      row.ty_follow_up_text !== null && row.ty_follow_up_due_at !== null
        ? { text: row.ty_follow_up_text, dueAt: toIso(row.ty_follow_up_due_at), doneAt: toIsoOrNull(row.ty_follow_up_done_at) }
        : null,
    handedOffAt: toIsoOrNull(row.ty_handed_off_at),
    handoffMethod: row.ty_handoff_method,
  };
}
