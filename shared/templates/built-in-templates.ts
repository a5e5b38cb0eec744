import type { OccasionKind } from '../domain/occasion-kinds';

/** A template shipped with the app, one per occasion kind; its id matches the contract's `builtin:<kind>`. */
export interface BuiltInTemplate {
  id: `builtin:${OccasionKind}`;
  kind: OccasionKind;
  name: string;
  subject: string;
  body: string;
}

/**
 * Written to the same advice the coach checks (docs/notes.md): greet by name, come back to something you discussed,
 * send what you promised, show enthusiasm, (for interviews) say why you fit, propose a next step,
 * offer to answer questions. A square-bracket prompt marks what only the writer can write; the
 * coach flags it until it is replaced.
 *
 * Each reads well for any record: sentences that need a field are sections (sections.ts), so with
 * no role the note says "the role", with no discussion point it asks the writer for one, and with
 * nothing promised there is no "As promised". The note ends with `{{signOff}}` only: one closing,
 * one signature.
 *
 * Subjects use only fields that are always filled (the date, the greeting name) so a sparse
 * occasion never gives a broken subject.
 */
const paragraphs = (...blocks: string[]) => `${blocks.join('\n\n')}\n`;

/** A field's text, only when it has a value: `when('x', 'about {{x}}')`. */
const when = (field: string, text: string) => `{{#${field}}}${text}{{/${field}}}`;
/** Text only when a field has no value. */
const unless = (field: string, text: string) => `{{^${field}}}${text}{{/${field}}}`;

/** "the Senior Engineer role at Northwind", "the role at Northwind", "the role". */
const THE_ROLE = `the ${when('opportunity.role', '{{opportunity.role}} ')}role${when('opportunity.company', ' at {{opportunity.company}}')}`;
/** " for the Senior Engineer role at Northwind" (or "about …"); nothing when no role was recorded. */
const theJob = (preposition: string) => when('opportunity.role', ` ${preposition} the {{opportunity.role}} role${when('opportunity.company', ' at {{opportunity.company}}')}`);

