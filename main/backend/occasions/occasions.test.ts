import { afterEach, describe, expect, it } from 'vitest';
import type { ParticipantInput } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

const HOUR = 3_600_000;
const panel = (participants: ParticipantInput[], overrides: Record<string, unknown> = {}) => ({
  kind: 'interview' as const,
  interviewFormat: 'panel' as const,
  startsAt: '2026-06-01T09:00:00.000Z',
  endsAt: '2026-06-01T11:00:00.000Z',
  discussionPoints: ['Migrating the billing service', ''],
  promisedFollowUps: [{ text: 'Send my talk on queues', url: 'example.com/talk?x=1&y=2' }],
  participants,
  ...overrides,
});

describe('occasions and the thank-yous they create (real SQLite file)', () => {
  it('creates one thank-you per participant, due 24 hours after a panel interview ends', async () => {
    backend = startTestBackend();
    const existing = await backend.call('people.create', { fullName: 'Dana Existing', emails: ['dana@acme.example'] });
    const occasion = await backend.call(
      'occasions.create',
      panel([
        { personId: existing.id },
        { newPerson: { fullName: 'Priya Raman', email: 'priya@acme.example' } },
        { newPerson: { fullName: 'Tom Ng' } },
        { newPerson: { fullName: 'يوسف الحسيني', email: '' }, role: 'hiring manager' },
      ]),
    );
    expect(occasion.participants.map((p) => p.fullName)).toEqual(['Dana Existing', 'Priya Raman', 'Tom Ng', 'يوسف الحسيني']);
    expect(occasion.participants.map((p) => p.role)).toEqual(['', '', '', 'hiring manager']);
    expect(occasion.participants.every((p) => p.thankYou?.dueAt === '2026-06-02T11:00:00.000Z' && p.thankYou.status === 'pending')).toBe(true);
    expect(occasion.title).toBe('Panel interview with Dana Existing, Priya Raman and 2 others');
    expect(occasion.discussionPoints).toEqual(['Migrating the billing service']);
    expect(occasion.promisedFollowUps).toEqual([{ text: 'Send my talk on queues', url: 'https://example.com/talk?x=1&y=2' }]);

    const people = await backend.call('people.list', { sort: 'name' });
    expect(people.total).toBe(4);
    expect(people.items.find((p) => p.fullName === 'Priya Raman')).toMatchObject({ thanksTotal: 1, thanksSent: 0, lastOccasionAt: '2026-06-01T09:00:00.000Z' });
  });

  it('new people met at an occasion for an opportunity work at its company; people already known keep theirs', async () => {
    backend = startTestBackend();
    const opportunity = await backend.call('opportunities.create', { company: 'Northwind & Co', role: 'Platform Engineer' });
    const known = await backend.call('people.create', { fullName: 'Dana Known', company: 'Contoso' });
    const occasion = await backend.call(
      'occasions.create',
      panel([{ personId: known.id }, { newPerson: { fullName: 'Priya Raman', email: 'priya@northwind.example' } }], { opportunityId: opportunity.id }),
    );
    const [dana, priya] = occasion.participants;
    expect([dana!.company, priya!.company]).toEqual(['Contoso', 'Northwind & Co']);
    const withoutOpportunity = await backend.call('occasions.create', panel([{ newPerson: { fullName: 'Tom Ng' } }]));
    expect(withoutOpportunity.participants[0]!.company).toBe('');
  });

  it('defaults the end from the kind and the due time from the end', async () => {
    backend = startTestBackend();
    const referral = await backend.call('occasions.create', {
      kind: 'referral',
      startsAt: '2026-06-01T10:00:00Z',
      participants: [{ newPerson: { fullName: 'Ana Lima' } }],
    });
    expect(referral.endsAt).toBe('2026-06-01T10:00:00.000Z');
    expect(referral.participants[0]!.thankYou!.dueAt).toBe('2026-06-03T10:00:00.000Z');
    expect(referral.title).toBe('Referral by Ana Lima');
    const video = await backend.call('occasions.create', {
      kind: 'interview',
      interviewFormat: 'video',
      startsAt: '2026-06-01T10:00:00Z',
      participants: [{ personId: referral.participants[0]!.personId }],
    });
    expect(video.endsAt).toBe('2026-06-01T11:00:00.000Z');
  });

  it('moves the due times that follow the rule when the end changes, and keeps a hand-set one', async () => {
    backend = startTestBackend();
    const created = await backend.call('occasions.create', panel([{ newPerson: { fullName: 'A' } }, { newPerson: { fullName: 'B' } }]));
    const [a, b] = created.participants;
    await backend.call('thanks.setDue', { id: b!.thankYou!.id, dueAt: '2026-06-01T20:00:00Z' });
    const updated = await backend.call('occasions.update', {
      id: created.id,
      revision: created.revision,
      occasion: panel([{ personId: a!.personId }, { personId: b!.personId }], { endsAt: '2026-06-01T13:00:00.000Z' }),
    });
    expect(updated.participants[0]!.thankYou).toMatchObject({ dueAt: '2026-06-02T13:00:00.000Z', dueOverridden: false });
    expect(updated.participants[1]!.thankYou).toMatchObject({ dueAt: '2026-06-01T20:00:00.000Z', dueOverridden: true });
    // Resetting a hand-set due time brings it back to the rule.
    const reset = await backend.call('thanks.setDue', { id: b!.thankYou!.id, dueAt: null });
    expect(reset).toMatchObject({ dueAt: '2026-06-02T13:00:00.000Z', dueOverridden: false });
  });

  it('two windows, one occasion: notes edited in one and a participant added in the other — the second is a CONFLICT, nothing vanishes', async () => {
    backend = startTestBackend();
    const read = await backend.call('occasions.create', panel([{ newPerson: { fullName: 'A' } }]));
    const a = read.participants[0]!.personId;
    const notes = await backend.call('occasions.update', { id: read.id, revision: read.revision, occasion: panel([{ personId: a }], { notes: 'Ask about the team' }) });
    expect(notes.revision).toBe(read.revision + 1);
    const b = await backend.call('people.create', { fullName: 'B' });
    const stale = await backend.dispatch('occasions.update', { id: read.id, revision: read.revision, occasion: panel([{ personId: a }, { personId: b.id }]) });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('another window or tab'), details: { revision: notes.revision } } });
    const stored = await backend.call('occasions.get', { id: read.id });
    expect(stored).toMatchObject({ notes: 'Ask about the team', revision: notes.revision });
    expect(stored.participants.map((p) => p.fullName)).toEqual(['A']);
  });

  it('adding a participant adds their thank-you; removing one deletes only a still-pending thank-you', async () => {
    backend = startTestBackend();
    const created = await backend.call(
      'occasions.create',
      panel([{ newPerson: { fullName: 'Pending Pat' } }, { newPerson: { fullName: 'Sent Sam' } }, { newPerson: { fullName: 'Skipped Sky' } }]),
    );
    const [pat, sam, sky] = created.participants;
    await backend.call('thanks.markSent', { id: sam!.thankYou!.id, sentAt: '2026-06-01T11:30:00Z', channel: 'email' });
    await backend.call('thanks.skip', { id: sky!.thankYou!.id, reason: 'Left the company' });
    const newcomer = await backend.call('people.create', { fullName: 'New Nia' });

    const updated = await backend.call('occasions.update', { id: created.id, revision: created.revision, occasion: panel([{ personId: newcomer.id }]) });
    expect(updated.participants.map((p) => p.fullName)).toEqual(['New Nia']);
    expect(updated.participants[0]!.thankYou?.status).toBe('pending');
    expect(updated.formerParticipants.map((p) => [p.fullName, p.thankYou?.status])).toEqual([
      ['Sent Sam', 'sent'],
      ['Skipped Sky', 'skipped'],
    ]);
    const patDetail = await backend.call('people.get', { id: pat!.personId });
    expect(patDetail.timeline).toEqual([]);
    const samDetail = await backend.call('people.get', { id: sam!.personId });
    expect(samDetail.timeline).toMatchObject([{ occasionId: created.id, role: '', thankYou: { status: 'sent', channel: 'email' } }]);
  });

  it('removing a participant keeps a thank-you that was snoozed, re-dated or handed off, though nothing was written', async () => {
    backend = startTestBackend();
    const created = await backend.call(
      'occasions.create',
      panel([{ newPerson: { fullName: 'Snoozed Sue' } }, { newPerson: { fullName: 'Redated Rae' } }, { newPerson: { fullName: 'Handed Hal' } }, { newPerson: { fullName: 'Untouched Uma' } }]),
    );
    const [sue, rae, hal, uma] = created.participants;
    await backend.call('thanks.snooze', { id: sue!.thankYou!.id, until: '2026-06-01T18:00:00Z' });
    await backend.call('thanks.setDue', { id: rae!.thankYou!.id, dueAt: '2026-06-03T09:00:00Z' });
    const handedOff = await backend.call('handoff.copy', { id: hal!.thankYou!.id, format: 'plain', draft: { subject: '', body: 'Dear Hal, thank you.', recipient: null, draftRevision: 0 } });
    await backend.call('thanks.saveDraft', { id: hal!.thankYou!.id, subject: '', body: '', recipient: null, draftRevision: handedOff.draftRevision });

    const updated = await backend.call('occasions.update', { id: created.id, revision: created.revision, occasion: panel([{ personId: uma!.personId }]) });
    const kept = new Map(updated.formerParticipants.map((p) => [p.fullName, p.thankYou?.id]));
    expect(kept).toEqual(new Map([['Handed Hal', hal!.thankYou!.id], ['Redated Rae', rae!.thankYou!.id], ['Snoozed Sue', sue!.thankYou!.id]]));
  });

  it('refuses an end before the start, a date that does not exist, and no participants — at the field', async () => {
    backend = startTestBackend();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsAt: '2026-06-01T08:00:00Z' }, 'endsAt', 'The end cannot be before the start.'],
      [{ startsAt: '2026-02-30T09:00:00Z' }, 'startsAt', 'Start: that date does not exist.'],
      [{ startsAt: 'yesterday' }, 'startsAt', 'Start must be a date and time.'],
      [{ participants: [] }, 'participants', 'Add at least one person who helped.'],
      [{ kind: 'party' }, 'kind', 'Choose what kind of occasion it was.'],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await backend.dispatch('occasions.create', panel([{ newPerson: { fullName: 'X' } }], overrides));
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(result.error.fields, field).toContainEqual({ field, message });
    }
    expect((await backend.call('people.list', {})).total).toBe(0);
  });

  it('refuses a new participant whose email belongs to someone, naming them, and writes nothing', async () => {
    backend = startTestBackend();
    const dana = await backend.call('people.create', { fullName: 'Dana', emails: ['dana@x.example'] });
    const result = await backend.dispatch('occasions.create', panel([{ newPerson: { fullName: 'Other' } }, { newPerson: { fullName: 'D.', email: 'DANA@x.example' } }]));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: [{ field: 'participants.1.newPerson.email' }], details: { personId: dana.id } },
    });
    expect((await backend.call('people.list', {})).total).toBe(1);
    expect((await backend.call('occasions.list', {})).total).toBe(0);
  });

  it('lists occasions newest first with people and progress, filtered by kind and search', async () => {
    backend = startTestBackend();
    const first = await backend.call('occasions.create', panel([{ newPerson: { fullName: 'Ana' } }, { newPerson: { fullName: 'Ben' } }]));
    await backend.call('occasions.create', { kind: 'mentoring', startsAt: '2026-06-05T10:00:00Z', participants: [{ personId: first.participants[0]!.personId }] });
    await backend.call('thanks.markSent', { id: first.participants[1]!.thankYou!.id, sentAt: '2026-06-01T12:00:00Z', channel: 'handwritten' });
    const all = await backend.call('occasions.list', {});
    expect(all.items.map((o) => [o.kind, o.people, o.thanksSent, o.thanksTotal])).toEqual([
      ['mentoring', ['Ana'], 0, 1],
      ['interview', ['Ana', 'Ben'], 1, 2],
    ]);
    expect((await backend.call('occasions.list', { kind: 'interview' })).total).toBe(1);
    expect((await backend.call('occasions.list', { search: 'ben' })).items.map((o) => o.id)).toEqual([first.id]);
  });

  it('deleting an occasion with a sent thank-you needs explicit confirmation', async () => {
    backend = startTestBackend();
    const created = await backend.call('occasions.create', panel([{ newPerson: { fullName: 'Ana' } }]));
    await backend.call('thanks.markSent', { id: created.participants[0]!.thankYou!.id, sentAt: '2026-06-01T12:00:00Z', channel: 'email' });
    expect(await backend.dispatch('occasions.delete', { id: created.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { sentThanks: 1 } } });
    await backend.call('occasions.delete', { id: created.id, confirmDeleteSentThanks: true });
    expect((await backend.call('people.list', {})).items[0]).toMatchObject({ thanksSent: 0, thanksTotal: 0, lastOccasionAt: null });
  });

  it('keeps a due time of 24 real hours when the occasion is moved across a daylight-saving change', async () => {
    backend = startTestBackend();
    const created = await backend.call('occasions.create', panel([{ newPerson: { fullName: 'Ana' } }], {
      startsAt: '2026-03-07T21:00:00Z',
      endsAt: '2026-03-07T22:00:00Z',
    }));
    expect(Date.parse(created.participants[0]!.thankYou!.dueAt) - Date.parse(created.endsAt)).toBe(24 * HOUR);
  });
});
