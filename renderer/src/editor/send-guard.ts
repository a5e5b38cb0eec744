import type { NoteCheck, NoteCheckId, NoteReview } from '../../../shared';

/**
 * What the coach finds that should make the writer stop before a note leaves the app: it could
 * go to anyone, it is another note copied, or it greets someone else on the panel. The other
 * checks are advice; these are the mistakes the product exists to prevent, so they ask first.
 */
const ASK_BEFORE_SENDING: readonly NoteCheckId[] = ['not-generic', 'not-copied', 'right-person'];

export function sendConcerns(review: NoteReview): NoteCheck[] {
  return review.checks.filter((check) => !check.ok && ASK_BEFORE_SENDING.includes(check.id));
}
