import type { NoteCheckId, NoteReviewInput, OtherNote } from './review-note';

/**
 * Notes written to fool the coach (issue 11): copies of another note with the greeting changed,
 * the template sent as it came, stock phrases that share a word with a recorded point, repeated
 * sentences and notes addressed to the wrong person; and honest notes that look a little like
 * them and must not be flagged. Graded the way a careful reader would grade them. Each fixture
 * says what it expects of the checks it is about (`expect`); the others are not its subject.
 * Long by nature (a catalogue of whole sample notes, one idea: test data), so it is not split.
 *
 * The occasion: a panel interview at Northwind Health for a Product Designer role, with Priya
 * Raman (design lead), Marcus Chen (engineering manager) and Zoë Adeyemi (clinical lead).
 */
export interface TrickFixture {
  name: string;
  input: NoteReviewInput;
  expect: Partial<Record<NoteCheckId, boolean>>;
  messages?: Partial<Record<NoteCheckId, RegExp>>;
}

const note = (markdown: string) => markdown.replace(/^\n/u, '');

const PRIYA = { name: 'Priya Raman', addressAs: 'Priya' };
const MARCUS = { name: 'Marcus Chen', addressAs: 'Marcus' };
const ZOE = { name: 'Zoë Adeyemi', addressAs: 'Zoë' };
const PANEL: NoteReviewInput['occasion'] = {
  kind: 'interview',
  discussionPoints: ['how the design team pairs with clinicians', 'redesigning the patient intake flow', 'accessibility audits'],
  promisedFollowUps: [],
};
const DUE = '2026-03-12T09:00:00Z';

/** Already sent to Marcus. */
const TO_MARCUS_BODY = `Thank you for the time on Tuesday's panel. Your walkthrough of how engineering picks up a design once it leaves Figma was the most concrete picture of a handoff I have seen in an interview, especially the shared "definition of ready" checklist your team keeps in Linear.

I keep thinking about your point that the patient intake flow fails older patients at the insurance step, not at sign-up. At Caremark I rebuilt a similar form for Medicare members and cut abandonment from 38% to 21% by splitting the insurance questions across two screens and letting people photograph their card.

I would love to continue the conversation, and I am happy to walk your engineers through the component specs I shared in my portfolio. If anything about my background is unclear, just ask.`;

const TO_MARCUS: OtherNote = { personName: 'Marcus Chen', markdown: `Dear Marcus,\n\n${TO_MARCUS_BODY}\n\nBest regards,\nSam Lee` };

/** Drafted for Zoë, on the same panel. */
const TO_ZOE: OtherNote = {
  personName: 'Zoë Adeyemi',
  markdown: note(`
Hi Zoë,

Thank you for taking the time to meet with me on Tuesday. Hearing a clinical lead describe the intake flow from the front desk's side changed how I think about it: the nurses re-type half of what patients enter because the form's medication list does not match the pharmacy system.

Shadowing sessions like the ones you described, where designers spend a morning at the clinic each sprint, are exactly how I worked at Caremark, and I would be glad to bring that habit with me.

I look forward to hearing from you about next steps.

Warmly,
Sam
`),
};

/** From another occasion weeks ago: a call someone made on the user's behalf. */
const TO_DANA: OtherNote = {
  personName: 'Dana Whitfield',
  markdown: note(`
Dear Dana,

Thank you for calling Jordan on my behalf on Monday. Picking up the phone for someone is a real favor, and I don't take it lightly that you put your reputation behind me.

You mentioned the hiring manager's main worry was my limited experience managing people. That was incredibly useful to hear: I've rewritten my cover letter around the two interns I mentored last summer and the on-call rotation I ran for a team of six.

I'll keep you posted on what happens next.

Many thanks,
Sam
`),
};

const OTHERS: OtherNote[] = [TO_MARCUS, TO_ZOE, TO_DANA];
const PARTICIPANTS = [MARCUS, ZOE];

/** A note to Priya on the panel; the fixture changes what it is about. */
function toPriya(markdown: string, extra: Partial<NoteReviewInput> = {}): NoteReviewInput {
  return { markdown: note(markdown), person: PRIYA, occasion: PANEL, dueAt: DUE, otherNotes: OTHERS, otherParticipants: PARTICIPANTS, ...extra };
}

