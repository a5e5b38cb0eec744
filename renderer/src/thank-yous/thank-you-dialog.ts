import type { ThankYouSummary } from '../../../shared';

export const FOLLOW_UP_TEXT_MISSING = 'Say what the follow-up is, e.g. “call to touch base”.';

/**
 * What the mark-sent, skip and snooze dialogs need of a thank-you: the dashboard's rows have no
 * full summary. With its due time the snooze dialog warns of a snooze past it; with its running
 * snooze and unanswered hand-off, undoing a skip or a new snooze puts them back.
 */
export type ThankYouRef = Pick<ThankYouSummary, 'id' | 'channel'> & Partial<Pick<ThankYouSummary, 'dueAt' | 'snoozedUntil' | 'handedOffAt' | 'handoffMethod'>>;

export interface ThankYouDialogProps<T extends ThankYouRef = ThankYouSummary> {
  thankYou: T;
  personName: string;
  onClose(): void;
}
