import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, fillTemplate, mergeContextFor } from '../templates';
import { reviewNote } from './review-note';

describe('discussion points made of common words', () => {
  const detail = {
    person: { id: 1, fullName: 'Priya Raman', addressAs: 'Priya', emails: [], company: 'Northwind', title: '' },
    occasion: {
      id: 1,
      kind: 'interview' as const,
      interviewFormat: 'panel' as const,
      title: 'Panel interview',
      startsAt: '2026-03-10T15:00:00Z',
      endsAt: '2026-03-10T16:00:00Z',
      location: '',
      discussionPoints: ['Migrating billing to event sourcing', 'How on-call works'],
      promisedFollowUps: [],
    },
    opportunity: { id: 1, company: 'Northwind', role: 'Senior Platform Engineer', link: '' },
    participantNotes: null,
  };

  it('are not matched by the same words scattered across the note', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'interview')!;
    const { body } = fillTemplate(template, mergeContextFor(detail, { yourName: 'Sam', signature: '' }));
    const check = reviewNote({ markdown: body, person: { name: 'Priya Raman' }, occasion: { kind: 'interview', discussionPoints: detail.occasion.discussionPoints, promisedFollowUps: [] } })
      .checks.find((c) => c.id === 'discussion-point')!;
    expect(check.ok).toBe(true);
    expect(check.message).toContain('Migrating billing to event sourcing');
    expect(check.message).not.toContain('How on-call works');
  });

  it('are matched when they stand together, in any order', () => {
    const review = reviewNote({
      markdown: 'Dear Priya,\n\nThanks for explaining how the on-call rotation works on your team.',
      person: { name: 'Priya Raman' },
      occasion: { kind: 'interview', discussionPoints: ['How on-call works'], promisedFollowUps: [] },
    });
    expect(review.checks.find((c) => c.id === 'discussion-point')!.ok).toBe(true);
  });
});
