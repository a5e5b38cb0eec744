import type { ThankYouStatus } from '../../../shared';
import { noteLinkLabel } from '../editor/note-link';

/**
 * A note's link in the history (a person's timeline, an occasion's thank-yous). A sent one says
 * plainly that it opens what was sent: the editor shows it read-only.
 */
export function historyNoteLabel(status: ThankYouStatus): string {
  return status === 'sent' ? 'View sent note' : noteLinkLabel(status);
}
