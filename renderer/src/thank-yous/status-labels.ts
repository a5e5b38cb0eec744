import type { ThankYouStatus } from '../../../shared';

/**
 * A thank-you's status, named the same on every screen (dashboard, occasion, person,
 * opportunity, editor). A note handed to the mail app but not yet marked sent is still
 * "Drafted"; the question "sent?" is asked beside the badge, not as another status.
 */
export const STATUS_LABELS: Record<ThankYouStatus, string> = {
  pending: 'To do',
  drafted: 'Drafted',
  snoozed: 'Snoozed',
  sent: 'Sent',
  skipped: 'Skipped',
};
