import { describe, expect, it } from 'vitest';
import { OCCASION_KINDS, type OccasionKind } from '../domain/occasion-kinds';
import { BUILT_IN_TEMPLATES, builtInTemplateFor } from './built-in-templates';
import { fillTemplate } from './fill-template';
import type { MergeContext } from './merge-context';
import { findUnknownMergeFields } from './merge-fields';
import { findSectionProblems } from './sections';

const TIME = { locale: 'en-US', timeZone: 'America/New_York' };

/** Everything recorded; a signature with its own closing. */
function fullContext(kind: OccasionKind): MergeContext {
  return {
    person: { fullName: 'Priya Raman', addressAs: 'Priya', company: 'Northwind', title: 'Engineering Manager' },
    occasion: {
      kind,
      title: 'Video interview with Priya Raman at Northwind',
      startsAt: '2026-03-10T15:00:00.000Z',
      place: 'Zoom',
      discussionPoints: ['The move to event sourcing', 'How on-call works'],
      promisedFollowUps: [
        { text: 'The talk on event sourcing I mentioned', url: 'https://example.com/talk' },
        { text: 'My notes on on-call', url: '' },
      ],
    },
    opportunity: { company: 'Northwind', role: 'Senior Platform Engineer' },
    me: { name: 'Sam Lee', signature: 'Best regards,\nSam Lee · [samlee.dev](https://samlee.dev)' },
  };
}

/** A point written as what they did, their company, your name; no job, nothing promised, no signature. */
function sparseContext(kind: OccasionKind): MergeContext {
  return {
    person: { fullName: 'Priya Raman', addressAs: '', company: 'Northwind', title: '' },
    occasion: {
      kind,
      title: '',
      startsAt: '2026-03-10T15:00:00.000Z',
      place: '',
      discussionPoints: ['Called the hiring manager to vouch for my research skills'],
      promisedFollowUps: [],
    },
    opportunity: null,
    me: { name: 'Sam Lee', signature: '' },
  };
}

/** Nothing recorded but the person's name, and nothing in Settings. */
function emptyContext(kind: OccasionKind): MergeContext {
  return {
    person: { fullName: 'Priya Raman', addressAs: '', company: '', title: '' },
    occasion: { kind, title: '', startsAt: '2026-03-10T15:00:00.000Z', place: '', discussionPoints: [], promisedFollowUps: [] },
    opportunity: null,
    me: { name: '', signature: '' },
  };
}

const RECORDS = { empty: emptyContext, sparse: sparseContext, full: fullContext } as const;

/** Words as a reader counts them: link targets and Markdown punctuation do not count. */
function words(markdown: string): number {
  return markdown
    .replace(/\]\([^)]*\)/gu, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Lines a reader takes for a closing ("Warm regards,", "Best regards,"), written by hand, not with the code under test. */
const CLOSING_LINE = /^(?:Warm regards|Best regards|Thanks again|With gratitude|Many thanks|With thanks|Thank you again|All the best),$/u;

