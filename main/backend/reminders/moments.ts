import type { OccasionKind, ReminderReason } from '../../../shared';

export const HOUR = 3_600_000;
/**
 * A moment older than this is not notified on its own (after a week off, a night with the laptop
 * shut): it is part of the morning summary instead, so a wake never brings a flood.
 */
export const STALE_AFTER_MS = 24 * HOUR;

/** A thank-you still owed (pending or drafted, person not archived), with what a notification says about it. */
export interface OwedThankYou {
  id: number;
  dueAt: number;
  snoozedUntil: number | null;
  kind: OccasionKind;
  fullName: string;
  company: string;
  occasionTitle: string;
}

/** A sent thank-you's follow-up not done yet. */
export interface FollowUp {
  id: number;
  followUpDueAt: number;
  text: string;
  fullName: string;
  company: string;
  occasionTitle: string;
}

/** Something to notify, with the instant it falls due (before quiet hours or a pause move it). */
export type Moment =
  | { reason: 'due-soon' | 'overdue'; key: string; at: number; thankYou: OwedThankYou }
  | { reason: 'follow-up'; key: string; at: number; followUp: FollowUp }
  | { reason: 'morning-summary'; key: string; at: number };

type ThankYouMoment = Extract<Moment, { thankYou: OwedThankYou }>;

/**
 * A thank-you's two moments: "due soon" `lead` before it is due and "overdue" when it is. A snooze
 * postpones both to its end, and the key then names the snooze too: the end of a snooze is a
 * moment of its own, so a thank-you snoozed after its overdue notice is announced again when the
 * snooze ends. The key names the due time, so a re-dated thank-you warns again.
 */
export function thankYouMoments(thankYou: OwedThankYou, leadMs: number): [ThankYouMoment, ThankYouMoment] {
  const { id, dueAt, snoozedUntil } = thankYou;
  const soon = dueAt - leadMs;
  const snooze = snoozedUntil ?? Number.NEGATIVE_INFINITY;
  return [
    { reason: 'due-soon', key: `due-soon:${id}:${dueAt}${snooze > soon ? `:${snooze}` : ''}`, at: Math.max(soon, snooze), thankYou },
    { reason: 'overdue', key: `overdue:${id}:${dueAt}${snooze > dueAt ? `:${snooze}` : ''}`, at: Math.max(dueAt, snooze), thankYou },
  ];
}

/** The latest moment that has come (an overdue thank-you's "due soon" is superseded), or null. */
export function currentThankYouMoment(thankYou: OwedThankYou, leadMs: number, now: number): ThankYouMoment | null {
  const [soon, overdue] = thankYouMoments(thankYou, leadMs);
  if (overdue.at <= now) return overdue;
  return soon.at <= now ? soon : null;
}

/** The first of a thank-you's moments after `after`, or null. */
export function nextThankYouMoment(thankYou: OwedThankYou, leadMs: number, after: number): number | null {
  const moment = thankYouMoments(thankYou, leadMs).find((candidate) => candidate.at > after);
  return moment ? moment.at : null;
}

export function followUpMoment(followUp: FollowUp): Moment {
  return { reason: 'follow-up', key: `follow-up:${followUp.id}:${followUp.followUpDueAt}`, at: followUp.followUpDueAt, followUp };
}

export function summaryKey(localDay: string): string {
  return `summary:${localDay}`;
}

/** What a stored key stands for: its reason and, for all but the summary, the thank-you's id. */
export function parseKey(key: string): { reason: ReminderReason; thankYouId: number | null } | null {
  const [prefix, id] = key.split(':');
  if (prefix === 'summary') return { reason: 'morning-summary', thankYouId: null };
  if (prefix !== 'due-soon' && prefix !== 'overdue' && prefix !== 'follow-up') return null;
  const thankYouId = Number(id);
  return Number.isSafeInteger(thankYouId) ? { reason: prefix, thankYouId } : null;
}
