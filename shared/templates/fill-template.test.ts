import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template';
import type { MergeContext } from './merge-context';

const BERLIN = { locale: 'en-US', timeZone: 'Europe/Berlin' };

function fullContext(): MergeContext {
  return {
    person: { fullName: 'Dr. Priya Raman', addressAs: 'Priya', company: 'Northwind', title: 'Engineering Manager' },
    occasion: {
      kind: 'interview',
      title: 'Video interview with Priya Raman at Northwind',
      startsAt: '2026-03-10T15:00:00.000Z',
      place: 'Zoom',
      discussionPoints: ['The move to event sourcing.', 'How on-call works'],
      promisedFollowUps: [
        { text: 'The talk on event sourcing', url: 'https://example.com/talk' },
        { text: '', url: 'https://example.com/portfolio' },
        { text: 'My reading list', url: '' },
      ],
    },
    opportunity: { company: 'Northwind Labs', role: 'Senior Platform Engineer' },
    me: { name: 'Sam Lee', signature: 'Sam Lee\\\n[samlee.dev](https://samlee.dev)' },
  };
}

function sparseContext(): MergeContext {
  return {
    person: { fullName: 'Priya Raman', addressAs: '', company: '', title: '' },
    occasion: { kind: 'interview', title: '', startsAt: '2026-03-10T15:00:00.000Z', place: '', discussionPoints: [], promisedFollowUps: [] },
    opportunity: null,
    me: { name: '', signature: '' },
  };
}

const EVERY_FIELD = [
  '{{person.addressAs}} / {{person.fullName}} / {{person.firstName}} / {{person.company}} / {{person.title}}',
  '{{occasion.title}} / {{occasion.date}} / {{occasion.kind}} / {{occasion.place}}',
  '{{opportunity.role}} / {{opportunity.company}} / {{me.name}}',
  'About {{discussionPoint}}:',
  '{{discussionPoints}}',
  '{{promisedFollowUps}}',
  '{{me.signature}}',
].join('\n');

describe('fillTemplate with everything recorded', () => {
  it('fills every field', () => {
    const filled = fillTemplate({ subject: 'Thank you, {{person.addressAs}}', body: EVERY_FIELD }, fullContext(), BERLIN);
    expect(filled.subject).toBe('Thank you, Priya');
    expect(filled.body).toBe(
      [
        'Priya / Dr. Priya Raman / Priya / Northwind / Engineering Manager',
        'Video interview with Priya Raman at Northwind / Tuesday, March 10 / interview / Zoom',
        'Senior Platform Engineer / Northwind Labs / Sam Lee',
        'About the move to event sourcing:',
        '- The move to event sourcing.',
        '- How on-call works',
        '- [The talk on event sourcing](https://example.com/talk)',
        '- <https://example.com/portfolio>',
        '- My reading list',
        'Sam Lee\\',
        '[samlee.dev](https://samlee.dev)',
      ].join('\n'),
    );
    expect(filled).toMatchObject({ unfilled: [], unknown: [], prompts: [] });
  });

  it('says the kind of occasion in words that fit a sentence', () => {
    const kindOf = (kind: MergeContext['occasion']['kind']) =>
      fillTemplate({ subject: '', body: '{{occasion.kind}}' }, { ...fullContext(), occasion: { ...fullContext().occasion, kind } }).body;
    expect(kindOf('advocacy-call')).toBe('call on my behalf');
    expect(kindOf('informational-interview')).toBe('informational interview');
    expect(kindOf('mentoring')).toBe('mentoring session');
  });
});

