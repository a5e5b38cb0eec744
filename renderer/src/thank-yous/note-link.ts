import type { ThankYouStatus } from '../../../shared';

/** What a link to a thank-you's note says: write it, go on with the draft, or read what was sent. */
export function noteLinkLabel(status: ThankYouStatus): string {
  if (status === 'sent') return 'View sent note';
  if (status === 'drafted') return 'Continue note';
  return 'Write note';
}

/** The editor's route for a thank-you. */
export const notePath = (thankYouId: number): string => `/thanks/${thankYouId}`;
