import { describe, expect, it } from 'vitest';
import { formatSpan } from './check-deadline';
import { listOf } from './check-types';
import { reviewNote, type NoteCheckId, type NoteReviewInput } from './review-note';

const NOW = new Date('2026-03-11T12:00:00Z');
const PRIYA = { name: 'Priya Raman', addressAs: 'Priya' };
const INTERVIEW: NoteReviewInput['occasion'] = { kind: 'interview', discussionPoints: ['Billing migration'], promisedFollowUps: [] };

function check(id: NoteCheckId, markdown: string, extra: Partial<NoteReviewInput> = {}) {
  const result = reviewNote({ markdown, person: PRIYA, occasion: INTERVIEW, now: NOW, ...extra }).checks.find((candidate) => candidate.id === id);
  return result!;
}
/** A note with one sentence in its body. */
const withBody = (sentence: string) => `Dear Priya,\n\n${sentence}\n\nBest,\nSam`;

describe('addressed-by-name', () => {
  const greeting = (line: string, person = PRIYA) => check('addressed-by-name', `${line}\n\nThanks for the chat.\n\nBest,\nSam`, { person });

  it.each(['Dear Priya,', 'Hi Priya -', 'Hi Priya —', 'Priya,', 'Hey Priya!', 'Dear Ms. Raman,', 'Dear Raman,', 'Good morning Priya,', 'Hi PRIYA,', 'Hi Priya and team,'])(
    '%s greets her by name',
    (line) => expect(greeting(line).ok).toBe(true),
  );

  it.each([
    ['To whom it may concern,', '“To whom it may concern” could be to anyone; greet Priya by name.'],
    ['Dear Sir or Madam,', '“Dear Sir or Madam” could be to anyone; greet Priya by name.'],
    ['Dear Hiring Manager,', '“Dear Hiring Manager” could be to anyone; greet Priya by name.'],
    ['Dear Acme Team,', '“Dear Acme Team” could be to anyone; greet Priya by name.'],
    ['Hello,', '“Hello” could be to anyone; greet Priya by name.'],
    ['Hi there,', '“Hi there” could be to anyone; greet Priya by name.'],
    ['Dear Dr. Lee,', 'The greeting names Lee, but this note is for Priya Raman; copied from another note?'],
    ['Dear [Name],', 'The greeting still holds a placeholder; greet Priya by name.'],
  ])('%s fails: %s', (line, message) => {
    expect(greeting(line)).toEqual({ id: 'addressed-by-name', ok: false, message, suggestion: 'Dear Priya,' });
  });

  it('matches names whatever their accents, case, hyphens or apostrophes', () => {
    expect(greeting('Dear Søren,', { name: 'Soren Kierkegaard', addressAs: '' }).ok).toBe(true);
    expect(greeting('Dear Zoe,', { name: 'Zoë Martin', addressAs: '' }).ok).toBe(true);
    expect(greeting('Dear Jean-Luc,', { name: 'Jean-Luc Picard', addressAs: '' }).ok).toBe(true);
    expect(greeting('Dear Mr. O’Brien,', { name: "Pat O'Brien", addressAs: '' }).ok).toBe(true);
    expect(greeting('Dear Jo,', { name: 'Joanna Smith', addressAs: 'Jo' }).ok).toBe(true);
  });

  it('suggests the greeting the person prefers', () => {
    expect(greeting('Hello,', { name: 'Dr. Amara Okafor', addressAs: 'Dr. Okafor' }).suggestion).toBe('Dear Dr. Okafor,');
    expect(greeting('Hello,', { name: 'Dr. Amara Okafor', addressAs: '' }).suggestion).toBe('Dear Amara,');
  });

  it('looks at the first sentence when there is no greeting line', () => {
    expect(greeting('Thanks, Priya!').message).toBe('Names Priya in the opening line.');
    expect(check('addressed-by-name', 'Thank you so much for the chat.').ok).toBe(false);
  });

  it('does not check a person with no recorded name', () => {
    expect(greeting('Hello,', { name: '', addressAs: '' }).ok).toBe(true);
  });
});

describe('enthusiasm', () => {
  it.each([
    "I couldn't be more excited about the role.",
    "I can't wait to hear more.",
    'Not only was I impressed, I was inspired.',
    'I appreciate your time.',
    'I look forward to working with you.',
    'I was never bored and really enjoyed it.',
  ])('counts: %s', (sentence) => expect(check('enthusiasm', withBody(sentence)).ok).toBe(true));

  it.each([
    "I'm not excited about the role.",
    "I don't love the commute but the team is fine.",
    'Thank you for your time.',
    'I look forward to hearing from you.',
  ])('does not count: %s', (sentence) => expect(check('enthusiasm', withBody(sentence)).ok).toBe(false));
});

