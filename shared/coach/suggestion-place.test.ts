import { describe, expect, it } from 'vitest';
import type { NoteCheckId } from './review-note';
import { placeSuggestion } from './suggestion-place';

/** The note after the suggestion is put in, with `|` where the cursor lands. */
function withSuggestion(markdown: string, checkId: NoteCheckId, suggestion: string): string {
  const edit = placeSuggestion(markdown, checkId, suggestion);
  const next = markdown.slice(0, edit.from) + edit.insert + markdown.slice(edit.to);
  return `${next.slice(0, edit.cursor)}|${next.slice(edit.cursor)}`;
}

const NEXT = 'I would welcome a short call next week.';
const POINT = 'I especially enjoyed our conversation about the intake flow.';

describe('placeSuggestion', () => {
  it('puts a next step in its own paragraph just above the closing line, not after the signature', () => {
    const note = 'Dear Priya,\n\nThank you for the interview on Tuesday.\n\nI am excited about the role.\n\nWarm regards,\nJordan Rivera';
    expect(withSuggestion(note, 'next-step', NEXT)).toBe(
      `Dear Priya,\n\nThank you for the interview on Tuesday.\n\nI am excited about the role.\n\n${NEXT}|\n\nWarm regards,\nJordan Rivera`,
    );
  });

  it('an offer to help and the promised link go above the sign-off too', () => {
    const note = 'Hi Sam,\n\nThanks for the call.\n\nBest,\nJo';
    expect(withSuggestion(note, 'offer-help', 'Happy to answer questions.')).toBe('Hi Sam,\n\nThanks for the call.\n\nHappy to answer questions.|\n\nBest,\nJo');
    expect(withSuggestion(note, 'promised-follow-up', 'As promised, here is [the deck](https://example.com/d?a=1&b=2).')).toBe(
      'Hi Sam,\n\nThanks for the call.\n\nAs promised, here is [the deck](https://example.com/d?a=1&b=2).|\n\nBest,\nJo',
    );
  });

  it('keeps the paragraphs apart when the closing line follows the text without a blank line', () => {
    expect(withSuggestion('Hi Sam,\n\nThanks for the call.\nBest,\nJo', 'next-step', NEXT)).toBe(`Hi Sam,\n\nThanks for the call.\n\n${NEXT}|\n\nBest,\nJo`);
  });

  it('treats a closing with the name on the same line as the sign-off', () => {
    expect(withSuggestion('Hi Sam,\n\nThanks for the call.\n\nThanks again, Jo', 'next-step', NEXT)).toBe(`Hi Sam,\n\nThanks for the call.\n\n${NEXT}|\n\nThanks again, Jo`);
  });

  it('treats a name alone at the end as the signature when there is no closing line', () => {
    expect(withSuggestion('Hi Sam,\n\nThanks for the call.\n\nJordan Rivera', 'next-step', NEXT)).toBe(`Hi Sam,\n\nThanks for the call.\n\n${NEXT}|\n\nJordan Rivera`);
  });

  it('stops above the "-- " signature delimiter', () => {
    expect(withSuggestion('Hi Sam,\n\nThanks for the call.\n\n-- \nJo | Designer', 'next-step', NEXT)).toBe(`Hi Sam,\n\nThanks for the call.\n\n${NEXT}|\n\n-- \nJo | Designer`);
  });

  it('goes at the end of a note with no sign-off, as its own paragraph, and alone into an empty note', () => {
    expect(withSuggestion('Hi Sam,\n\nThanks for the call today, it helped a lot.\n\n', 'next-step', NEXT)).toBe(`Hi Sam,\n\nThanks for the call today, it helped a lot.\n\n${NEXT}|\n\n`);
    expect(withSuggestion('', 'next-step', NEXT)).toBe(`${NEXT}|`);
    expect(withSuggestion('Dear Priya,', 'next-step', NEXT)).toBe(`Dear Priya,\n\n${NEXT}|`);
  });

  it('adds a point reference to the opening thanks, not to the greeting line', () => {
    const note = 'Dear Priya,\n\nThank you for meeting with me on Tuesday.\n\nI am excited about the role.\n\nWarm regards,\nJordan';
    expect(withSuggestion(note, 'discussion-point', POINT)).toBe(
      `Dear Priya,\n\nThank you for meeting with me on Tuesday. ${POINT}|\n\nI am excited about the role.\n\nWarm regards,\nJordan`,
    );
  });

  it('adds to the opening thanks when it shares the greeting line, and wraps over several lines', () => {
    expect(withSuggestion('Hi Priya — thanks for Tuesday.\n\nBest,\nJo', 'enthusiasm', 'I left excited.')).toBe('Hi Priya — thanks for Tuesday. I left excited.|\n\nBest,\nJo');
    expect(withSuggestion('Dear Priya,\n\nThank you for\nTuesday.  \n\nBest,\nJo', 'discussion-point', POINT)).toBe(`Dear Priya,\n\nThank you for\nTuesday. ${POINT}|  \n\nBest,\nJo`);
  });

  it('puts a point reference in a paragraph of its own after an opening list or heading', () => {
    expect(withSuggestion('Dear Priya,\n\n- thanks for the call\n- and the intro\n\nBest,\nJo', 'discussion-point', POINT)).toBe(
      `Dear Priya,\n\n- thanks for the call\n- and the intro\n\n${POINT}|\n\nBest,\nJo`,
    );
  });

  it('puts a point reference above the sign-off when the note has only a greeting and a sign-off', () => {
    expect(withSuggestion('Dear Priya,\n\nWarm regards,\nJo', 'discussion-point', POINT)).toBe(`Dear Priya,\n\n${POINT}|\n\nWarm regards,\nJo`);
  });

  it('replaces a greeting line, a greeting that opens a sentence, or opens the note with one', () => {
    expect(withSuggestion('Dear Sir or Madam,\n\nThank you.', 'addressed-by-name', 'Dear Priya,')).toBe('Dear Priya,|\n\nThank you.');
    expect(withSuggestion('Hi Sam — thanks for Tuesday.', 'addressed-by-name', 'Dear Priya,')).toBe('Dear Priya,| thanks for Tuesday.');
    expect(withSuggestion('Thank you for Tuesday.\n\nBest,\nJo', 'addressed-by-name', 'Dear Priya,')).toBe('Dear Priya,|\n\nThank you for Tuesday.\n\nBest,\nJo');
    expect(withSuggestion('\n\nThank you.', 'addressed-by-name', 'Dear Priya,')).toBe('\n\nDear Priya,|\n\nThank you.');
    expect(withSuggestion('', 'addressed-by-name', 'Dear Priya,')).toBe('Dear Priya,|');
  });

  it('works with right-to-left names, emoji and characters like & ? # % +', () => {
    const note = 'مرحبا ليلى،\n\nThank you for the Q&A #2 at 100% + more 🎉\n\nBest,\nJo';
    expect(withSuggestion(note, 'next-step', NEXT)).toBe(`مرحبا ليلى،\n\nThank you for the Q&A #2 at 100% + more 🎉\n\n${NEXT}|\n\nBest,\nJo`);
    expect(withSuggestion(note, 'discussion-point', POINT)).toBe(`مرحبا ليلى،\n\nThank you for the Q&A #2 at 100% + more 🎉 ${POINT}|\n\nBest,\nJo`);
  });

  it('a built-in template with placeholders left: the next step goes above "{{signOff}}"-filled closing lines', () => {
    const note = 'Dear Marcus,\n\nThank you for the phone screen. [One sentence on what you would bring to the team]\n\nMany thanks,\nJordan Rivera';
    expect(withSuggestion(note, 'offer-help', 'Happy to help.')).toBe(
      'Dear Marcus,\n\nThank you for the phone screen. [One sentence on what you would bring to the team]\n\nHappy to help.|\n\nMany thanks,\nJordan Rivera',
    );
  });
});
