import { describe, expect, it } from 'vitest';
import type { ThankYouDetail } from '../contract/thanks-drafts';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import { fillTemplate } from './fill-template';
import { mergeContextFor } from './merge-context';

const me = { yourName: 'Sam', signature: '' };
const thankYou = (participantNotes: ThankYouDetail['participantNotes']): Pick<ThankYouDetail, 'person' | 'occasion' | 'opportunity' | 'participantNotes'> => ({
  person: { id: 1, fullName: 'Marcus Chen', addressAs: 'Marcus', emails: [], company: 'Northwind', title: '' },
  occasion: {
    id: 1,
    kind: 'interview',
    interviewFormat: 'panel',
    title: 'Panel interview',
    startsAt: '2026-03-10T15:00:00Z',
    endsAt: '2026-03-10T16:00:00Z',
    location: '',
    discussionPoints: ['the patient intake flow', 'on-call'],
    promisedFollowUps: [{ text: 'My portfolio', url: 'https://example.com/portfolio' }],
  },
  opportunity: null,
  participantNotes,
});

describe('mergeContextFor: the person’s own notes before the occasion’s', () => {
  it('puts their points and follow-ups first, each once', () => {
    const context = mergeContextFor(
      thankYou({ points: ['testing the intake form', 'on-call'], promisedFollowUps: [{ text: 'The test plan', url: '' }] }),
      me,
    );
    expect(context.occasion.discussionPoints).toEqual(['testing the intake form', 'on-call', 'the patient intake flow']);
    expect(context.occasion.promisedFollowUps).toEqual([
      { text: 'The test plan', url: '' },
      { text: 'My portfolio', url: 'https://example.com/portfolio' },
    ]);
  });

  it('uses the occasion’s alone when the person has none, or is no longer listed', () => {
    for (const notes of [{ points: [], promisedFollowUps: [] }, null]) {
      const context = mergeContextFor(thankYou(notes), me);
      expect(context.occasion.discussionPoints).toEqual(['the patient intake flow', 'on-call']);
      expect(context.occasion.promisedFollowUps).toEqual([{ text: 'My portfolio', url: 'https://example.com/portfolio' }]);
    }
  });

  it('makes {{discussionPoint}} in the built-in interview template the person’s own point', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'interview')!;
    const own = fillTemplate(template, mergeContextFor(thankYou({ points: ['testing the intake form'], promisedFollowUps: [] }), me)).body;
    const shared = fillTemplate(template, mergeContextFor(thankYou(null), me)).body;
    expect(own).toContain('testing the intake form');
    expect(shared).not.toContain('testing the intake form');
    expect(shared).toContain('the patient intake flow');
  });
});
