import type { NoteCheckId, NoteReviewInput } from './review-note';

/**
 * Sample notes for the coach's tests: good and bad notes of every kind, written the way people
 * write them. Each lists the checks it must fail; every other check must pass. Kept apart from
 * the test so the panel's stories and the benchmark can reuse them. Long by nature (a catalogue
 * of samples, one idea), so it is not split.
 */
export interface NoteFixture {
  name: string;
  input: NoteReviewInput;
  fails: NoteCheckId[];
  /** Messages that must match. */
  messages?: Partial<Record<NoteCheckId, RegExp>>;
  /** Suggestions that must match. */
  suggestions?: Partial<Record<NoteCheckId, RegExp>>;
}

export const NOW = new Date('2026-03-11T12:00:00Z');
const DUE_TOMORROW = '2026-03-12T09:00:00Z';

type Occasion = NoteReviewInput['occasion'];
const PRIYA = { name: 'Priya Raman', addressAs: 'Priya' };
const PRIYA_INTERVIEW: Occasion = {
  kind: 'interview',
  discussionPoints: ['Billing migration', 'How the on-call rotation works'],
  promisedFollowUps: ['Article on event sourcing https://martinfowler.com/eaaDev/EventSourcing.html'],
};

function note(markdown: string): string {
  return markdown.replace(/^\n/u, '');
}

