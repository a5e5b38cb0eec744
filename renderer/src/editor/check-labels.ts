import type { NoteCheckId } from '../../../shared';

/** The name of each check, as the panel and the "Send anyway" question show it. */
export const CHECK_LABELS: Record<NoteCheckId, string> = {
  'addressed-by-name': 'Greets them by name',
  'discussion-point': 'Mentions what you discussed',
  'promised-follow-up': 'Sends what you promised',
  enthusiasm: 'Shows enthusiasm',
  fit: 'Says why you fit',
  'next-step': 'Proposes a next step',
  'offer-help': 'Offers to answer questions',
  length: 'Length',
  'not-generic': 'Personal, not generic',
  'no-placeholders': 'Placeholders filled in',
  deadline: 'Timing',
  'not-copied': 'Your own words, not a copy',
  'no-repetition': 'No repeated sentences',
  'right-person': 'Addressed to the right person',
};
