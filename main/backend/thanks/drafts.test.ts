import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

async function interviewThankYou() {
  const job = await backend.call('opportunities.create', { company: 'Acme', role: 'Staff Engineer' });
  const occasion = await backend.call('occasions.create', {
    kind: 'interview',
    interviewFormat: 'video',
    startsAt: '2026-06-01T09:00:00Z',
    opportunityId: job.id,
    discussionPoints: ['Billing migration'],
    promisedFollowUps: [{ text: 'My talk on queues', url: 'https://example.com/talk' }],
    participants: [{ newPerson: { fullName: 'Priya Raman', email: 'priya@acme.example' } }],
  });
  const personId = occasion.participants[0]!.personId;
  await backend.call('people.update', { id: personId, revision: 0, changes: { emails: ['priya@acme.example', 'priya@home.example'], title: 'CTO' } });
  return occasion.participants[0]!.thankYou!.id;
}

describe('drafts (real SQLite file)', () => {
  it('reads a thank-you with everything the editor draws on', async () => {
    backend = startTestBackend();
    const id = await interviewThankYou();
    expect(await backend.call('thanks.get', { id })).toMatchObject({
      status: 'pending',
      subject: '',
      body: '',
      recipient: 'priya@acme.example',
      draftSavedAt: null,
      person: { fullName: 'Priya Raman', addressAs: 'Priya', emails: ['priya@acme.example', 'priya@home.example'], title: 'CTO' },
      occasion: { kind: 'interview', discussionPoints: ['Billing migration'], promisedFollowUps: [{ text: 'My talk on queues', url: 'https://example.com/talk' }] },
      opportunity: { company: 'Acme', role: 'Staff Engineer' },
    });
  });

  it('saving a body makes it drafted, exactly as typed; emptying it makes it pending again', async () => {
    backend = startTestBackend();
    const id = await interviewThankYou();
    const body = 'Dear Priya,\n\nThank you — **really** enjoyed the billing migration chat 🎉 & ? # % + <b>.\n\nيوسف';
    expect(await backend.call('thanks.saveDraft', { id, subject: 'Thank you & more', body, recipient: 'priya@home.example', draftRevision: 0 })).toEqual({
      status: 'drafted',
      draftSavedAt: '2026-06-01T12:00:00.000Z',
      draftRevision: 1,
    });
    expect(await backend.call('thanks.get', { id })).toMatchObject({ status: 'drafted', subject: 'Thank you & more', body, recipient: 'priya@home.example' });
    expect((await backend.call('dashboard.outstanding', {})).items[0]).toMatchObject({ status: 'drafted' });
    expect(await backend.call('thanks.saveDraft', { id, subject: 'Thank you', body: '  \n', draftRevision: 1 })).toMatchObject({ status: 'pending' });
  });

  it('refuses an address the person does not have, a huge note, and changes to a sent note', async () => {
    backend = startTestBackend();
    const id = await interviewThankYou();
    expect(await backend.dispatch('thanks.saveDraft', { id, subject: '', body: 'x', recipient: 'someone@else.example', draftRevision: 0 })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'recipient' }] },
    });
    expect(await backend.dispatch('thanks.saveDraft', { id, subject: '', body: 'x'.repeat(100_001), draftRevision: 0 })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'body' }] },
    });
    await backend.call('thanks.saveDraft', { id, subject: 'Thanks', body: 'Final text', draftRevision: 0 });
    await backend.call('thanks.markSent', { id, sentAt: '2026-06-01T11:00:00Z', channel: 'email' });
    expect(await backend.dispatch('thanks.saveDraft', { id, subject: 'Thanks', body: 'Changed', draftRevision: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await backend.call('thanks.get', { id })).toMatchObject({ status: 'sent', body: 'Final text' });
    // Reopening a sent note with a body brings it back as a draft, text intact.
    expect(await backend.call('thanks.reopen', { id })).toMatchObject({ status: 'drafted' });
  });

  it('two windows, one note: a save on a stale revision is a CONFLICT carrying the stored note, and changes nothing', async () => {
    // The clock stands still here: the revision, not the time of the save, tells them apart.
    backend = startTestBackend();
    const id = await interviewThankYou();
    const read = await backend.call('thanks.get', { id });
    expect(read.draftRevision).toBe(0);
    // Tab A saves; tab B, opened earlier, saves on what it read.
    const a = await backend.call('thanks.saveDraft', { id, subject: 'From A', body: 'Dear Priya, from A', draftRevision: read.draftRevision });
    expect(a.draftRevision).toBe(1);
    const b = await backend.dispatch('thanks.saveDraft', { id, subject: 'From B', body: 'Dear Priya, from B', draftRevision: read.draftRevision });
    expect(b).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('another window or tab'),
        details: { subject: 'From A', body: 'Dear Priya, from A', recipient: 'priya@acme.example', draftRevision: 1, draftSavedAt: '2026-06-01T12:00:00.000Z' },
      },
    });
    expect(await backend.call('thanks.get', { id })).toMatchObject({ body: 'Dear Priya, from A', draftRevision: 1 });
    // "Keep mine": saved on the revision the conflict named.
    expect(await backend.call('thanks.saveDraft', { id, subject: 'From B', body: 'Dear Priya, from B', draftRevision: 1 })).toMatchObject({ draftRevision: 2 });
    // The same text again on an old revision (an autosave and a hand-off racing) is no conflict.
    expect(await backend.call('thanks.saveDraft', { id, subject: 'From B', body: 'Dear Priya, from B', draftRevision: 1 })).toMatchObject({ draftRevision: 2 });
    // A hand-off saves on the revision the editor had: a stale one is refused the same way.
    expect(await backend.dispatch('handoff.copy', { id, format: 'plain', draft: { subject: 'Old', body: 'Dear Priya, old', recipient: null, draftRevision: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { body: 'Dear Priya, from B', draftRevision: 2 } },
    });
    expect(await backend.call('thanks.get', { id })).toMatchObject({ body: 'Dear Priya, from B', handedOffAt: null });
  });
});
