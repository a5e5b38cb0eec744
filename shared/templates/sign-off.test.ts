import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template';
import type { MergeContext } from './merge-context';
import { isClosingLine, withoutClosing } from './sign-off';

const context = (me: MergeContext['me'], kind: MergeContext['occasion']['kind'] = 'interview'): MergeContext => ({
  person: { fullName: 'Priya Raman', addressAs: 'Priya', company: '', title: '' },
  occasion: { kind, title: '', startsAt: '2026-03-10T15:00:00.000Z', place: '', discussionPoints: [], promisedFollowUps: [] },
  opportunity: null,
  me,
});
const body = (template: string, me: MergeContext['me'], kind?: MergeContext['occasion']['kind']) => fillTemplate({ subject: '', body: template }, context(me, kind)).body;

describe('isClosingLine', () => {
  it.each(['Best regards,', 'Warm regards,', 'Thanks again,', 'Many thanks!', 'Cheers', '**Best,**', 'Thanks, Sam', 'Best regards, Jordan Rivera', 'Yours sincerely,', 'With gratitude,'])(
    '%j is a closing',
    (line) => expect(isClosingLine(line)).toBe(true),
  );
  it.each(['Best Buy Inc.', 'Thank you for your help', 'Jordan Rivera', 'Regards to the team at Northwind and everyone who helped me', ''])('%j is not', (line) =>
    expect(isClosingLine(line)).toBe(false),
  );
});

describe('withoutClosing', () => {
  it('drops the closing a signature starts with, keeping a name on the same line', () => {
    expect(withoutClosing('Best regards,\nJordan Rivera\n+1 555 0100')).toBe('Jordan Rivera\n+1 555 0100');
    expect(withoutClosing('Thanks, Sam')).toBe('Sam');
    expect(withoutClosing('Jordan Rivera')).toBe('Jordan Rivera');
  });
});

describe('{{signOff}}', () => {
  it('puts the kind’s closing above the signature, or above your name', () => {
    expect(body('{{signOff}}', { name: 'Sam Lee', signature: '' })).toBe('Warm regards,\nSam Lee');
    expect(body('{{signOff}}', { name: 'Sam Lee', signature: 'Sam Lee\n+1 555 0100' }, 'advocacy-call')).toBe('Many thanks,\nSam Lee\n+1 555 0100');
  });

  it('uses a signature that has its own closing as it is', () => {
    expect(body('{{signOff}}', { name: 'Jordan Rivera', signature: 'Best regards,\nJordan Rivera' })).toBe('Best regards,\nJordan Rivera');
  });

  it('writes the closing and leaves your name to fill when Settings has neither', () => {
    const filled = fillTemplate({ subject: '', body: 'Hi\n\n{{signOff}}\n' }, context({ name: '', signature: '' }, 'mentoring'));
    expect(filled.body).toBe('Hi\n\nThank you again,\n{{me.name}}\n');
    expect(filled.unfilled).toEqual(['me.name']);
  });

  it('below a closing the template wrote, adds no second closing', () => {
    expect(body('Cheers,\n\n{{signOff}}', { name: 'Jordan Rivera', signature: 'Best regards,\nJordan Rivera' })).toBe('Cheers,\n\nJordan Rivera');
    expect(body('Cheers,\n{{signOff}}', { name: 'Sam', signature: '' })).toBe('Cheers,\nSam');
  });
});

describe('a stored template ending with a closing and {{me.signature}}', () => {
  const stored = 'Dear {{person.addressAs}},\n\nThanks.\n\nWarm regards,\n\n{{me.signature}}\n';

  it('keeps its own closing and leaves out the one the signature starts with', () => {
    expect(body(stored, { name: 'Jordan Rivera', signature: 'Best regards,\nJordan Rivera' })).toBe('Dear Priya,\n\nThanks.\n\nWarm regards,\n\nJordan Rivera\n');
    expect(body(stored, { name: 'Jordan Rivera', signature: 'Best regards, Jordan Rivera' })).toBe('Dear Priya,\n\nThanks.\n\nWarm regards,\n\nJordan Rivera\n');
  });

  it('fills as before when the signature has no closing', () => {
    expect(body(stored, { name: 'Sam', signature: 'Sam Lee · [samlee.dev](https://samlee.dev)' })).toBe(
      'Dear Priya,\n\nThanks.\n\nWarm regards,\n\nSam Lee · [samlee.dev](https://samlee.dev)\n',
    );
    expect(body('{{me.signature}}', { name: 'Sam', signature: 'Best regards,\nSam' })).toBe('Best regards,\nSam');
  });
});