export const NOTE_FIXTURES: NoteFixture[] = [
  {
    name: 'excellent interview note',
    input: {
      markdown: note(`
Dear Priya,

Thank you for taking the time to talk with me on Tuesday about the Senior Platform Engineer role at Northwind. I especially enjoyed hearing how your team is migrating billing off the legacy monolith, and the trade-offs you described between a strangler approach and a big-bang cutover.

I left our conversation even more excited about the role. I've led two similar migrations at Acme, including moving 40 million invoices to an event-sourced ledger, so I'd bring hands-on experience with exactly the problems you described.

As promised, here is [the article on event sourcing](https://martinfowler.com/eaaDev/EventSourcing.html) I mentioned.

I'd welcome a short call next week to continue the conversation, and if any questions come up about my background, I'm happy to answer them.

Warm regards,
Sam Lee
`),
      subject: 'Thank you for Tuesday',
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: {
      'addressed-by-name': /Dear Priya/u,
      'discussion-point': /Billing migration/u,
      'promised-follow-up': /Article on event sourcing/u,
      fit: /I'd bring/u,
      'next-step': /short call/u,
      deadline: /^Due in 21 h\.$/u,
    },
  },
  {
    name: 'panel interview with a doctor, link with a trailing slash, sent late',
    input: {
      markdown: note(`
Dear Dr. Okafor,

Thank you for leading yesterday's panel for the Applied Scientist position. Your question about how we would evaluate the ranking models offline, before any A/B test, is the one I have kept thinking about since.

I was genuinely impressed by how far the feature store rollout has already come. In my current role I built our offline evaluation harness from scratch, and I am confident I could help your team shorten the loop between a model idea and a trustworthy offline result.

As I promised, the code for my churn model is on GitHub: [samlee/churn-model](https://github.com/samlee/churn-model/).

Would you be open to a 20-minute call later this week to go deeper on evaluation? I'm also glad to share more detail on any of the projects we touched on.

Best regards,
Sam
`),
      person: { name: 'Dr. Amara Okafor', addressAs: 'Dr. Okafor' },
      occasion: {
        kind: 'interview',
        discussionPoints: ['Feature store rollout', 'How the team evaluates models offline'],
        promisedFollowUps: ['GitHub repo with my churn model: github.com/samlee/churn-model'],
      },
      dueAt: '2026-03-11T09:00:00Z',
    },
    fails: ['deadline'],
    messages: {
      'addressed-by-name': /Dear Dr\. Okafor/u,
      deadline: /^Overdue by 3 h; send it today, a late note still beats none\.$/u,
    },
  },
  {
    name: 'generic boilerplate interview note',
    input: {
      markdown: note(`
To whom it may concern,

I am writing to express my sincere gratitude for the opportunity to interview for the position. It was a pleasure to meet with you and learn more about your company.

I am very excited about the opportunity to join your organization. I believe my skills and experience would make me a great fit for the role, and I would welcome the chance to contribute to your company's success.

Thank you again for your time and consideration. Please do not hesitate to contact me if you have any further questions. I look forward to hearing from you.

Sincerely,
Sam Lee
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: ['addressed-by-name', 'discussion-point', 'promised-follow-up', 'fit', 'next-step', 'not-generic'],
    messages: {
      'addressed-by-name': /“To whom it may concern” could be to anyone; greet Priya by name\./u,
      'next-step': /leaves the next move to them/u,
      'not-generic': /nothing here is specific to Priya/u,
    },
    suggestions: { 'addressed-by-name': /^Dear Priya,$/u, 'next-step': /short call next week/u },
  },
  {
    name: 'template filled with the company name but nothing personal',
    input: {
      markdown: note(`
Dear Priya,

Thank you for taking the time to meet with me on March 10 to discuss the Senior Platform Engineer position at Northwind. I truly appreciate the opportunity to learn more about the role and your team.

I am very excited about the opportunity to join Northwind. I believe my skills and experience would make me a great fit for the position, and I would welcome the chance to contribute.

Please do not hesitate to contact me if you need any additional information. Thank you again for your time and consideration. I look forward to hearing from you.

Best regards,
Sam Lee
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: ['discussion-point', 'promised-follow-up', 'fit', 'next-step', 'not-generic'],
    messages: {
      'discussion-point': /Bring up one of the 2 points you discussed, e\.g\. “Billing migration” and “How the on-call rotation works”\./u,
      'not-generic': /^Only stock phrases with names filled in; add something only Priya would recognise from this interview\.$/u,
    },
    suggestions: {
      'discussion-point': /^I especially enjoyed our conversation about billing migration\.$/u,
      'promised-follow-up': /^As promised, here is \[the article on event sourcing\]\(https:\/\/martinfowler\.com\/eaaDev\/EventSourcing\.html\)\.$/u,
    },
  },
  {
    name: 'good referral note',
    input: {
      markdown: note(`
Hi Ana,

Thank you so much for putting me in touch with Marco on Stripe's payments infrastructure team. I know a referral puts your own name on the line, and I'm really grateful you were willing to vouch for me after only a few months of working together.

Your tip to lead with the reconciliation tool I built at Acme was spot on; Marco asked about it within the first five minutes. I've attached my updated resume so you have the latest version if anyone asks.

I'll keep you posted on how the process goes, and I'd love to buy you a coffee once things settle down. If I can ever return the favor, just say the word.

Thanks again,
Sam
`),
      person: { name: 'Ana Lima' },
      occasion: { kind: 'referral', discussionPoints: ["Stripe's payments infrastructure team"], promisedFollowUps: ['Updated resume'] },
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { fit: /^Not needed when thanking for a referral\.$/u, 'next-step': /I'll keep you posted/u, 'offer-help': /return the favor/u },
  },
  {
    name: 'good recommendation note to a professor',
    input: {
      markdown: note(`
Dear Professor Chen,

Thank you for writing the recommendation for the research engineer role at the Climate Data Lab. I know how busy the end of term is, and it means a great deal that you took the time to describe my capstone work on flood prediction in such detail.

The recruiter told me your letter was the reason they moved me straight to the final round; she specifically mentioned the part about the river-gauge data cleaning.

I'll let you know how the final round goes next Thursday. If the lab contacts you with follow-up questions and you'd like any details from me, such as dates, results or the final report, I'm happy to send them over.

With gratitude,
Sam Lee
`),
      person: { name: 'Wei Chen', addressAs: 'Professor Chen' },
      occasion: { kind: 'recommendation', discussionPoints: ['The capstone project on flood prediction'], promisedFollowUps: [] },
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { 'promised-follow-up': /^Nothing was promised/u, 'discussion-point': /capstone project on flood prediction/u },
  },
  {
    name: 'good note after a call made on your behalf',
    input: {
      markdown: note(`
Dear Dana,

Thank you for calling Jordan on my behalf on Monday. Picking up the phone for someone is a real favor, and I don't take it lightly that you put your reputation behind me.

You mentioned the hiring manager's main worry was my limited experience managing people. That was incredibly useful to hear: I've rewritten my cover letter around the two interns I mentored last summer and the on-call rotation I ran for a team of six.

I'll keep you posted on what happens next. And if they come back with questions you would like my help answering, I'm happy to send whatever you need.

Many thanks,
Sam
`),
      person: { name: 'Dana Whitfield' },
      occasion: { kind: 'advocacy-call', discussionPoints: ["Hiring manager's concerns about my lack of management experience"], promisedFollowUps: [] },
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { fit: /a call made on your behalf/u },
  },
  {
    name: 'informational interview, name typed without its accent, link as a reference',
    input: {
      markdown: note(`
Hi Tomas,

Thanks for taking the time to talk with me on Friday. It was generous of you to share so openly about your move from consulting into product management, and especially about the first six months, when you said you felt like "a consultant with a Jira login."

Your advice to pick one product area and ship something small before applying has stayed with me. As promised, here is [my onboarding case study][case]; it is the closest thing I have to shipped product work.

I'll let you know how it goes, and if you're open to it, I'd love to check in with a short call in a month or so. If I can ever return the favor or answer questions about the consulting side, please just ask.

Warmly,
Sam

[case]: https://samlee.dev/case-studies/onboarding
`),
      person: { name: 'Tomás Herrera' },
      occasion: {
        kind: 'informational-interview',
        discussionPoints: ['Moving from consulting into product management'],
        promisedFollowUps: ['Send link to my case study https://samlee.dev/case-studies/onboarding'],
      },
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { 'addressed-by-name': /Hi Tomas/u },
  },
  {
    name: 'mentoring session note with two points',
    input: {
      markdown: note(`
Hi Grace,

Thank you for our session yesterday. I came away with a clearer head and an actual plan, which is more than I had going in.

Your advice on negotiating the offer was exactly what I needed: I'm going to ask for the equity refresh in writing before I counter on base, as you suggested. I also booked two mock system design rounds with friends for next week, so I go into the real one having practiced out loud.

I'll report back after the negotiation. Would a short call in two weeks work for a quick check-in? And if anything I said left you with questions about the offer details, I'm happy to fill them in.

Thank you again,
Sam
`),
      person: { name: 'Grace Obi' },
      occasion: { kind: 'mentoring', discussionPoints: ['Negotiating the offer', 'Preparing for the system design round'], promisedFollowUps: [] },
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { 'discussion-point': /Negotiating the offer.*Preparing for the system design round/u },
  },
  {
    name: 'copied from another note: greets the wrong person',
    input: {
      markdown: note(`
Dear Marcus,

Thank you for the conversation on Tuesday about the platform team. I especially enjoyed hearing how you are migrating billing off the monolith, and the honest account of what went wrong with the first attempt.

I'm even more excited about the role now. I've led two billing migrations at Acme, so I'd bring experience with exactly the reconciliation problems you described.

As promised, here is the article on event sourcing: https://martinfowler.com/eaaDev/EventSourcing.html

Could we find a time next week for a short call? And if any questions come up about my background, I'm happy to answer them.

Best,
Sam
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: ['addressed-by-name'],
    messages: { 'addressed-by-name': /^The greeting names Marcus, but this note is for Priya Raman; copied from another note\?$/u },
  },
  {
    name: 'template left with merge fields and a prompt',
    input: {
      markdown: note(`
Dear {{person.addressAs}},

Thank you for the time you spent with me on Tuesday, March 10 talking through the {{opportunity.role}} role at Northwind. I especially enjoyed our conversation about billing migration; it gave me a much clearer picture of the work and of how your team thinks about it.

I came away even more excited about the role. [One sentence on what you would bring to the team]

As promised, here is what I mentioned:
- [Article on event sourcing](https://martinfowler.com/eaaDev/EventSourcing.html)

If it would be useful, I'd be glad to have a short call next week to pick up anything we didn't have time for. In the meantime, if any questions come up about my background, I'm happy to answer them.

Warm regards,
<Your Name>
`),
      subject: 'Thank you for our conversation on {{occasion.date}}',
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: ['addressed-by-name', 'fit', 'no-placeholders'],
    messages: {
      'addressed-by-name': /still holds a placeholder/u,
      'no-placeholders':
        /^Fill in 5 placeholders: “\{\{person\.addressAs\}\}”, “\{\{opportunity\.role\}\}”, “\[One sentence on what you would…\]” and 2 more\.$/u,
    },
  },
  {
    name: 'accented name in the note, plain on the person page',
    input: {
      markdown: note(`
Dear Zoë,

Thank you for walking me through the design system audit on Thursday. Seeing the before-and-after of the checkout flow made it obvious why accessibility is a first-class goal for your team, not a checklist item.

I really enjoyed the whiteboard exercise. My experience leading the component library migration at Basecamp maps closely onto the audit you described, and I'd bring the same habit of pairing every token change with a screen-reader test.

I'll follow up on Monday with the accessibility checklist we talked about, and I'm happy to walk you through any part of my portfolio in more detail.

Kind regards,
Sam
`),
      person: { name: 'Zoe Martin' },
      occasion: { kind: 'interview', discussionPoints: ['The design system audit'], promisedFollowUps: [] },
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { 'addressed-by-name': /Dear Zoë/u },
  },
  {
    name: 'Arabic name with an Arabic comma',
    input: {
      markdown: note(`
عزيزي يوسف،

Thank you for the time on Sunday and for the candid tour of how the logistics data team plans routes across the Gulf region. I enjoyed the discussion on route optimization more than any interview I've had this year.

In my last role I built the demand-forecasting pipeline that cut empty truck miles by 12%, so I'm confident I could help your team move faster on the optimisation work you described.

I'd be glad to set up a short call next week to walk through that pipeline, and please let me know if you have any questions in the meantime.

مع التحية،
Sam
`),
      person: { name: 'يوسف الحسيني' },
      occasion: { kind: 'interview', discussionPoints: ['Route optimization'], promisedFollowUps: [] },
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { 'addressed-by-name': /عزيزي يوسف/u },
  },
  {
    name: 'Markdown-heavy note',
    input: {
      markdown: note(`
# Thank you!

**Hi Priya** —

I wanted to follow up on *Tuesday's* conversation with a few thoughts:

1. **Billing migration**: the idea of running both ledgers in parallel for a quarter is the part I keep coming back to. I've run a [dual-write cut-over](https://example.com/dual-write) before, and I'd bring that playbook.
2. _On-call_: I liked how the rotation works, with a ~~week~~ *follow-the-sun* split between London and Austin.
3. The \`ledger-sync\` job you mentioned: I'd love to hear how it handles retries.

> As promised: [Event sourcing, by Martin Fowler](https://martinfowler.com/eaaDev/EventSourcing.html/)

I'm *really* excited about this team. Could we set up a quick call next week? Happy to go deeper on any of the above.

--
Sam Lee · [samlee.dev](https://samlee.dev)
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { 'discussion-point': /Billing migration.*How the on-call rotation works/u, 'addressed-by-name': /Hi Priya/u },
  },
  {
    name: 'points mentioned in another order and inflection, but no offer of help',
    input: {
      markdown: note(`
Hi Priya,

Thanks again for Tuesday. Since we discussed migrating billing, I've been reading about how other teams staged that kind of move, and the approach you outlined, running both ledgers side by side before the cut-over, looks even more sensible to me now.

It was also helpful to hear that the rotation for on-call is one week in six with a paid recovery day; that balance matters to me, and it says a lot about how the team works.

I'm excited about the role. My background in payments reconciliation at Acme is directly relevant to the ledger work, and I'd bring a lot of hard-won lessons about idempotent retries.

Here's the event sourcing article I promised: https://martinfowler.com/eaaDev/EventSourcing.html. I'll follow up next Wednesday to see where things stand.

Best,
Sam
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: ['offer-help'],
    messages: { 'discussion-point': /Billing migration.*How the on-call rotation works/u },
    suggestions: { 'offer-help': /questions come up/u },
  },
  {
    name: 'ends on the passive "looking forward to hearing from you"',
    input: {
      markdown: note(`
Dear Priya,

Thank you for the conversation on Tuesday. Hearing how your team plans the billing migration, one product line at a time with both ledgers running in parallel, was the highlight of my week.

I'm excited about the role, and I've led a similar migration at Acme, so I'd bring direct experience with the reconciliation problems you described.

Here is the article on event sourcing I mentioned: https://martinfowler.com/eaaDev/EventSourcing.html. If you have any questions about my background, please let me know.

I look forward to hearing from you.

Best,
Sam
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: ['next-step'],
    messages: { 'next-step': /^“look forward to hearing from you” leaves the next move to them; propose one, such as a short call\.$/u },
  },
  {
    name: 'too short',
    input: {
      markdown: note(`
Hi Priya,

Thanks for the chat about the billing migration! Super excited about the role.

Best,
Sam
`),
      person: PRIYA,
      occasion: { kind: 'interview', discussionPoints: ['Billing migration'], promisedFollowUps: [] },
      dueAt: DUE_TOMORROW,
    },
    fails: ['fit', 'next-step', 'offer-help', 'length'],
    messages: { length: /^Only 13 words in the body; aim for 80–250/u },
  },
  {
    name: 'too long',
    input: {
      markdown: note(`
Dear Priya,

Thank you for the conversation on Tuesday about the platform team. I have been thinking about it ever since, and I wanted to write down a few thoughts while they are fresh.

First, the billing migration. The plan to move one product line at a time, with both ledgers running in parallel and a nightly reconciliation job comparing them, is the approach I would have argued for. At Acme we tried a big-bang cut-over first and spent three weekends rolling it back; the second attempt, staged by product line, took longer on paper but finished early. The part I would watch most closely is the reconciliation report itself: if nobody owns the differences it surfaces, they pile up and the parallel run stops meaning anything. We solved that by making the report page the on-call engineer, which sounds harsh but kept the list empty.

Second, on-call. I liked hearing how the rotation works, one week in six with a recovery day afterwards, and that the team tracks pages per shift as a health metric. I have been on rotations where the pager was a badge of honour, and I have seen what that does to people over a year.

Third, the team itself. It was clear from the way you talked about your engineers that you trust them with real decisions, and that is exactly the environment I do my best work in.

I'd bring hands-on experience with staged migrations, reconciliation tooling and a calm on-call culture, and I'm excited about the chance to do that work with your team.

As promised, here is the article on event sourcing: https://martinfowler.com/eaaDev/EventSourcing.html

I'd welcome a short call next week to keep the conversation going, and I'm happy to answer any questions about my background in the meantime.

Warm regards,
Sam
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: ['length'],
    messages: { length: /^29\d words in the body; trim toward 250/u },
  },
  {
    name: 'no greeting line, but the name is in the opening sentence',
    input: {
      markdown: note(`
Thank you, Priya, for the generous hour on Tuesday. Hearing how the billing migration is staged product line by product line was the clearest explanation of a risky cut-over I have heard in a while.

I'm even more excited about the role. I've led a similar migration at Acme and would bring that experience to the reconciliation work on your team.

Here is the event sourcing article I promised: https://martinfowler.com/eaaDev/EventSourcing.html

I'll follow up early next week to see whether a short call would help, and please let me know if any questions come up in the meantime.

Sam
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { 'addressed-by-name': /^Names Priya in the opening line\.$/u },
  },
  {
    name: '"Hello," with no name and "Dear Hiring Manager" style stock lines',
    input: {
      markdown: note(`
Hello,

Thank you for meeting with me yesterday. I enjoyed learning about the billing migration and the way your team splits it by product line, and it left me excited about the role.

With five years building payment systems at Acme, I'm confident I could contribute to the ledger work from day one.

Here is the event sourcing article I promised: https://martinfowler.com/eaaDev/EventSourcing.html. I'd be happy to set up a short call next week, and please let me know if you have any questions.

Best,
Sam
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: ['addressed-by-name'],
    messages: { 'addressed-by-name': /^“Hello” could be to anyone; greet Priya by name\.$/u },
  },
  {
    name: 'enthusiasm only in negated form',
    input: {
      markdown: note(`
Dear Priya,

Thank you for the conversation on Tuesday. I wasn't excited about the on-call load at first, but hearing how the rotation works, one week in six with a recovery day, answered most of my concerns. The billing migration also sounds well planned.

I've led two migrations of that size at Acme, so I would bring experience with the reconciliation problems you described.

Here is the event sourcing article I mentioned: https://martinfowler.com/eaaDev/EventSourcing.html

I'll follow up next Tuesday to see whether a short call would help, and please let me know if any questions come up.

Best,
Sam
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: ['enthusiasm'],
    suggestions: { enthusiasm: /excited about the role/u },
  },
  {
    name: 'promised link left out: the text mentions it, the link is missing',
    input: {
      markdown: note(`
Hi Priya,

Thanks for Tuesday's conversation. I loved hearing how the billing migration is staged, and how the on-call rotation works with a recovery day after each week.

With my background in ledger systems at Acme, I'd bring experience with the exact reconciliation issues you described, and I'm keen to help your team get through the cut-over.

I also wanted to send the event sourcing article I mentioned, and my portfolio, which has the reconciliation write-up.

Could we set up a short call next week? Please let me know if you have any questions before then.

Best,
Sam
`),
      person: PRIYA,
      occasion: {
        kind: 'interview',
        discussionPoints: ['Billing migration'],
        promisedFollowUps: ['Article on event sourcing https://martinfowler.com/eaaDev/EventSourcing.html', 'My portfolio'],
      },
      dueAt: DUE_TOMORROW,
    },
    fails: ['promised-follow-up'],
    messages: { 'promised-follow-up': /^Missing what you promised: “Article on event sourcing”\.$/u },
    suggestions: {
      'promised-follow-up': /^As promised, here is \[the article on event sourcing\]\(https:\/\/martinfowler\.com\/eaaDev\/EventSourcing\.html\)\.$/u,
    },
  },
  {
    name: 'generic referral note',
    input: {
      markdown: note(`
Hi Ana,

Thank you so much for the referral. I really appreciate your help and support. Your kindness means a lot to me.

Thanks again!

Sam
`),
      person: { name: 'Ana Lima' },
      occasion: { kind: 'referral', discussionPoints: ["Stripe's payments infrastructure team"], promisedFollowUps: ['Updated resume'] },
      dueAt: DUE_TOMORROW,
    },
    fails: ['discussion-point', 'promised-follow-up', 'next-step', 'offer-help', 'length', 'not-generic'],
    messages: { 'promised-follow-up': /^Missing what you promised: “Updated resume”\.$/u, 'not-generic': /specific to Ana or this referral/u },
    suggestions: { 'next-step': /^I'll keep you posted on how it goes\.$/u, 'offer-help': /return the favor/u },
  },
  {
    name: 'other help, nothing recorded, specific through names and details',
    input: {
      markdown: note(`
Hi Jo,

Thank you for spending Saturday morning going through my portfolio site with me. The way you rewrote the headline on the Lighthouse project page in two minutes flat, from a list of technologies to the problem it solved, changed how I think about the whole site.

I've already rewritten the other three project pages the same way, and the first recruiter I sent it to replied the same day. I'm genuinely grateful.

I'd love to buy you lunch next week to say thanks properly, and if I can ever return the favor with a code review or a mock interview, just ask.

Cheers,
Sam
`),
      person: { name: 'Jo Park' },
      occasion: { kind: 'other', discussionPoints: [], promisedFollowUps: [] },
    },
    fails: [],
    messages: {
      'discussion-point': /^No discussion points were recorded/u,
      fit: /this kind of help/u,
      deadline: /^No due time is set/u,
    },
  },
  {
    name: 'greets two panelists in one note',
    input: {
      markdown: note(`
Dear Priya and Marcus,

Thank you both for the panel on Tuesday. I especially enjoyed the discussion of the billing migration, and Marcus's sketch of how the on-call rotation works made the team's priorities very clear.

I'm excited about the role. I've led a staged ledger migration at Acme, so I'd bring experience with the exact reconciliation problems you described.

Here is the event sourcing article I promised: https://martinfowler.com/eaaDev/EventSourcing.html

I'll follow up next week to see whether a short call would be useful, and I'm happy to answer any questions in the meantime.

Best,
Sam
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { 'addressed-by-name': /^Greets Priya, and Marcus too; each person deserves a note of their own\.$/u },
  },
  {
    name: 'placeholders of every other kind; a Markdown link and an escaped bracket are not placeholders',
    input: {
      markdown: note(`
Dear Ms. Raman,

Thank you for the conversation on Tuesday about the [platform team](https://northwind.example/teams/platform) at [Company Name]. I especially enjoyed hearing how the billing migration is staged, and the \\[draft\\] plan you showed me for the on-call rotation.

I'm excited about the role. I've led two similar migrations at Acme, so I'd bring experience with the reconciliation problems you described. Start date: TBD.

Here is the article on event sourcing: https://martinfowler.com/eaaDev/EventSourcing.html. I'll follow up on XXX to find a time for a short call next week, and I'm happy to answer any questions in the meantime.

Lorem ipsum dolor sit amet.

Best,
{Your name}
`),
      person: PRIYA,
      occasion: PRIYA_INTERVIEW,
      dueAt: DUE_TOMORROW,
    },
    fails: ['no-placeholders'],
    messages: {
      'addressed-by-name': /Dear Ms\. Raman/u,
      'no-placeholders': /^Fill in 5 placeholders: “\[Company Name\]”, “TBD”, “XXX” and 2 more\.$/u,
    },
  },
  {
    name: 'placeholder only in the subject, due within the hour',
    input: {
      markdown: note(`
Hi Grace,

Thank you for the session yesterday. Your advice on negotiating the offer, asking for the equity refresh in writing before countering on base, was exactly what I needed, and I'm grateful for how much time you gave it.

I've already drafted the email to the recruiter and will send it tomorrow morning.

I'll report back after Thursday's call with the recruiter. Would a short call in two weeks work for a check-in? If anything about the offer details is unclear, I'm happy to send you the full numbers.

Thank you again,
Sam
`),
      subject: 'Thank you for [date]',
      person: { name: 'Grace Obi' },
      occasion: { kind: 'mentoring', discussionPoints: ['Negotiating the offer'], promisedFollowUps: [] },
      dueAt: '2026-03-11T12:40:00Z',
    },
    fails: ['no-placeholders'],
    messages: { 'no-placeholders': /^Fill in the placeholder “\[date\]” in the subject\.$/u, deadline: /^Due in 40 min; send it soon\.$/u },
  },
  {
    name: 'fluffy note in the writer\'s own voice, but nothing from the conversation',
    input: {
      markdown: note(`
Hi Priya,

Thank you so much for taking the time to chat with me today! I really enjoyed learning about the exciting work your team is doing and the collaborative culture you've built.

It sounds like an amazing place to grow, and I came away feeling energized about the possibility of joining. I'm confident my background would let me make an impact quickly, and I think I would be a great addition to the team.

Please don't hesitate to reach out if you need anything else from me. Thanks again, and I hope to hear from you soon!

Best,
Sam
`),
      person: PRIYA,
      occasion: { kind: 'interview', discussionPoints: ['Billing migration'], promisedFollowUps: [] },
      dueAt: DUE_TOMORROW,
    },
    fails: ['discussion-point', 'fit', 'next-step', 'not-generic'],
    messages: { 'next-step': /^“hope to hear from you soon” leaves the next move to them/u },
  },
  {
    name: 'specific interview note with nothing recorded: a stock opening that goes on with detail',
    input: {
      markdown: note(`
Dear Ms. Fischer,

Thank you for interviewing me for the Data Analyst position on Monday. I enjoyed our discussion about how your team uses dbt to model the marketing funnel, and I was glad to hear the team is investing in data quality tests.

At my current company I introduced dbt tests across 140 models and cut broken dashboards by half, so I believe I could contribute to that effort quickly.

I would be happy to provide any additional information you may need. I look forward to the next steps in the process.

Kind regards,
Luis Ortega
`),
      person: { name: 'Hanna Fischer' },
      occasion: { kind: 'interview', discussionPoints: [], promisedFollowUps: [] },
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { fit: /I could contribute/u, 'next-step': /next steps in the process/u },
  },
  {
    name: 'casual informational-interview note',
    input: {
      markdown: note(`
Hey Kenji!

Really appreciated you squeezing me in between launches yesterday. Your take on moving from agency work to an in-house design team was eye-opening, especially the bit about learning to defend decisions with data instead of taste.

I'm going to rebuild my portfolio around two case studies with measurable outcomes, like you suggested, and I'll send them your way once they're done (probably end of the month). Would love your honest reaction if you have 15 minutes then.

And if there's ever anything I can do for you (intros, feedback on your side project, anything), just shout.

Thanks again,
Maya
`),
      person: { name: 'Kenji Watanabe' },
      occasion: { kind: 'informational-interview', discussionPoints: ['Going in-house after agency work'], promisedFollowUps: [] },
      dueAt: DUE_TOMORROW,
    },
    fails: [],
    messages: { 'discussion-point': /Going in-house after agency work/u, 'next-step': /I'll send them your way/u },
  },
  {
    name: 'warm referral note that is a little short',
    input: {
      markdown: note(`
Hi Raj,

Just wanted to say a huge thank you for putting in a word with the hiring team at Figma. I heard from their recruiter this morning and I have a first call on Thursday!

I know how busy you are, so it really means a lot that you took the time. I'll let you know how Thursday goes.

If you ever need a second pair of eyes on anything, I owe you one.

Cheers,
Anna
`),
      person: { name: 'Raj Patel' },
      occasion: { kind: 'referral', discussionPoints: [], promisedFollowUps: [] },
      dueAt: DUE_TOMORROW,
    },
    fails: ['length'],
    messages: { length: /^Only 73 words/u, 'offer-help': /If you ever need a second pair of/u },
  },
  {
    name: 'empty draft',
    input: { markdown: '', person: PRIYA, occasion: PRIYA_INTERVIEW, dueAt: DUE_TOMORROW },
    fails: ['addressed-by-name', 'discussion-point', 'promised-follow-up', 'enthusiasm', 'fit', 'next-step', 'offer-help', 'length', 'not-generic'],
    messages: { length: /^The body is empty/u },
  },
];

const LONG_PARAGRAPHS = [
  'Thank you again for the time on Tuesday. I have been thinking about the **billing migration** ever since, and I wanted to write down a few thoughts while they are fresh, in the order we discussed them.',
  'The plan to move one product line at a time, with both ledgers running in parallel and a nightly reconciliation job comparing them, is the approach I would have argued for. At Acme we tried a big-bang cut-over first and spent three weekends rolling it back.',
  "- The reconciliation report needs an owner, or its differences pile up.\n- Paging the on-call engineer on a non-empty report sounds harsh but kept ours empty.\n- Idempotent retries matter more than throughput in the first month.",
  'On-call: I liked hearing how the rotation works, one week in six with a recovery day afterwards, and that the team tracks pages per shift as a health metric rather than a badge of honour.',
  'I also re-read [the article on event sourcing](https://martinfowler.com/eaaDev/EventSourcing.html) I promised to send; the section on retroactive events maps neatly onto the back-dated invoice corrections you described.',
  "I'd bring hands-on experience with staged migrations and reconciliation tooling, and I'm genuinely excited about the chance to do that work with your team.",
  'One question I did not get to ask: how does finance sign off on a product line before its old ledger is switched off? At Acme that sign-off took longer than the engineering, and planning for it early saved us a month.',
];

/** A realistic note of about `targetWords` words (the coach's speed budget is for 2,000). */
export function longNote(targetWords: number): string {
  const blocks = ['Dear Priya,'];
  let words = 0;
  for (let round = 1; words < targetWords; round += 1) {
    for (const paragraph of LONG_PARAGRAPHS) {
      const block = `${paragraph} (Note ${round}.)`;
      blocks.push(block);
      words += block.split(/\s+/u).length;
      if (words >= targetWords) break;
    }
  }
  blocks.push("I'd welcome a short call next week, and I'm happy to answer any questions in the meantime.", 'Warm regards,\nSam');
  return blocks.join('\n\n');
}

NOTE_FIXTURES.push({
  name: 'a 2,000-word note',
  input: { markdown: longNote(2000), person: PRIYA, occasion: PRIYA_INTERVIEW, dueAt: DUE_TOMORROW },
  // The same paragraphs over and over: a reader sees the repetition at once.
  fails: ['length', 'no-repetition'],
  messages: { length: /^2,0\d\d words in the body; trim toward 250/u },
});
