import type { CheckResult } from './check-types';
import { bodyShingles, type Shingles } from './shingles';

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
 * the earlier one in `otherNotes` (the same occasion comes first). The other notes are indexed once
 * per list (shingle → notes), so a keystroke costs one look-up per shingle of this note.
 */
export function checkNotCopied(body: Shingles, otherNotes: readonly OtherNote[] | undefined): CheckResult {
  if (otherNotes === undefined) return { ok: true, message: 'Not compared with your other notes.' };
  if (body.size === 0 || otherNotes.length === 0) return { ok: true, message: 'There is nothing to compare yet.' };
  const { postings } = indexOf(otherNotes);
  const shared = new Uint32Array(otherNotes.length);
  for (const shingle of body) {
    const notes = postings.get(shingle);
    if (notes) for (const note of notes) shared[note]! += 1;
  }
  let closest = -1;
  for (let note = 0; note < shared.length; note += 1) if (closest === -1 || shared[note]! > shared[closest]!) closest = note;
  const best = shared[closest]! / body.size;
  const percent = Math.round(best * 100);
  const compared = `${otherNotes.length} other ${otherNotes.length === 1 ? 'note' : 'notes'}`;
  if (best >= COPIED && shared[closest]! >= MIN_SHARED) {
    const who = otherNotes[closest]!.personName.trim() || 'someone else';
    return { ok: false, message: `${percent}% the same as your note to ${who}; write this one for its reader.` };
  }
  if (best >= COPIED) return { ok: true, message: `Too short to compare with your ${compared}.` };
  return { ok: true, message: `Your own words: at most ${percent}% in common with your ${compared}.` };
}

/** Which of the other notes hold each shingle: the note being written then looks up its own shingles only. */
interface OtherNotesIndex {
  postings: Map<number, number[]>;
}

// The list is the same object from one keystroke to the next (the editor fetches it once per note).
const indexes = new WeakMap<readonly OtherNote[], OtherNotesIndex>();

function indexOf(otherNotes: readonly OtherNote[]): OtherNotesIndex {
  const known = indexes.get(otherNotes);
  if (known) return known;
  const postings = new Map<number, number[]>();
  otherNotes.forEach((other, note) => {
    for (const shingle of bodyShingles(other.markdown)) {
      const notes = postings.get(shingle);
      if (notes) notes.push(note);
      else postings.set(shingle, [note]);
    }
  });
  const index = { postings };
  indexes.set(otherNotes, index);
  return index;
}