describe('BUILT_IN_TEMPLATES', () => {
  it('has one template per occasion kind, with the contract’s builtin:<kind> id', () => {
    expect(BUILT_IN_TEMPLATES.map((template) => template.kind)).toEqual([...OCCASION_KINDS]);
    for (const kind of OCCASION_KINDS) {
      expect(builtInTemplateFor(kind)).toMatchObject({ id: `builtin:${kind}`, kind });
      expect(builtInTemplateFor(kind).name).not.toBe('');
    }
  });

  describe.each(BUILT_IN_TEMPLATES.map((template) => [template.kind, template] as const))('%s', (kind, template) => {
    it('uses only known fields and well-formed sections, greets by name, brings up a discussion point and ends with {{signOff}} only', () => {
      expect(findUnknownMergeFields(`${template.subject}\n${template.body}`)).toEqual([]);
      expect(findSectionProblems(template.body)).toEqual([]);
      expect(template.body.split('\n')[0]).toMatch(/^(Dear|Hi) \{\{person\.addressAs\}\},$/u);
      expect(template.body).toContain('{{discussionPoint}}');
      expect(template.body.trimEnd()).toMatch(/\n\n\{\{signOff\}\}$/u);
      expect(template.body).not.toContain('{{me.signature}}');
      expect(template.body.split('\n').filter((line) => CLOSING_LINE.test(line))).toEqual([]);
      expect(template.subject.length).toBeLessThanOrEqual(60);
    });

    describe.each(Object.entries(RECORDS))('from a record with %s', (record, contextFor) => {
      const context = contextFor(kind);
      const filled = fillTemplate(template, context, TIME);
      const paragraphs = filled.body.trimEnd().split('\n\n');

      it('reads cleanly: no empty section, no stray punctuation or spacing, no section tags', () => {
        const text = `${filled.subject}\n${filled.body}`;
        expect(text).not.toMatch(/undefined|null|NaN| {2}| [.,;:]|\n{3}|\{\{[#^/]|\uE000/u);
        expect(paragraphs.every((paragraph) => paragraph.trim() !== '')).toBe(true);
        // A paragraph that introduces something ("…what I mentioned:") is followed by it.
        expect(paragraphs.filter((paragraph) => paragraph.endsWith(':'))).toEqual([]);
        expect(filled.body).not.toMatch(/\babout (?:the )?\{\{|role at\s*[.,]|\bthe {2}|\bthe role role\b/u);
        expect(filled.body.endsWith('\n')).toBe(true);
        expect(filled.unknown).toEqual([]);
      });

      it('leaves no merge field but a missing name, where Settings has none', () => {
        expect(filled.subject).not.toMatch(/\{\{|\[/u);
        expect(filled.unfilled).toEqual(record === 'empty' ? ['me.name'] : []);
        expect([...filled.body.matchAll(/\{\{[^}]*\}\}/gu)].map((match) => match[0])).toEqual(record === 'empty' ? ['{{me.name}}'] : []);
      });

      it('signs off exactly once, at the end', () => {
        const lines = filled.body.trimEnd().split('\n');
        expect(lines.filter((line) => CLOSING_LINE.test(line))).toHaveLength(1);
        const closingAt = lines.findIndex((line) => CLOSING_LINE.test(line));
        expect(lines.slice(closingAt + 1).join('\n')).toBe(
          { empty: '{{me.name}}', sparse: 'Sam Lee', full: 'Sam Lee · [samlee.dev](https://samlee.dev)' }[record],
        );
      });

      it('says "As promised" only with something promised, and mentions the job only when one is recorded', () => {
        expect(filled.body.includes('As promised')).toBe(record === 'full');
        if (record === 'full') expect(filled.body).toContain('As promised, here is what I mentioned:\n- [The talk on event sourcing I mentioned](https://example.com/talk)\n- My notes on on-call\n\n');
        expect(filled.body.includes('Senior Platform Engineer')).toBe(record === 'full' && template.body.includes('{{opportunity.role}}'));
      });

      it('frames the discussion point so it reads as a topic', () => {
        if (record === 'empty') expect(filled.body).not.toMatch(/\babout\s*[;,.]|\bon\s*[;,.]/u);
        if (record === 'sparse') expect(filled.body).toContain('how you called the hiring manager to vouch for my research skills');
        if (record === 'full') expect(filled.body).toContain('about the move to event sourcing');
      });
    });

    it('reads at a good length once the prompt is answered (90–180 words)', () => {
      const filled = fillTemplate(template, fullContext(kind), TIME);
      const answered = filled.prompts.reduce(
        (body, prompt) => body.replace(prompt, 'My years running the payments platform through two migrations would let me help from the first week.'),
        filled.body,
      );
      expect(words(answered)).toBeGreaterThanOrEqual(90);
      expect(words(answered)).toBeLessThanOrEqual(180);
    });

    it('proposes a next step, offers help, and shows enthusiasm or gratitude', () => {
      expect(template.body).toMatch(/short call/u);
      expect(template.body).toMatch(/questions|anything/u);
      expect(template.body).toMatch(/excited|grateful|generous|meant a lot/u);
    });
  });

  it('asks interviewees, in their own words, why they fit, and for something that stayed with them when no point was recorded', () => {
    expect(fillTemplate(builtInTemplateFor('interview'), fullContext('interview')).prompts).toEqual(['[One sentence on what you would bring to the team]']);
    expect(fillTemplate(builtInTemplateFor('interview'), emptyContext('interview')).prompts).toEqual([
      '[Something from our conversation that stayed with you, and why]',
      '[One sentence on what you would bring to the team]',
    ]);
  });

  it.each(['referral', 'recommendation', 'advocacy-call'] as const)('%s: promises to keep them posted', (kind) => {
    expect(builtInTemplateFor(kind).body).toMatch(/keep you posted|let you know how it goes/u);
    expect(fillTemplate(builtInTemplateFor(kind), fullContext(kind)).prompts).toEqual([]);
  });

  it('a phone screen with nothing recorded: no empty section, one sign-off', () => {
    const context = { ...emptyContext('interview'), person: { fullName: 'Priya Raman', addressAs: '', company: 'Northwind', title: '' }, me: { name: 'Sam Lee', signature: '' } };
    const filled = fillTemplate(builtInTemplateFor('interview'), context, TIME);
    expect(filled.subject).toBe('Thank you for our conversation on Tuesday, March 10');
    expect(filled.body).toBe(
      [
        'Dear Priya,',
        '',
        'Thank you for making time to talk with me about the role at Northwind. [Something from our conversation that stayed with you, and why]',
        '',
        'I came away even more excited about the role. [One sentence on what you would bring to the team]',
        '',
        "I'd be glad to continue the conversation on a short call next week, and I'll check in early in the week to find a time that suits you. In the meantime, if any questions come up about my background, I'm happy to answer them.",
        '',
        'Warm regards,',
        'Sam Lee',
        '',
      ].join('\n'),
    );
    expect(filled.unfilled).toEqual([]);
  });

  it('a referral with everything recorded', () => {
    const filled = fillTemplate(builtInTemplateFor('referral'), fullContext('referral'), TIME);
    expect(filled.subject).toBe('Thank you for putting my name forward');
    expect(filled.body).toBe(
      [
        'Hi Priya,',
        '',
        "Thank you so much for referring me for the Senior Platform Engineer role at Northwind. I know a referral puts your name next to mine, and I'm truly grateful you were willing to vouch for me.",
        '',
        'Our conversation about the move to event sourcing was a real help as I put my application together, and it left me even more excited about the team.',
        '',
        'As promised, here is what I mentioned:',
        '- [The talk on event sourcing I mentioned](https://example.com/talk)',
        '- My notes on on-call',
        '',
        "I'll keep you posted on how it goes, and I'd love to catch up properly once I know more, maybe over a short call in a couple of weeks. In the meantime, if the hiring team needs anything from me, or you have any questions about my background, just let me know.",
        '',
        'Best regards,',
        'Sam Lee · [samlee.dev](https://samlee.dev)',
        '',
      ].join('\n'),
    );
  });

  it('a call on your behalf with little recorded: what they did is framed, not spliced', () => {
    const filled = fillTemplate(builtInTemplateFor('advocacy-call'), sparseContext('advocacy-call'), TIME);
    expect(filled.body).toBe(
      [
        'Dear Priya,',
        '',
        "Thank you for making the call on my behalf. Picking up the phone for someone is a real favor, and I don't take it lightly that you put your reputation behind me.",
        '',
        'Hearing about how you called the hiring manager to vouch for my research skills meant a lot, and it made me even more excited about the opportunity.',
        '',
        "I'll keep you posted on what happens next, and I'd be glad to catch up on a short call next week to hear how the conversation went from your side. If they come back with questions you'd like my help answering, I'm happy to send whatever you need.",
        '',
        'Many thanks,',
        'Sam Lee',
        '',
      ].join('\n'),
    );
  });
});