/** A good note to Priya, all her own: what the copies and edits below are measured against. */
const GOOD_TO_PRIYA = `
Dear Priya,

Thank you for leading Tuesday's panel. The story of the design team sitting in on clinic shifts so they pair with clinicians before sketching anything has stayed with me; it is the practice I have argued for in every team I have joined.

Your question about how I would test the redesigned patient intake flow with people who do not read English well was the hardest one of the day. I have since sketched an answer: moderated sessions in Spanish and Tagalog through the community clinic, plus icon-first insurance screens.

I would welcome a short call next week to go through those sketches, and I am glad to answer anything else about my work.

Best regards,
Sam Lee
`;

/** The template the note to Priya started from, filled in (hand-written here, so the test does not follow the built-in ones). */
const INTERVIEW_TEMPLATE = note(`
Dear Priya,

Thank you for making time to talk with me about the Product Designer role at Northwind Health. I especially enjoyed hearing your thoughts on redesigning the patient intake flow; it gave me a much clearer picture of the work and of how your team approaches it.

I came away even more excited about the role, and I am confident I would be a strong addition to the team.

I'd be glad to continue the conversation on a short call next week. In the meantime, if any questions come up about my background, I'm happy to answer them.

Warm regards,
Sam Lee
`);

const ADVOCACY_TEMPLATE = note(`
Dear Dana,

Thank you for making the call on my behalf about the Staff Engineer role at Lumen. Picking up the phone for someone is a real favor, and I don't take it lightly that you put your reputation behind me.

What you told me about the hiring manager's concerns gave me a much better sense of what they are looking for, and it made me even more excited about the opportunity.

I'll keep you posted on what happens next, and I'd be glad to catch up on a short call next week to hear how the conversation went from your side. If they come back with questions you'd like my help answering, I'm happy to send whatever you need.

Many thanks,
Sam Lee
`);

const DANA_CALL: NoteReviewInput = {
  markdown: ADVOCACY_TEMPLATE,
  person: { name: 'Dana Whitfield', addressAs: 'Dana' },
  occasion: { kind: 'advocacy-call', discussionPoints: ["the hiring manager's concerns"], promisedFollowUps: [] },
  dueAt: DUE,
  templateText: ADVOCACY_TEMPLATE,
};

