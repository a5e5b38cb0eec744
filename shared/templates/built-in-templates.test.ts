import { describe, expect, it } from 'vitest';
import { OCCASION_KINDS, type OccasionKind } from '../domain/occasion-kinds';
import { BUILT_IN_TEMPLATES, builtInTemplateFor } from './built-in-templates';
import { fillTemplate } from './fill-template';
import type { MergeContext } from './merge-context';
import { findUnknownMergeFields } from './merge-fields';

const TIME = { locale: 'en-US', timeZone: 'America/New_York' };

function fullContext(kind: OccasionKind): MergeContext {
  return {
    person: { fullName: 'Priya Raman', addressAs: 'Priya', company: 'Northwind', title: 'Engineering Manager' },
    occasion: {
      kind,
      title: 'Video interview with Priya Raman at Northwind',
      startsAt: '2026-03-10T15:00:00.000Z',
      place: 'Zoom',
      discussionPoints: ['The move to event sourcing', 'How on-call works'],
      promisedFollowUps: [{ text: 'The talk on event sourcing I mentioned', url: 'https://example.com/talk' }],
    },
    opportunity: { company: 'Northwind', role: 'Senior Platform Engineer' },
    me: { name: 'Sam Lee', signature: 'Sam Lee · [samlee.dev](https://samlee.dev)' },
  };
}

function sparseContext(kind: OccasionKind): MergeContext {
  return {
    person: { fullName: 'Priya Raman', addressAs: '', company: '', title: '' },
    occasion: { kind, title: '', startsAt: '2026-03-10T15:00:00.000Z', place: '', discussionPoints: [], promisedFollowUps: [] },
    opportunity: null,
    me: { name: '', signature: '' },
  };
}

/** Words as a reader counts them: link targets and Markdown punctuation do not count. */
function words(markdown: string): number {
  return markdown
    .replace(/\]\([^)]*\)/gu, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

describe('BUILT_IN_TEMPLATES', () => {
  it('has one template per occasion kind, with the contract’s builtin:<kind> id', () => {
    expect(BUILT_IN_TEMPLATES.map((template) => template.kind)).toEqual([...OCCASION_KINDS]);
    for (const kind of OCCASION_KINDS) {
      expect(builtInTemplateFor(kind)).toMatchObject({ id: `builtin:${kind}`, kind });
      expect(builtInTemplateFor(kind).name).not.toBe('');
    }
  });

  describe.each(BUILT_IN_TEMPLATES.map((template) => [template.kind, template] as const))('%s', (kind, template) => {
    it('uses only known fields, greets by name, brings up a discussion point and signs off', () => {
      expect(findUnknownMergeFields(`${template.subject}\n${template.body}`)).toEqual([]);
      expect(template.body.split('\n')[0]).toMatch(/^(Dear|Hi) \{\{person\.addressAs\}\},$/u);
      expect(template.body).toContain('{{discussionPoint}}');
      expect(template.body.trimEnd()).toMatch(/\n\n\{\{me\.signature\}\}$/u);
      expect(template.subject.length).toBeLessThanOrEqual(60);
    });

    it('fills cleanly from a full record, leaving only its deliberate prompt', () => {
      const filled = fillTemplate(template, fullContext(kind), TIME);
      expect(filled.unfilled).toEqual([]);
      expect(filled.unknown).toEqual([]);
      expect(filled.prompts.length).toBeLessThanOrEqual(1);
      expect(`${filled.subject}\n${filled.body}`).not.toMatch(/\{\{|undefined|null| {2}| [.,;:]/u);
      expect(filled.body).toContain('Dear Priya,'.replace('Dear', filled.body.startsWith('Hi') ? 'Hi' : 'Dear'));
      expect(filled.body).toMatch(/the move to event sourcing/u);
      expect(filled.body.trimEnd()).toMatch(/Sam Lee · \[samlee\.dev\]\(https:\/\/samlee\.dev\)$/u);
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

    it('has a subject that stays whole when little was recorded, and a body whose gaps are visible', () => {
      const filled = fillTemplate(template, sparseContext(kind), TIME);
      expect(filled.subject).not.toMatch(/\{\{|\[/u);
      expect(filled.body).not.toMatch(/undefined|null|\bat \.| ,/u);
      for (const name of filled.unfilled) expect(filled.body).toContain(`{{${name}}}`);
      expect(filled.unfilled).toContain('discussionPoint');
      expect(filled.unfilled).toContain('me.signature');
    });
  });

  it('asks interviewees, in their own words, why they fit', () => {
    expect(fillTemplate(builtInTemplateFor('interview'), fullContext('interview')).prompts).toEqual([
      '[One sentence on what you would bring to the team]',
    ]);
  });

  it.each(['referral', 'recommendation', 'advocacy-call'] as const)('%s: promises to keep them posted', (kind) => {
    expect(builtInTemplateFor(kind).body).toMatch(/keep you posted|let you know how it goes/u);
    expect(fillTemplate(builtInTemplateFor(kind), fullContext(kind)).prompts).toEqual([]);
  });

  it.each(['interview', 'informational-interview', 'mentoring'] as const)('%s: sends what was promised', (kind) => {
    const filled = fillTemplate(builtInTemplateFor(kind), fullContext(kind), TIME);
    expect(filled.body).toContain('As promised, here is what I mentioned:\n- [The talk on event sourcing I mentioned](https://example.com/talk)\n');
  });

  it('fills the interview template into a note a person would send', () => {
    const filled = fillTemplate(builtInTemplateFor('interview'), fullContext('interview'), TIME);
    expect(filled.subject).toBe('Thank you for our conversation on Tuesday, March 10');
    expect(filled.body).toBe(
      [
        'Dear Priya,',
        '',
        'Thank you for making time to talk with me about the Senior Platform Engineer role at Northwind. I especially enjoyed hearing your thoughts on the move to event sourcing; it gave me a much clearer picture of the work and of how your team approaches it.',
        '',
        'I came away even more excited about the role. [One sentence on what you would bring to the team]',
        '',
        'As promised, here is what I mentioned:',
        '- [The talk on event sourcing I mentioned](https://example.com/talk)',
        '',
        "I'd be glad to continue the conversation on a short call next week, and I'll check in early in the week to find a time that suits you. In the meantime, if any questions come up about my background, I'm happy to answer them.",
        '',
        'Warm regards,',
        '',
        'Sam Lee · [samlee.dev](https://samlee.dev)',
        '',
      ].join('\n'),
    );
  });
});
