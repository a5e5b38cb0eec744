import type { CheckResult } from './check-types';
import { bodyShingles, sharedCount, type Shingles } from './shingles';

/** Another note of the user's, as the copy check reads it. */
export interface OtherNote {
  /** Who it is to (or was sent to): the message names them. */
  personName: string;
  markdown: string;
}

/** Share of this note's wording found in another note from which it counts as a copy. */
const COPIED = 0.6;
/** At least this many shingles (about a sentence and a half) in common, so two short notes sharing one stock line are not "copies". */
const MIN_SHARED = 12;

/**
 * Not copied: is this note's body (greeting and sign-off aside) largely the same as another note
 * the user wrote? Similarity is the share of this note's 4-word runs that the other note also
 * has (containment): a copy with a few words changed stays high, two different notes that share
 * "Thank you for taking the time to meet with me" stay low. The closest note is named; on a tie,
 * the earlier one in `otherNotes` (the same occasion comes first).
 */
export function checkNotCopied(body: Shingles, otherNotes: readonly OtherNote[] | undefined): CheckResult {
  if (otherNotes === undefined) return { ok: true, message: 'Not compared with your other notes.' };
  if (body.size === 0 || otherNotes.length === 0) return { ok: true, message: 'There is nothing to compare yet.' };
  let best = 0;
  let bestShared = 0;
  let closest: OtherNote | null = null;
  for (const other of otherNotes) {
    const shingles = bodyShingles(other.markdown);
    if (shingles.size === 0) continue;
    const shared = sharedCount(body, shingles);
    const similarity = shared / body.size;
    if (similarity > best) {
      best = similarity;
      bestShared = shared;
      closest = other;
    }
  }
  const percent = Math.round(best * 100);
  const compared = `${otherNotes.length} other ${otherNotes.length === 1 ? 'note' : 'notes'}`;
  if (closest && best >= COPIED && bestShared >= MIN_SHARED) {
    const who = closest.personName.trim() || 'someone else';
    return { ok: false, message: `${percent}% the same as your note to ${who}; write this one for its reader.` };
  }
  if (best >= COPIED) return { ok: true, message: `Too short to compare with your ${compared}.` };
  return { ok: true, message: `Your own words: at most ${percent}% in common with your ${compared}.` };
}