describe('fit', () => {
  it.each([
    'My experience with Kafka at Acme would transfer directly to your streaming team.',
    "I've built three data pipelines like the one you described.",
    "I'm confident I could help your team cut the cloud bill in half.",
    'My background in payments maps directly onto your ledger work.',
    'Having led a similar migration, I know where the sharp edges are.',
  ])('counts: %s', (sentence) => expect(check('fit', withBody(sentence)).ok).toBe(true));

  it.each([
    "I'd be a great fit.",
    'I believe my skills and experience make me a strong candidate for the position.',
    "I've built data pipelines for five years.",
    "I don't have experience with Kafka.",
    'Let me know if I can help your team in any way.',
  ])('does not count: %s', (sentence) => expect(check('fit', withBody(sentence)).ok).toBe(false));

  it('is not needed for other occasions', () => {
    expect(check('fit', withBody('Thanks.'), { occasion: { ...INTERVIEW, kind: 'mentoring' } })).toEqual({
      id: 'fit',
      ok: true,
      message: 'Not needed when thanking for a mentoring session.',
    });
  });
});

describe('next-step', () => {
  it.each([
    "I'll call you on Thursday.",
    'Could we grab coffee next week?',
    'Coffee next week?',
    'I look forward to hearing about next steps.',
    'Are you free next Tuesday for a quick chat?',
    "I'll send you an invite for Friday.",
    'Does Thursday at 3pm work for you?',
    "I'll keep you posted on how it goes.",
  ])('counts: %s', (sentence) => expect(check('next-step', withBody(sentence)).ok).toBe(true));

  it.each([
    "I'd like to thank you for taking the time to talk with me.",
    "I won't follow up unless you want me to.",
    'Thank you for the call last week.',
    "I'm happy to talk through any questions.",
  ])('does not count: %s', (sentence) => expect(check('next-step', withBody(sentence)).ok).toBe(false));

  it('calls the passive close weak, and suggests something concrete for the occasion', () => {
    expect(check('next-step', withBody("Let's keep in touch."))).toMatchObject({ ok: false, message: '“keep in touch” leaves the next move to them; propose one, such as a short call.' });
    expect(check('next-step', withBody('Thanks.'), { occasion: { ...INTERVIEW, kind: 'referral' } }).suggestion).toBe("I'll keep you posted on how it goes.");
  });
});

describe('offer-help', () => {
  it.each([
    'Please let me know if you have any questions.',
    "Let me know if there's anything else I can provide.",
    "I'm happy to provide references.",
    'Feel free to reach out anytime.',
    'If you need more information, just ask.',
    'I can send more examples of my work if useful.',
  ])('counts: %s', (sentence) => expect(check('offer-help', withBody(sentence)).ok).toBe(true));

  it.each(["I don't have any questions right now.", 'Thanks for answering all my questions.'])('does not count: %s', (sentence) =>
    expect(check('offer-help', withBody(sentence)).ok).toBe(false),
  );
});