export const TRICK_FIXTURES: TrickFixture[] = [
  // ——— Copied ———
  {
    name: 'copy: the note sent to Marcus, only the greeting changed',
    input: toPriya(`Dear Priya,\n\n${TO_MARCUS_BODY}\n\nBest regards,\nSam Lee`),
    expect: { 'not-copied': false, 'addressed-by-name': true, 'right-person': true },
    messages: { 'not-copied': /^100% the same as your note to Marcus Chen/u },
  },
  {
    name: 'copy: the note sent to Marcus, word for word, greeting and all',
    input: toPriya(TO_MARCUS.markdown),
    expect: { 'not-copied': false, 'addressed-by-name': false, 'right-person': false },
    messages: { 'not-copied': /^100% the same as your note to Marcus Chen/u, 'right-person': /Marcus Chen, not Priya/u },
  },
  {
    name: 'copy: greeting and sign-off changed',
    input: toPriya(`Hi Priya —\n\n${TO_MARCUS_BODY}\n\nThanks again,\nSam`),
    expect: { 'not-copied': false },
    messages: { 'not-copied': /^100% the same as your note to Marcus Chen/u },
  },
  {
    name: 'copy: lightly edited (a few words swapped, "engineering" made "design")',
    input: toPriya(`Dear Priya,

Thank you for your time at Tuesday's panel. Your walkthrough of how design picks up a problem once it leaves research was the most concrete picture of a handoff I have seen in an interview, especially the shared "definition of ready" checklist your team keeps in Linear.

I keep thinking about your point that the patient intake flow fails older patients at the insurance step, not at sign-up. At Caremark I rebuilt a similar form for Medicare members and cut abandonment from 38% to 21% by splitting the insurance questions across two screens and letting people photograph their card.

I would love to continue the conversation, and I am happy to walk your designers through the component specs I shared in my portfolio. If anything about my background is unclear, just ask.

Best regards,
Sam Lee`),
    expect: { 'not-copied': false },
    messages: { 'not-copied': /^(?:[6-9]\d)% the same as your note to Marcus Chen/u },
  },
  {
    name: 'copy: the first paragraph rewritten, the rest pasted',
    input: toPriya(`Dear Priya,

Thank you for leading Tuesday's panel and for the story about designers sitting in on clinic shifts.

I keep thinking about your point that the patient intake flow fails older patients at the insurance step, not at sign-up. At Caremark I rebuilt a similar form for Medicare members and cut abandonment from 38% to 21% by splitting the insurance questions across two screens and letting people photograph their card.

I would love to continue the conversation, and I am happy to walk your engineers through the component specs I shared in my portfolio. If anything about my background is unclear, just ask.

Best regards,
Sam Lee`),
    expect: { 'not-copied': false },
    messages: { 'not-copied': /% the same as your note to Marcus Chen/u },
  },
  {
    name: 'copy: the same paragraphs in another order',
    input: toPriya(`Dear Priya,

${TO_MARCUS_BODY.split('\n\n').reverse().join('\n\n')}

Best regards,
Sam Lee`),
    expect: { 'not-copied': false },
    messages: { 'not-copied': /^(?:9\d|100)% the same as your note to Marcus Chen/u },
  },
  {
    name: 'copy: the same words with bold, a list and different line breaks',
    input: toPriya(`Dear Priya,

Thank you for the time on **Tuesday's panel**. Your walkthrough of how engineering picks up a design once it leaves Figma was the most concrete picture of a handoff I have seen in an interview,
especially the shared "definition of ready" checklist your team keeps in Linear.

- I keep thinking about your point that the patient intake flow fails older patients at the insurance step, not at sign-up.
- At Caremark I rebuilt a similar form for Medicare members and cut abandonment from 38% to 21% by splitting the insurance questions across two screens and letting people photograph their card.

I would love to *continue the conversation*, and I am happy to walk your engineers through the component specs I shared in my portfolio. If anything about my background is unclear, just ask.

Best regards,
Sam Lee`),
    expect: { 'not-copied': false },
    messages: { 'not-copied': /^(?:9\d|100)% the same as your note to Marcus Chen/u },
  },
  {
    name: 'copy: a note from another occasion reused for Priya',
    input: toPriya(TO_DANA.markdown.replace('Dear Dana,', 'Dear Priya,')),
    expect: { 'not-copied': false },
    messages: { 'not-copied': /^100% the same as your note to Dana Whitfield/u },
  },
  {
    name: 'copy: closest of two notes is named (mostly Zoë’s, one sentence of Marcus’s)',
    input: toPriya(`${TO_ZOE.markdown.replace('Hi Zoë,', 'Hi Priya,').replace('I look forward to hearing from you about next steps.', 'If anything about my background is unclear, just ask.')}`),
    expect: { 'not-copied': false },
    messages: { 'not-copied': /% the same as your note to Zoë Adeyemi/u },
  },
  {
    name: 'not a copy: a different note on the same panel that shares the stock opening and closing with Zoë’s',
    input: toPriya(`
Dear Priya,

Thank you for taking the time to meet with me on Tuesday. Your account of the design team pairing with clinicians on every intake screen, down to the wording of the allergy question, was the best part of the day.

I was struck by how much of your accessibility audit work happens with real patients rather than checklists. At Caremark I ran quarterly audits with a screen-reader user on the team, and I would like to bring that rhythm to Northwind.

I look forward to hearing from you about next steps.

Best regards,
Sam Lee
`),
    expect: { 'not-copied': true },
  },
  {
    name: 'not a copy: same topics as the note to Marcus, in other words',
    input: toPriya(`
Dear Priya,

Thanks for a generous hour on Tuesday. You showed me the intake flow's analytics and where older patients give up at the insurance step, which matched what I saw with Medicare members at Caremark.

What I would try first is photographing the insurance card instead of typing it in; at Caremark that alone halved the support calls. I would be happy to sketch it for your team if that helps.

Would a call next week work to talk it through?

Warmly,
Sam
`),
    expect: { 'not-copied': true },
  },
  {
    name: 'not a copy: the good note to Priya',
    input: toPriya(GOOD_TO_PRIYA),
    expect: { 'not-copied': true, 'not-generic': true, 'discussion-point': true, 'no-repetition': true, 'right-person': true },
    messages: { 'not-copied': /^Your own words: at most \d+% in common with your 3 other notes\.$/u },
  },
  {
    name: 'not a copy: quotes one sentence of the note to Marcus among five of its own',
    input: toPriya(`
Dear Priya,

Thank you for leading Tuesday's panel. I keep thinking about your point that the patient intake flow fails older patients at the insurance step, not at sign-up.

Since then I have read the accessibility audit you mentioned and sketched three ways to simplify the insurance questions. The one I like best asks for the member number last, after the patient has seen why it is needed. The design team's habit of pairing with clinicians would make it easy to test at the front desk.

Would you be open to a short call next week to look at the sketches?

Best regards,
Sam Lee
`),
    expect: { 'not-copied': true },
  },
  {
    name: 'not compared: no other notes given',
    input: { ...toPriya(GOOD_TO_PRIYA), otherNotes: undefined },
    expect: { 'not-copied': true },
    messages: { 'not-copied': /^Not compared with your other notes\.$/u },
  },
  {
    name: 'not a copy: a two-line note identical to another two-line note is too short to call copied',
    input: toPriya('Dear Priya,\n\nThank you for Tuesday!\n\nSam', { otherNotes: [{ personName: 'Marcus Chen', markdown: 'Dear Marcus,\n\nThank you for Tuesday!\n\nSam' }] }),
    expect: { 'not-copied': true },
    messages: { 'not-copied': /^Too short to compare with your 1 other note\.$/u },
  },

  // ——— Template only ———
  {
    name: 'template only: the interview template as it came',
    input: toPriya(INTERVIEW_TEMPLATE, { templateText: INTERVIEW_TEMPLATE }),
    expect: { 'not-generic': false },
    messages: { 'not-generic': /^This is the template as it came; add something only Priya would recognise from this interview\.$/u },
  },
  {
    name: 'template only: the "called on your behalf" template as it came',
    input: DANA_CALL,
    expect: { 'not-generic': false },
    messages: { 'not-generic': /template as it came/u },
  },
  {
    name: 'template only: the template with its paragraphs rewrapped (still the template)',
    input: toPriya(INTERVIEW_TEMPLATE.replace(/\n\n(?=I came away)/u, ' ').replace(/\n\n(?=I'd be glad)/u, '\n'), { templateText: INTERVIEW_TEMPLATE }),
    expect: { 'not-generic': false },
  },
  {
    name: 'template only: one sentence deleted, nothing added',
    input: toPriya(INTERVIEW_TEMPLATE.replace(" In the meantime, if any questions come up about my background, I'm happy to answer them.", ''), { templateText: INTERVIEW_TEMPLATE }),
    expect: { 'not-generic': false },
  },
  {
    name: 'template plus two sentences of the writer’s own: specific',
    input: toPriya(
      INTERVIEW_TEMPLATE.replace(
        'I came away even more excited about the role, and I am confident I would be a strong addition to the team.',
        'At Caremark I rebuilt the Medicare sign-up form and cut abandonment from 38% to 21%. Your idea of letting patients photograph their insurance card is the next thing I would test.',
      ),
      { templateText: INTERVIEW_TEMPLATE },
    ),
    expect: { 'not-generic': true },
  },
  {
    name: 'template with its point sentence rewritten in the writer’s words: specific',
    input: toPriya(
      INTERVIEW_TEMPLATE.replace(
        'I especially enjoyed hearing your thoughts on redesigning the patient intake flow; it gave me a much clearer picture of the work and of how your team approaches it.',
        'Your sketch of the redesigned patient intake flow, with the insurance card photographed instead of typed, is the first version I have seen that a ninety-year-old could finish alone.',
      ),
      { templateText: INTERVIEW_TEMPLATE },
    ),
    expect: { 'not-generic': true, 'discussion-point': true },
  },
  {
    name: 'template given, but the note was written from scratch: judged as usual',
    input: toPriya(GOOD_TO_PRIYA, { templateText: INTERVIEW_TEMPLATE }),
    expect: { 'not-generic': true },
  },

  // ——— Stock phrases that share a word with a point ———
  {
    name: 'stock: "passionate about design" is not about how the design team pairs with clinicians',
    input: toPriya(`
Dear Priya,

Thank you for taking the time to meet with me. I am a hard-working team player and I am passionate about design.

I am confident I would be a great fit for the team, and I look forward to hearing from you.

Best regards,
Sam Lee
`),
    expect: { 'discussion-point': false, 'not-generic': false },
  },
  {
    name: 'stock: "accessibility matters to me" does not mention the accessibility audits',
    input: toPriya(
      `
Dear Priya,

Thank you for the interview. Accessibility matters to me, and I believe my skills would make me a strong addition to your team.

I look forward to hearing from you.

Best regards,
Sam Lee
`,
      { occasion: { ...PANEL, discussionPoints: ['accessibility audits before each release'] } },
    ),
    expect: { 'discussion-point': false, 'not-generic': false },
  },
  {
    name: 'stock: "your team\'s culture" does not mention "the team\'s culture of code review"',
    input: toPriya(
      `
Dear Priya,

Thank you for the conversation. I really admire your team's culture and I would love to be part of it.

Best regards,
Sam Lee
`,
      { occasion: { ...PANEL, discussionPoints: ["the team's culture of code review"] } },
    ),
    expect: { 'discussion-point': false, 'not-generic': false },
  },
  {
    name: 'stock: "the patient is key" and "flow state" do not make the intake flow',
    input: toPriya(
      `
Dear Priya,

Thank you for the interview. I believe the patient is key in everything we do, and I do my best work in a flow state.

I look forward to hearing from you about the next steps.

Best regards,
Sam Lee
`,
      { occasion: { ...PANEL, discussionPoints: ['redesigning the patient intake flow'] } },
    ),
    expect: { 'discussion-point': false, 'not-generic': false },
  },
  {
    name: 'point: designers pairing with clinicians, in other words, counts',
    input: toPriya(`
Dear Priya,

Thank you for Tuesday. I keep thinking about how your designers pair with clinicians at the front desk before drawing a single screen; it is the most grounded practice I have heard of.

At Caremark I spent a morning a week with the nurses, and it changed every form I shipped. I would love to keep talking; would a short call next week suit you?

Best,
Sam
`),
    expect: { 'discussion-point': true, 'not-generic': true },
  },
  {
    name: 'point: "the patient intake redesign" counts for "redesigning the patient intake flow"',
    input: toPriya(
      `
Dear Priya,

Thank you for walking me through the patient intake redesign on Tuesday, especially the moment older patients give up at the insurance step.

At Caremark I cut a similar drop-off from 38% to 21%. I would be glad to talk more next week.

Best,
Sam
`,
      { occasion: { ...PANEL, discussionPoints: ['redesigning the patient intake flow'] } },
    ),
    expect: { 'discussion-point': true, 'not-generic': true },
  },

  // ——— Repetition ———
  {
    name: 'repetition: a paragraph pasted twice',
    input: toPriya(`
Dear Priya,

Thank you for leading Tuesday's panel. The story of your designers sitting in on clinic shifts has stayed with me.

At Caremark I rebuilt the Medicare sign-up form and cut abandonment from 38% to 21%.

At Caremark I rebuilt the Medicare sign-up form and cut abandonment from 38% to 21%.

Would a short call next week suit you?

Best,
Sam
`),
    expect: { 'no-repetition': false },
    messages: { 'no-repetition': /^The same sentence appears twice: “At Caremark I rebuilt/u },
  },
  {
    name: 'repetition: the same sentence with one word changed',
    input: toPriya(`
Dear Priya,

I really enjoyed learning about the redesign of the patient intake flow on Tuesday. Your designers sitting in on clinic shifts is a practice I admire.

I really enjoyed hearing about the redesign of the patient intake flow on Tuesday.

Would a short call next week suit you?

Best,
Sam
`),
    expect: { 'no-repetition': false },
    messages: { 'no-repetition': /^Two sentences say nearly the same thing/u },
  },
  {
    name: 'repetition: a garbled sentence with doubled words',
    input: toPriya(`
Dear Priya,

Thank you for for the the interview interview on Tuesday about the patient intake flow.

At Caremark I rebuilt the Medicare sign-up form and cut abandonment from 38% to 21%. Would a short call next week suit you?

Best,
Sam
`),
    expect: { 'no-repetition': false },
    messages: { 'no-repetition': /^Words written twice in a row: “for for”/u },
  },
  {
    name: 'repetition: a phrase pasted twice mid-sentence',
    input: toPriya(`
Dear Priya,

I am excited about the Product Designer role about the Product Designer role at Northwind Health after hearing how your designers pair with clinicians.

At Caremark I rebuilt the Medicare sign-up form. Would a short call next week suit you?

Best,
Sam
`),
    expect: { 'no-repetition': false },
    messages: { 'no-repetition': /^Words written twice in a row: “about the product designer role about the/iu },
  },
  {
    name: 'no repetition: two sentences with the same opening words and different subjects',
    input: toPriya(`
Dear Priya,

I enjoyed hearing how your designers pair with clinicians at the front desk. I enjoyed hearing how the team runs accessibility audits with screen-reader users every quarter.

At Caremark I rebuilt the Medicare sign-up form and cut abandonment from 38% to 21%. Would a short call next week suit you?

Best,
Sam
`),
    expect: { 'no-repetition': true },
  },
  {
    name: 'no repetition: "had had" and a short "Thank you." at both ends',
    input: toPriya(`
Dear Priya,

Thank you. The intake team had had two redesigns fail before yours, and hearing why was the most useful part of Tuesday.

At Caremark I rebuilt the Medicare sign-up form and cut abandonment from 38% to 21%. Would a short call next week suit you? Thank you.

Best,
Sam
`),
    expect: { 'no-repetition': true },
  },

  // ——— Wrong name ———
  {
    name: 'wrong name: "Dear Marcus," in the note to Priya',
    input: toPriya(GOOD_TO_PRIYA.replace('Dear Priya,', 'Dear Marcus,')),
    expect: { 'right-person': false, 'addressed-by-name': false },
    messages: { 'right-person': /^The greeting is to Marcus Chen, not Priya/u },
  },
  {
    name: 'wrong name: "Dear Zoe," (no accent) in the note to Priya',
    input: toPriya(GOOD_TO_PRIYA.replace('Dear Priya,', 'Dear Zoe,')),
    expect: { 'right-person': false, 'addressed-by-name': false },
    messages: { 'right-person': /Zoë Adeyemi/u },
  },
  {
    name: 'wrong name: "Dear Mr. Chen," in the note to Priya',
    input: toPriya(GOOD_TO_PRIYA.replace('Dear Priya,', 'Dear Mr. Chen,')),
    expect: { 'right-person': false },
    messages: { 'right-person': /Marcus Chen/u },
  },
  {
    name: 'wrong name: greeting to Priya and Marcus together',
    input: toPriya(GOOD_TO_PRIYA.replace('Dear Priya,', 'Hi Priya and Marcus,')),
    expect: { 'right-person': false, 'addressed-by-name': true },
    messages: { 'right-person': /^The greeting names Marcus Chen too; this note is to Priya alone\.$/u },
  },
  {
    name: 'wrong name: "Thank you, Marcus, for…" in the body of the note to Priya',
    input: toPriya(
      GOOD_TO_PRIYA.replace("Thank you for leading Tuesday's panel.", "Thank you, Marcus, for walking me through the engineering handoff on Tuesday's panel."),
    ),
    expect: { 'right-person': false, 'addressed-by-name': true },
    messages: { 'right-person': /speaks to Marcus Chen, not Priya/u },
  },
  {
    name: 'wrong name: "It was great to meet you, Zoë." in the note to Priya',
    input: toPriya(GOOD_TO_PRIYA.replace("Thank you for leading Tuesday's panel.", 'It was great to meet you, Zoë.')),
    expect: { 'right-person': false },
    messages: { 'right-person': /Zoë Adeyemi/u },
  },
  {
    name: 'wrong name: "Thanks again, Marcus!" ending the body',
    input: toPriya(GOOD_TO_PRIYA.replace('and I am glad to answer anything else about my work.', 'and I am glad to answer anything else about my work. Thanks again, Marcus!')),
    expect: { 'right-person': false },
  },
  {
    name: 'right person: mentions Marcus in passing',
    input: toPriya(
      GOOD_TO_PRIYA.replace(
        'I have since sketched an answer',
        'Marcus mentioned that engineering starts on intake in May, so I have since sketched an answer',
      ),
    ),
    expect: { 'right-person': true, 'addressed-by-name': true },
  },
  {
    name: 'right person: "your colleague, Zoë." is an aside, not a greeting',
    input: toPriya(GOOD_TO_PRIYA.replace("Thank you for leading Tuesday's panel.", "Thank you for leading Tuesday's panel and for introducing me to your colleague, Zoë.")),
    expect: { 'right-person': true },
  },
  {
    name: 'right person: "Thanks to Marcus and Zoë as well" names them without speaking to them',
    input: toPriya(GOOD_TO_PRIYA.replace('and I am glad to answer anything else about my work.', 'and I am glad to answer anything else about my work. Please pass my thanks to Marcus and Zoë as well.')),
    expect: { 'right-person': true },
  },
  {
    name: 'right person: another panelist shares Priya’s first name',
    input: toPriya(GOOD_TO_PRIYA, { otherParticipants: [MARCUS, { name: 'Priya Shah', addressAs: 'Priya' }] }),
    expect: { 'right-person': true, 'addressed-by-name': true },
  },
  {
    name: 'right person: no other participants given, so only the greeting check speaks',
    input: toPriya(GOOD_TO_PRIYA.replace('Dear Priya,', 'Dear Marcus,'), { otherParticipants: undefined }),
    expect: { 'right-person': true, 'addressed-by-name': false },
  },
];
