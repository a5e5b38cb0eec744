import { CHANNEL_LABELS, OCCASION_KIND_LABELS, type OutstandingItem } from '../../../shared';
import { ago, dueRelative, soon } from '../lib/time-text';
import { capitalize } from '../lib/text';
import { STATUS_LABELS } from '../thank-yous/status-labels';

/** Due within this many hours: shown as "soon" (an icon and a colour) before it is overdue. */
const SOON_HOURS = 6;

/** "overdue by 2 h" / "due in 5 h", and how urgent that is, from the page's own clock. */
export function countdown(dueAt: string, now: Date): { text: string; urgency: 'overdue' | 'soon' | 'later' } {
  const { text, overdue } = dueRelative(dueAt, now);
  if (overdue) return { text, urgency: 'overdue' };
  return { text, urgency: Date.parse(dueAt) - now.getTime() < SOON_HOURS * 3_600_000 ? 'soon' : 'later' };
}

/**
 * Whether the row asks "sent?": the note was handed to the mail app and the user has not said.
 * While snoozed (put off on purpose) the row shows the snooze; the question is back when it ends.
 */
export const asksIfSent = (item: OutstandingItem): item is OutstandingItem & { handedOffAt: string } => item.handedOffAt !== null && item.status !== 'snoozed';

/** What a screen reader says for a row: who, for what, when, in what state. */
export function rowLabel(item: OutstandingItem, countdownText: string, now: Date): string {
  const who = item.company ? `${item.fullName}, ${item.company}` : item.fullName;
  const status = item.status === 'snoozed' && item.snoozedUntil ? `snoozed until ${soon(item.snoozedUntil, now)}` : STATUS_LABELS[item.status].toLowerCase();
  const handedOff = asksIfSent(item) ? ` Handed off ${ago(item.handedOffAt, now)}, not marked sent yet.` : '';
  return `${who}. ${OCCASION_KIND_LABELS[item.kind]}: ${item.occasionTitle}. ${capitalize(countdownText)}. ${capitalize(status)}, ${CHANNEL_LABELS[item.channel]}.${handedOff}`;
}