describe('promised-follow-up', () => {
  const promised = (followUp: string, sentence: string) =>
    check('promised-follow-up', withBody(sentence), { occasion: { ...INTERVIEW, discussionPoints: [], promisedFollowUps: [followUp] } });

  it('matches a link however its scheme, www. or trailing slash are written', () => {
    expect(promised('Deck https://example.com/deck/', 'Here it is: http://www.example.com/deck').ok).toBe(true);
    expect(promised('Deck https://example.com/deck/', 'Here it is: [the deck](https://example.com/deck?utm=x)').ok).toBe(true);
    expect(promised('Deck https://example.com/deck', 'See example.com/deck').ok).toBe(true);
    expect(promised('Deck https://example.com/deck', 'Here it is: https://example.com/other')).toEqual({
      id: 'promised-follow-up',
      ok: false,
      message: 'Missing what you promised: “Deck”.',
      suggestion: 'As promised, here is [the deck](https://example.com/deck).',
    });
  });

  it('takes a follow-up as the occasion stores it, { text, url }, and a link the template percent-encoded', () => {
    const stored = (followUp: { text: string; url?: string | null }, sentence: string) =>
      check('promised-follow-up', withBody(sentence), { occasion: { ...INTERVIEW, discussionPoints: [], promisedFollowUps: [followUp] } });
    expect(stored({ text: 'Talk [slides]', url: 'https://example.com/talk' }, 'Here: https://example.com/other')).toMatchObject({
      ok: false,
      message: 'Missing what you promised: “Talk [slides]”.',
      suggestion: 'As promised, here is [the talk \\[slides\\]](https://example.com/talk).',
    });
    expect(stored({ text: 'Talk', url: 'https://example.com/café notes' }, 'Here: [talk](https://example.com/caf%C3%A9%20notes)').ok).toBe(true);
    expect(stored({ text: 'My portfolio', url: '' }, 'My portfolio is attached.').ok).toBe(true);
    expect(stored({ text: '', url: 'https://example.com/a' }, 'Nothing here.').suggestion).toBe('As promised, here is the link: https://example.com/a');
  });

  it('matches a promise without a link on its words', () => {
    expect(promised('Send slides from observability talk', "I've attached the slides from my talk on observability.").ok).toBe(true);
    expect(promised('Send slides from observability talk', "I've attached the slides.").ok).toBe(false);
    expect(promised('Introduce her to Marco at Stripe', "Introducing you to Marco here, cc'd.").ok).toBe(true);
  });
});

describe('length', () => {
  const words = (count: number) => withBody(`${'word '.repeat(count).trim()}.`);
  it.each([
    [79, false],
    [80, true],
    [250, true],
    [251, false],
  ])('%i words → ok %s', (count, ok) => expect(check('length', words(count)).ok).toBe(ok));
});

describe('not-generic', () => {
  it('fails a note of stock phrases even when it mentions a discussion point once', () => {
    const note = withBody(
      'Thank you for taking the time to meet with me. I enjoyed our conversation about the billing migration. I am very excited about the opportunity. I believe my skills would make me a great fit. Thank you again for your time and consideration. I look forward to hearing from you.',
    );
    expect(check('discussion-point', note).ok).toBe(true);
    expect(check('not-generic', note)).toMatchObject({ ok: false, message: 'Stock phrases outnumber specific sentences 5 to 1; swap some for details of this interview.' });
  });

  it('passes a note that is specific without any recorded point', () => {
    const note = withBody('The way you rewrote the Lighthouse headline in two minutes changed how I see my portfolio. I have redone three pages since.');
    expect(check('not-generic', note, { occasion: { kind: 'other', discussionPoints: [], promisedFollowUps: [] } }).ok).toBe(true);
  });
});

describe('deadline', () => {
  const at = (dueAt: NoteReviewInput['dueAt']) => check('deadline', 'Dear Priya,', { dueAt });

  it.each([
    ['2026-03-12T09:00:00Z', true, 'Due in 21 h.'],
    ['2026-03-11T13:30:00Z', true, 'Due in 1 h 30 min; send it soon.'],
    ['2026-03-14T15:00:00+01:00', true, 'Due in 3 d 2 h.'],
    ['2026-03-11T12:00:30Z', true, 'Due in under a minute; send it now.'],
    ['2026-03-11T11:59:30Z', false, 'Just overdue; send it now, a late note still beats none.'],
    ['2026-03-11T10:00:00Z', false, 'Overdue by 2 h; send it today, a late note still beats none.'],
    ['2026-03-09T11:00:00Z', false, 'Overdue by 2 d 1 h; send it today, a late note still beats none.'],
    [undefined, true, 'No due time is set for this thank-you.'],
    [null, true, 'No due time is set for this thank-you.'],
    ['not a date', true, 'The due time could not be read, so it is not checked.'],
  ])('due %s → ok %s', (dueAt, ok, message) => expect(at(dueAt)).toEqual({ id: 'deadline', ok, message }));

  it('takes a Date as well as a string', () => expect(at(new Date('2026-03-11T12:40:00Z')).message).toBe('Due in 40 min; send it soon.'));

  it('formats spans the same in every locale', () => {
    expect([59_000, 60_000, 3_600_000, 5_400_000, 86_400_000, 90_000_000].map(formatSpan)).toEqual(['0 min', '1 min', '1 h', '1 h 30 min', '1 d', '1 d 1 h']);
  });
});

describe('listOf', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
    [['A', 'B', 'C', 'D'], 'A, B and 2 more'],
  ])('%j → %s', (items, text) => expect(listOf(items)).toBe(text));
});
