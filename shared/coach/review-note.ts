import type { OccasionKind } from '../domain/occasion-kinds';
import { checkNotCopied, type OtherNote } from './check-copied';
import { checkDeadline } from './check-deadline';
import { checkEnthusiasm } from './check-enthusiasm';
import { checkFit } from './check-fit';
import { checkNotGeneric } from './check-generic';
import { checkGreeting } from './check-greeting';
import { checkLength } from './check-length';
import { checkNextStep } from './check-next-step';
import { checkOfferHelp } from './check-offer-help';
import { checkPlaceholders } from './check-placeholders';
import { checkNoRepetition } from './check-repetition';
import { checkRightPerson, type OtherParticipant } from './check-right-person';
import { checkDiscussionPoint, checkFollowUps } from './check-topics';
import type { CheckResult } from './check-types';
import { buildNoteIndex } from './note-index';
import { splitNote } from './note-parts';
import { personNames } from './person-names';
import { readInline, toReaderText } from './reader-text';
import { shinglesOf } from './shingles';
import { templateSentences } from './template-sentences';
import { matchFollowUps, matchPoints } from './topics';

/** The coach's checks, in the order the panel lists them. Other code and tests rely on these ids. */
export const NOTE_CHECK_IDS = [
  'addressed-by-name',
  'discussion-point',
  'promised-follow-up',
  'enthusiasm',
  'fit',
  'next-step',
  'offer-help',
  'length',
  'not-generic',
  'no-placeholders',
  'deadline',
  'not-copied',
  'no-repetition',
  'right-person',
] as const;

export type NoteCheckId = (typeof NOTE_CHECK_IDS)[number];

export interface NoteCheck {
  id: NoteCheckId;
  /** True when the note passes, or when the check does not apply (the message says which). */
  ok: boolean;
  /** One short sentence for the panel. */
  message: string;
  /** Text the UI may offer to insert with one click (a greeting, a next-step sentence…). */
  suggestion?: string;
}

export interface NoteReviewInput {
  /** The draft body, in Markdown. */
  markdown: string;
  subject?: string;
  person: { name: string; addressAs?: string | null };
  /** A follow-up is text with any link in it ("Deck https://…"), or the occasion's `{ text, url }`. */
  occasion: { kind: OccasionKind; discussionPoints: readonly string[]; promisedFollowUps: readonly (string | { text: string; url?: string | null })[] };
  /**
   * The user's other notes (sent and drafted; the same occasion's first), to catch a copy.
   * Absent: the copy check says it did not compare. Extra fields are ignored.
   */
  otherNotes?: readonly OtherNote[];
  /** The other participants of the occasion (the rest of the panel), to catch a note addressed to one of them. */
  otherParticipants?: readonly OtherParticipant[];
  /** The template the note started from (filled in, as it was inserted): its untouched sentences are not specific. */
  templateText?: string | null;
  /** When the thank-you is due (ISO-8601 instant or Date). */
  dueAt?: string | Date | null;
  /** Defaults to the current time. */
  now?: Date;
}

export type { OtherNote } from './check-copied';
export type { OtherParticipant } from './check-right-person';

export interface NoteReview {
  checks: NoteCheck[];
}

/**
 * The coach: checks a draft against the advice for a good thank-you (greet by name, come back to
 * what you discussed, send what you promised, show enthusiasm, say why you fit, propose a next
 * step, offer to answer questions, keep it short, specific and your own, in time, to the right
 * person, without repeating yourself); the checks are listed in
 * docs/notes.md. Pure and synchronous; it runs as
 * the user types, so the note is parsed and its words stemmed once, and every check reads from
 * that (a 2,000-word note is reviewed in a few milliseconds).
 */
export function reviewNote(input: NoteReviewInput): NoteReview {
  const { kind } = input.occasion;
  const reader = toReaderText(input.markdown);
  const parts = splitNote(reader.lines);
  const names = personNames(input.person);
  const index = buildNoteIndex(parts.body, reader.urls);
  const points = matchPoints(input.occasion.discussionPoints, index);
  const followUps = matchFollowUps(input.occasion.promisedFollowUps, index);
  const subjectPlaceholders: string[] = [];
  readInline(input.subject ?? '', [], subjectPlaceholders);

  const results: Record<NoteCheckId, CheckResult> = {
    'addressed-by-name': checkGreeting(parts, names),
    'discussion-point': checkDiscussionPoint(points),
    'promised-follow-up': checkFollowUps(followUps),
    enthusiasm: checkEnthusiasm(parts.body, kind),
    fit: checkFit(parts.body, kind),
    'next-step': checkNextStep(parts.body, kind),
    'offer-help': checkOfferHelp(parts.body, kind),
    length: checkLength(parts.bodyWords),
    'not-generic': checkNotGeneric({ body: parts.body, index, points, followUps, names, kind, fromTemplate: templateSentences(input.templateText) }),
    'no-placeholders': checkPlaceholders(reader.placeholders, subjectPlaceholders),
    deadline: checkDeadline(input.dueAt, input.now ?? new Date()),
    'not-copied': checkNotCopied(shinglesOf(parts.body), input.otherNotes),
    'no-repetition': checkNoRepetition(parts.body),
    'right-person': checkRightPerson(parts, names, input.otherParticipants),
  };
  return { checks: NOTE_CHECK_IDS.map((id) => ({ id, ...results[id] })) };
}