describe('fillTemplate with little recorded', () => {
  const template = {
    subject: 'Thank you for the {{opportunity.role}} interview',
    body: 'Dear {{person.addressAs}},\n\nThank you for talking about the {{opportunity.role}} role at {{opportunity.company}}. I enjoyed {{discussionPoint}}.\n\nAs promised:\n{{promisedFollowUps}}\n\n{{me.signature}}\n',
  };

  it('leaves empty fields visible as placeholders and lists them', () => {
    const filled = fillTemplate(template, sparseContext(), BERLIN);
    expect(filled.subject).toBe('Thank you for the {{opportunity.role}} interview');
    expect(filled.body).toBe(
      'Dear Priya,\n\nThank you for talking about the {{opportunity.role}} role at {{opportunity.company}}. I enjoyed {{discussionPoint}}.\n\nAs promised:\n{{promisedFollowUps}}\n\n{{me.signature}}\n',
    );
    expect(filled.unfilled).toEqual(['opportunity.role', 'opportunity.company', 'discussionPoint', 'promisedFollowUps', 'me.signature']);
    expect(filled.unknown).toEqual([]);
  });

  it('never writes "undefined", "null" or a dangling "at ."', () => {
    const filled = fillTemplate({ subject: '', body: EVERY_FIELD }, sparseContext(), BERLIN);
    expect(filled.body).not.toMatch(/undefined|null|\bat \.|\bat ,|\/ \//u);
    expect(filled.unfilled).toEqual([
      'person.company',
      'person.title',
      'occasion.title',
      'occasion.place',
      'opportunity.role',
      'opportunity.company',
      'me.name',
      'discussionPoint',
      'discussionPoints',
      'promisedFollowUps',
      'me.signature',
    ]);
  });

  it('writes a placeholder in its normal form however it was spaced', () => {
    expect(fillTemplate({ subject: '{{ person.title }}', body: '{{  opportunity.role\t}}' }, sparseContext()).body).toBe('{{opportunity.role}}');
    expect(fillTemplate({ subject: '{{ person.title }}', body: '' }, sparseContext()).subject).toBe('{{person.title}}');
  });

  it('falls back: the greeting to the first name, the job’s company to theirs, the signature to your name', () => {
    const context = sparseContext();
    context.person = { fullName: 'Dr. Amara Okafor', addressAs: '  ', company: 'Contoso', title: '' };
    context.me.name = 'Sam Lee';
    const filled = fillTemplate({ subject: '', body: '{{person.addressAs}} {{person.firstName}} {{opportunity.company}} {{me.signature}}' }, context);
    expect(filled.body).toBe('Amara Amara Contoso Sam Lee');
    expect(filled.unfilled).toEqual([]);
  });

  it('reads a context with missing or mistyped values (e.g. from JSON) as empty', () => {
    const broken = {
      person: { fullName: 'Priya Raman' },
      occasion: { kind: 'interview', startsAt: 'not a date', discussionPoints: [null, '  ', 7], promisedFollowUps: [null, { url: 42 }] },
      opportunity: { role: undefined },
      me: {},
    } as unknown as MergeContext;
    const filled = fillTemplate({ subject: '{{occasion.date}}', body: EVERY_FIELD }, broken);
    expect(`${filled.subject}\n${filled.body}`).not.toMatch(/undefined|null|NaN|Invalid/u);
    expect(filled.unfilled).toContain('occasion.date');
    expect(filled.unfilled).toContain('discussionPoints');
    expect(filled.unfilled).toContain('promisedFollowUps');
  });
});

describe('fillTemplate escapes what was recorded', () => {
  it('shows HTML and Markdown in names, points and follow-ups as typed', () => {
    const context = fullContext();
    context.person.fullName = '<img src=x onerror=alert(1)>';
    context.person.addressAs = '*Bob*';
    context.occasion.discussionPoints = ['# Scaling_the `API` | [docs](javascript:alert(1))', '1. <script>alert(1)</script>'];
    context.occasion.promisedFollowUps = [{ text: 'The **deck** ](https://evil.example)', url: 'https://example.com/deck' }];
    const filled = fillTemplate(
      { subject: 'Hi {{person.addressAs}} {{person.fullName}}', body: 'Hi {{person.addressAs}} ({{person.fullName}}),\n\n{{discussionPoints}}\n\n{{promisedFollowUps}}' },
      context,
    );
    expect(filled.body).toBe(
      [
        'Hi \\*Bob\\* (\\<img src=x onerror=alert(1)\\>),',
        '',
        '- \\# Scaling\\_the \\`API\\` \\| \\[docs\\](javascript:alert(1))',
        '- 1\\. \\<script\\>alert(1)\\</script\\>',
        '',
        '- [The \\*\\*deck\\*\\* \\](https://evil.example)](https://example.com/deck)',
      ].join('\n'),
    );
    // Subjects are plain text: nothing renders them as Markdown, so they keep what was typed.
    expect(filled.subject).toBe('Hi *Bob* <img src=x onerror=alert(1)>');
  });

  it('encodes link URLs so a ")" or a space cannot end the link', () => {
    const context = fullContext();
    context.occasion.promisedFollowUps = [{ text: 'Slides', url: 'https://example.com/a b) [x](javascript:alert(1)' }];
    expect(fillTemplate({ subject: '', body: '{{promisedFollowUps}}' }, context).body).toBe(
      '- [Slides](https://example.com/a%20b%29%20[x]%28javascript:alert%281%29)',
    );
  });

  it('inserts values once: a value that looks like a field stays text', () => {
    const context = fullContext();
    context.person.addressAs = '{{me.name}}';
    context.me.name = '';
    const filled = fillTemplate({ subject: 'For {{person.addressAs}}', body: 'Hi {{person.addressAs}}' }, context);
    expect(filled.body).toBe('Hi \\{\\{me.name\\}\\}');
    expect(filled.subject).toBe('For {{me.name}}');
    expect(filled.unfilled).toEqual([]);
  });

  it('keeps the subject on one line', () => {
    const context = fullContext();
    context.person.company = 'North\nwind';
    const filled = fillTemplate({ subject: 'Thanks\r\n{{person.company}}: {{discussionPoints}} — {{promisedFollowUps}}', body: '' }, context);
    expect(filled.subject).toBe(
      'Thanks North wind: The move to event sourcing., How on-call works — The talk on event sourcing, https://example.com/portfolio, My reading list',
    );
  });
});

describe('fillTemplate with unknown fields', () => {
  it('leaves them as written and lists them apart from the unfilled ones', () => {
    const filled = fillTemplate(
      { subject: '{{ person.name }} at {{person.company}}', body: 'Hi {{person.fullname}}, {{ opportunity.role }} {{person.name}}' },
      { ...sparseContext(), opportunity: { company: '', role: 'Designer' } },
    );
    expect(filled.subject).toBe('{{ person.name }} at {{person.company}}');
    expect(filled.body).toBe('Hi {{person.fullname}}, Designer {{person.name}}');
    expect(filled.unknown).toEqual(['person.name', 'person.fullname']);
    expect(filled.unfilled).toEqual(['person.company']);
  });
});

describe('fillTemplate dates', () => {
  const lateEvening = { ...fullContext(), occasion: { ...fullContext().occasion, startsAt: '2026-03-10T23:30:00Z' } };
  const date = (options: { locale?: string; timeZone?: string }) => fillTemplate({ subject: '{{occasion.date}}', body: '' }, lateEvening, options).subject;

  it('is the day in the user’s time zone', () => {
    expect(date({ timeZone: 'America/Los_Angeles' })).toBe('Tuesday, March 10');
    expect(date({ timeZone: 'Europe/Berlin' })).toBe('Wednesday, March 11');
  });

  it('follows the locale, and falls back instead of failing on an unknown zone or locale', () => {
    expect(date({ locale: 'en-GB', timeZone: 'UTC' })).toBe('Tuesday 10 March');
    expect(date({ locale: 'de-DE', timeZone: 'Asia/Tokyo' })).toBe('Mittwoch, 11. März');
    expect(date({ locale: 'en-US', timeZone: 'Mars/Olympus_Mons' })).toMatch(/^(Tuesday, March 10|Wednesday, March 11)$/u);
    expect(date({ locale: 'not a locale!', timeZone: 'UTC' })).toBe('Tuesday, March 10');
  });
});

describe('fillTemplate discussion points', () => {
  const first = (point: string) =>
    fillTemplate({ subject: '', body: '{{discussionPoint}}' }, { ...fullContext(), occasion: { ...fullContext().occasion, discussionPoints: ['', point] } }).body;

  it.each([
    ['The move to Kafka.', 'the move to Kafka'],
    ['How they hire?', 'how they hire'],
    ['Their onboarding plan', 'their onboarding plan'],
    ['Kubernetes migration', 'Kubernetes migration'],
    ['A/B testing', 'A/B testing'],
    ['WHO guidelines', 'WHO guidelines'],
    ["Priya's 90-day plan;", "Priya's 90-day plan"],
  ])('fits %j mid-sentence as %j', (point, expected) => expect(first(point)).toBe(expected));

  it.each([
    ['Called the hiring manager to vouch for my research skills', 'how you called the hiring manager to vouch for my research skills'],
    ['introduced me to their CTO.', 'how you introduced me to their CTO'],
    ['Spoke to the recruiter about my gap year', 'how you spoke to the recruiter about my gap year'],
    ['You mentioned the team is growing', 'how you mentioned the team is growing'],
    ['We compared notes on design systems', 'how we compared notes on design systems'],
    ['The team is growing fast', 'how the team is growing fast'],
    ['Their roadmap was delayed', 'how their roadmap was delayed'],
    ['Distributed tracing at scale', 'Distributed tracing at scale'],
    ['Automated tests for the API', 'Automated tests for the API'],
    ['Detailed feedback on my portfolio', 'Detailed feedback on my portfolio'],
    ['The people who are hiring', 'the people who are hiring'],
    ['How they hire', 'how they hire'],
    ['Seed funding', 'Seed funding'],
  ])('frames %j, typed as a sentence or a phrase, as the topic %j', (point, expected) => expect(first(point)).toBe(expected));
});

describe('fillTemplate block fields', () => {
  it('puts a list mid-line on a line of its own, and separates text after it', () => {
    const filled = fillTemplate({ subject: '', body: 'Here you go: {{promisedFollowUps}} Talk soon.' }, fullContext());
    expect(filled.body).toBe(
      'Here you go: \n- [The talk on event sourcing](https://example.com/talk)\n- <https://example.com/portfolio>\n- My reading list\n\n Talk soon.',
    );
  });

  it('indents a list inside a list item', () => {
    const filled = fillTemplate({ subject: '', body: '- We covered:\n  {{discussionPoints}}' }, fullContext());
    expect(filled.body).toBe('- We covered:\n  - The move to event sourcing.\n  - How on-call works');
  });

  it('puts the signature in as the user wrote it, line endings normalised', () => {
    const context = fullContext();
    context.me.signature = '**Sam Lee**\r\nProduct Designer  \r\n';
    expect(fillTemplate({ subject: '', body: 'Best,\n\n{{me.signature}}\n' }, context).body).toBe('Best,\n\n**Sam Lee**\nProduct Designer\n');
  });
});
