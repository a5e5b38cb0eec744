import { afterEach, describe, expect, it } from 'vitest';
import { opportunityDetailSchema } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

describe('opportunities (real SQLite file)', () => {
  it('lists its occasions and who still needs thanks; deleting it keeps the occasions', async () => {
    backend = startTestBackend();
    const job = await backend.call('opportunities.create', { company: 'Acme & Sons', role: 'Staff Engineer', link: 'acme.example/jobs/42', stage: 'interviewing' });
    expect(job).toMatchObject({ label: 'Staff Engineer at Acme & Sons', link: 'https://acme.example/jobs/42', occasionCount: 0 });
    const occasion = await backend.call('occasions.create', {
      kind: 'interview',
      interviewFormat: 'video',
      startsAt: '2026-06-01T09:00:00Z',
      opportunityId: job.id,
      participants: [{ newPerson: { fullName: 'Ana' } }, { newPerson: { fullName: 'Ben' } }],
    });
    expect(occasion).toMatchObject({ title: 'Video interview with Ana and Ben at Acme & Sons', opportunityLabel: 'Staff Engineer at Acme & Sons' });
    await backend.call('thanks.markSent', { id: occasion.participants[0]!.thankYou!.id, sentAt: '2026-06-01T11:00:00Z', channel: 'email' });
    const detail = await backend.call('opportunities.get', { id: job.id });
    expect(detail).toMatchObject({ occasionCount: 1, thanksOutstanding: 1, occasions: [{ id: occasion.id, thanksSent: 1, thanksTotal: 2 }] });
    expect(detail.outstanding.map((o) => o.fullName)).toEqual(['Ben']);

    await backend.call('opportunities.update', { id: job.id, opportunity: { company: 'Acme & Sons', role: 'Staff Engineer', stage: 'offer' } });
    expect((await backend.call('opportunities.list', { stage: 'offer' })).total).toBe(1);
    await backend.call('opportunities.delete', { id: job.id });
    expect(await backend.call('occasions.get', { id: occasion.id })).toMatchObject({ opportunityId: null, opportunityLabel: null });
  });

  it("gives who still needs thanks with the status the user sees: to do, drafted, or snoozed while the snooze runs", async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const job = await backend.call('opportunities.create', { company: 'Acme', stage: 'interviewing' });
    const occasion = await backend.call('occasions.create', {
      kind: 'interview',
      interviewFormat: 'panel',
      startsAt: '2026-06-01T09:00:00Z',
      opportunityId: job.id,
      participants: [{ newPerson: { fullName: 'Ana' } }, { newPerson: { fullName: 'Ben' } }, { newPerson: { fullName: 'Cy' } }],
    });
    const [ana, ben, cy] = occasion.participants.map((participant) => participant.thankYou!.id);
    await backend.call('thanks.saveDraft', { id: ben!, subject: 'Thanks', body: 'Dear Ben,', recipient: null, draftRevision: 0 });
    await backend.call('thanks.snooze', { id: cy!, until: '2026-06-01T18:00:00Z' });
    const statuses = async () => {
      const detail = opportunityDetailSchema.parse(await backend.call('opportunities.get', { id: job.id }));
      return Object.fromEntries(detail.outstanding.map((o) => [o.thankYouId, o.status]));
    };
    expect(await statuses()).toEqual({ [ana!]: 'pending', [ben!]: 'drafted', [cy!]: 'snoozed' });

    // When the snooze ends by itself, the thank-you is to do again.
    backend.clock.set('2026-06-01T19:00:00Z');
    expect(await statuses()).toEqual({ [ana!]: 'pending', [ben!]: 'drafted', [cy!]: 'pending' });
  });

  it('refuses an empty company and a link that is not a web address, at the field', async () => {
    backend = startTestBackend();
    expect(await backend.dispatch('opportunities.create', { company: ' ', link: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'company', message: 'Enter the company.' }, { field: 'link' }] },
    });
    expect(await backend.dispatch('occasions.create', { kind: 'other', startsAt: '2026-06-01T09:00:00Z', opportunityId: 99, participants: [{ newPerson: { fullName: 'X' } }] })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'opportunityId', message: 'This opportunity no longer exists.' }] },
    });
  });
});
