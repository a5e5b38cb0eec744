import type { ThankYouStatus } from '../../../shared';

/** A thank-you's status as its badge says it. */
export const STATUS_LABELS: Record<ThankYouStatus, string> = {
  pending: 'To do',
  drafted: 'Drafted',
  snoozed: 'Snoozed',
  sent: 'Sent',
  skipped: 'Skipped',
};
