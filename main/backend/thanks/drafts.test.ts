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
  await backend.call('people.update', { id: personId, changes: { emails: ['priya@acme.example', 'priya@home.example'], title: 'CTO' } });
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
    expect(await backend.call('thanks.saveDraft', { id, subject: 'Thank you & more', body, recipient: 'priya@home.example' })).toEqual({
      status: 'drafted',
      draftSavedAt: '2026-06-01T12:00:00.000Z',
    });
    expect(await backend.call('thanks.get', { id })).toMatchObject({ status: 'drafted', subject: 'Thank you & more', body, recipient: 'priya@home.example' });
    expect((await backend.call('dashboard.outstanding', {})).items[0]).toMatchObject({ status: 'drafted' });
    expect(await backend.call('thanks.saveDraft', { id, subject: 'Thank you', body: '  \n' })).toMatchObject({ status: 'pending' });
  });

  it('refuses an address the person does not have, a huge note, and changes to a sent note', async () => {
    backend = startTestBackend();
    const id = await interviewThankYou();
    expect(await backend.dispatch('thanks.saveDraft', { id, subject: '', body: 'x', recipient: 'someone@else.example' })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'recipient' }] },
    });
    expect(await backend.dispatch('thanks.saveDraft', { id, subject: '', body: 'x'.repeat(100_001) })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'body' }] },
    });
    await backend.call('thanks.saveDraft', { id, subject: 'Thanks', body: 'Final text' });
    await backend.call('thanks.markSent', { id, sentAt: '2026-06-01T11:00:00Z', channel: 'email' });
    expect(await backend.dispatch('thanks.saveDraft', { id, subject: 'Thanks', body: 'Changed' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await backend.call('thanks.get', { id })).toMatchObject({ status: 'sent', body: 'Final text' });
    // Reopening a sent note with a body brings it back as a draft, text intact.
    expect(await backend.call('thanks.reopen', { id })).toMatchObject({ status: 'drafted' });
  });
});