const AS_PROMISED = when('promisedFollowUps', 'As promised, here is what I mentioned:\n{{promisedFollowUps}}');

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    id: 'builtin:interview',
    kind: 'interview',
    name: 'Interview: thank your interviewer',
    subject: 'Thank you for our conversation on {{occasion.date}}',
    body: paragraphs(
      'Dear {{person.addressAs}},',
      `Thank you for making time to talk with me about ${THE_ROLE}. ${when('discussionPoint', 'I especially enjoyed our conversation about {{discussionPoint}}; it gave me a much clearer picture of the work and of how your team approaches it.')}${unless('discussionPoint', '[Something from our conversation that stayed with you, and why]')}`,
      'I came away even more excited about the role. [One sentence on what you would bring to the team]',
      AS_PROMISED,
      "I'd be glad to continue the conversation on a short call next week, and I'll check in early in the week to find a time that suits you. In the meantime, if any questions come up about my background, I'm happy to answer them.",
      '{{signOff}}',
    ),
  },
  {
    id: 'builtin:referral',
    kind: 'referral',
    name: 'Referral: thank the person who put you forward',
    subject: 'Thank you for putting my name forward',
    body: paragraphs(
      'Hi {{person.addressAs}},',
      `Thank you so much for referring me${theJob('for')}. I know a referral puts your name next to mine, and I'm truly grateful you were willing to vouch for me.`,
      when('discussionPoint', 'Our conversation about {{discussionPoint}} was a real help as I put my application together, and it left me even more excited about the team.'),
      AS_PROMISED,
      "I'll keep you posted on how it goes, and I'd love to catch up properly once I know more, maybe over a short call in a couple of weeks. In the meantime, if the hiring team needs anything from me, or you have any questions about my background, just let me know.",
      '{{signOff}}',
    ),
  },
  {
    id: 'builtin:recommendation',
    kind: 'recommendation',
    name: 'Recommendation: thank the person who vouched for you',
    subject: 'Thank you for the recommendation',
    body: paragraphs(
      'Dear {{person.addressAs}},',
      `Thank you for recommending me${theJob('for')}. A thoughtful reference takes real time and care, and it means a great deal that you were willing to put your name behind my work.`,
      when('discussionPoint', "Talking with you about {{discussionPoint}} helped me see my own work more clearly, and I'm excited to bring that into this next step."),
      AS_PROMISED,
      "I'll let you know how it goes as soon as I hear back, and I'd love to thank you properly over a short call or a coffee in the next few weeks. If the hiring team comes back with questions, or you'd like any details from me (dates, projects, results), I'm happy to send them over.",
      '{{signOff}}',
    ),
  },
  {
    id: 'builtin:advocacy-call',
    kind: 'advocacy-call',
    name: 'Call on your behalf: thank your advocate',
    subject: 'Thank you for speaking up for me',
    body: paragraphs(
      'Dear {{person.addressAs}},',
      `Thank you for making the call on my behalf${theJob('about')}. Picking up the phone for someone is a real favor, and I don't take it lightly that you put your reputation behind me.`,
      when('discussionPoint', 'Hearing about {{discussionPoint}} meant a lot, and it made me even more excited about the opportunity.'),
      AS_PROMISED,
      "I'll keep you posted on what happens next, and I'd be glad to catch up on a short call next week to hear how the conversation went from your side. If they come back with questions you'd like my help answering, I'm happy to send whatever you need.",
      '{{signOff}}',
    ),
  },
  {
    id: 'builtin:informational-interview',
    kind: 'informational-interview',
    name: 'Informational interview: thank them for their advice',
    subject: 'Thank you for your time and advice',
    body: paragraphs(
      'Hi {{person.addressAs}},',
      `Thank you for taking the time to talk with me on {{occasion.date}}. It was generous of you to share so openly about your path${when('person.company', ' and your work at {{person.company}}')}.`,
      `${when('discussionPoint', 'What you said about {{discussionPoint}} has stayed with me')}${unless('discussionPoint', 'Your advice has stayed with me')}, and I'm already acting on it: [What you will do with their advice]`,
      AS_PROMISED,
      "I'll let you know how it goes, and if you're open to it, I'd love to check in with a short call in a month or so. And if I can ever return the favor, or answer any questions about my own work, please just ask.",
      '{{signOff}}',
    ),
  },
  {
    id: 'builtin:mentoring',
    kind: 'mentoring',
    name: 'Mentoring: thank your mentor',
    subject: 'Thank you for our session on {{occasion.date}}',
    body: paragraphs(
      'Hi {{person.addressAs}},',
      "Thank you for our session on {{occasion.date}}. I came away with a clearer head and a plan, and I'm grateful for the time and attention you gave me.",
      `${when('discussionPoint', 'Your advice about {{discussionPoint}} was exactly what I needed to hear.')}${unless('discussionPoint', 'Your advice was exactly what I needed to hear.')} Here is what I'm going to do with it: [The concrete step you will take, and by when]`,
      AS_PROMISED,
      "I'll report back on how it goes. Would a short call in two weeks work for a quick check-in? And if anything I said left you with questions, I'm happy to fill in the details.",
      '{{signOff}}',
    ),
  },
  {
    id: 'builtin:other',
    kind: 'other',
    name: 'Other help: a personal thank-you',
    subject: 'Thank you for your help, {{person.addressAs}}',
    body: paragraphs(
      'Hi {{person.addressAs}},',
      "Thank you so much for your help on {{occasion.date}}. [One sentence on what they did and what it made possible for you] You didn't have to make the time, and it meant a lot that you did.",
      when('discussionPoint', 'Our conversation about {{discussionPoint}} was especially useful, and it left me genuinely excited about what comes next.'),
      AS_PROMISED,
      "I'll keep you posted on how things develop, and I'd love to catch up on a short call in the next few weeks. If there's anything I can answer or help with in return, please just ask.",
      '{{signOff}}',
    ),
  },
];

const BY_KIND = new Map(BUILT_IN_TEMPLATES.map((template) => [template.kind, template]));

/** The shipped template for a kind of occasion: what a new draft starts from. */
export function builtInTemplateFor(kind: OccasionKind): BuiltInTemplate {
  return BY_KIND.get(kind) ?? BY_KIND.get('other')!;
}
