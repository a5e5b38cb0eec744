import { describe, expect, it } from 'vitest';
import type { Template, ThankYouDetail } from '../../../shared';
import { copyToRestore } from './local-copy';
import { defaultTemplate, startingDraft, templateTextFor } from './starting-draft';

// starting-draft reads the user's language from `navigator`; Node has one since v21.

const detail = (over: Partial<ThankYouDetail> = {}): ThankYouDetail => ({
  id: 1,
  occasionId: 1,
  personId: 1,
  status: 'pending',
  dueAt: '2026-03-11T15:00:00.000Z',
  dueOverridden: false,
  snoozedUntil: null,
  skipReason: null,
  channel: null,
  sentAt: null,
  followUp: null,
  handedOffAt: null,
  handoffMethod: null,
  subject: '',
  body: '',
  recipient: 'priya@example.com',
  draftSavedAt: null,
  draftRevision: 0,
  person: { id: 1, fullName: 'Priya Raman', addressAs: 'Priya', emails: ['priya@example.com', 'p@home.example'], company: 'Northwind', title: '' },
  occasion: {
    id: 1,
    kind: 'interview',
    interviewFormat: null,
    title: 'Interview',
    startsAt: '2026-03-10T14:00:00.000Z',
    endsAt: '2026-03-10T15:00:00.000Z',
    location: '',
    discussionPoints: ['the *move* to event sourcing'],
    promisedFollowUps: [],
  },
  opportunity: null,
  participantNotes: null,
  ...over,
});

const template = (over: Partial<Template> = {}): Template => ({
  id: 'builtin:interview',
  kind: 'interview',
  name: 'Interview',
  subject: 'Thanks, {{person.addressAs}}',
  body: 'Dear {{person.addressAs}},\n\nAbout {{discussionPoint}} at {{opportunity.role}}.\n\n{{me.signature}}\n',
  builtIn: true,
  customized: false,
  ...over,
});
const me = { yourName: 'Sam Lee', signature: '' };

describe('startingDraft', () => {
  it('fills the kind’s template for an empty note, escaping Markdown and leaving what is missing visible', () => {
    const start = startingDraft(detail(), me, [template({ id: 'user:1', builtIn: false }), template()], null);
    expect(start.source.kind).toBe('template');
    expect(start.fields.subject).toBe('Thanks, Priya');
    expect(start.fields.body).toBe('Dear Priya,\n\nAbout the \\*move\\* to event sourcing at {{opportunity.role}}.\n\nSam Lee\n');
    expect(start.source.kind === 'template' && start.source.template.id).toBe('builtin:interview');
  });

  it('keeps a subject the user already wrote', () => {
    expect(startingDraft(detail({ subject: 'My own' }), me, [template()], null).fields.subject).toBe('My own');
  });

  it('opens a saved note as it is', () => {
    const start = startingDraft(detail({ body: 'Hi', subject: 'S', status: 'drafted' }), me, [template()], null);
    expect(start).toEqual({ fields: { subject: 'S', body: 'Hi', recipient: 'priya@example.com' }, source: { kind: 'saved' } });
  });

  it('brings back text typed after the last save, with an address the person still has', () => {
    const copy = { subject: 'S', body: 'Hi there', recipient: 'gone@example.com', writtenAt: Date.parse('2026-03-10T16:00:00Z') };
    const start = startingDraft(detail({ body: 'Hi', subject: 'S', draftSavedAt: '2026-03-10T15:59:00.000Z' }), me, [template()], copy);
    expect(start.source).toEqual({ kind: 'restored', writtenAt: copy.writtenAt });
    expect(start.fields).toEqual({ subject: 'S', body: 'Hi there', recipient: 'priya@example.com' });
  });

  it('shows a sent note exactly as sent, whatever was left locally', () => {
    const copy = { subject: 'S', body: 'later', recipient: null, writtenAt: Date.now() };
    const start = startingDraft(detail({ body: 'As sent', status: 'sent' }), me, [template()], copy);
    expect(start.fields.body).toBe('As sent');
  });
});

describe('copyToRestore', () => {
  const server = { subject: 'S', body: 'B', recipient: null, draftSavedAt: '2026-03-10T16:00:00.000Z' };
  it('ignores a copy older than the last save, or the same as it', () => {
    expect(copyToRestore({ subject: 'S', body: 'old', recipient: null, writtenAt: Date.parse('2026-03-10T15:00:00Z') }, server)).toBeNull();
    expect(copyToRestore({ subject: 'S', body: 'B', recipient: null, writtenAt: Date.parse('2026-03-10T17:00:00Z') }, server)).toBeNull();
    expect(copyToRestore({ subject: 'S', body: 'new', recipient: null, writtenAt: Date.parse('2026-03-10T17:00:00Z') }, server)?.body).toBe('new');
  });
});

describe('defaultTemplate', () => {
  it('prefers the built-in one (or its edit) of the kind', () => {
    expect(defaultTemplate([template({ id: 'user:2', builtIn: false }), template({ customized: true })], 'interview')?.id).toBe('builtin:interview');
    expect(defaultTemplate([template({ id: 'user:2', builtIn: false, kind: 'other' })], 'other')?.id).toBe('user:2');
    expect(defaultTemplate([template()], 'referral')).toBeUndefined();
  });
});

describe('templateTextFor (what the coach treats as the template’s own sentences)', () => {
  it('is the kind’s template filled for this thank-you, as a new draft would start, even for a saved note', () => {
    const saved = detail({ body: 'Dear Priya,\n\nMy own words.', status: 'drafted' });
    expect(templateTextFor(saved, me, [template()])).toBe(startingDraft(detail(), me, [template()], null).fields.body);
  });

  it('is null when no template exists for the kind', () => {
    expect(templateTextFor(detail(), me, [template({ kind: 'referral' })])).toBeNull();
  });
});
