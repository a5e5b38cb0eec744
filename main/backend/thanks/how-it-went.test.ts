import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

async function setUp() {
  const opportunity = await backend.call('opportunities.create', { company: 'Acme', role: 'Engineer', stage: 'interviewing' });
  const occasion = (kind: 'referral' | 'recommendation' | 'interview', fullName: string) =>
    backend.call('occasions.create', { kind, startsAt: '2026-05-01T09:00:00Z', opportunityId: opportunity.id, participants: [{ newPerson: { fullName } }] });
  const referral = (await occasion('referral', 'Sam Lee')).participants[0]!.thankYou!.id;
  const recommendation = (await occasion('recommendation', 'Dana Cohen')).participants[0]!.thankYou!.id;
  const interview = (await occasion('interview', 'Priya Raman')).participants[0]!.thankYou!.id;
  for (const id of [referral, recommendation, interview]) await backend.call('thanks.markSent', { id, sentAt: '2026-05-02T09:00:00Z', channel: 'email' });
  const setStage = (stage: 'interviewing' | 'offer' | 'rejected' | 'withdrawn') => backend.call('opportunities.update', { id: opportunity.id, opportunity: { company: 'Acme', role: 'Engineer', stage } });
  return { opportunity, referral, recommendation, interview, setStage };
}

describe('"tell them how it went" (real SQLite file)', () => {
  it('is offered to referrers and recommenders once the opportunity has an outcome, never to interviewers', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { opportunity, referral, recommendation, setStage } = await setUp();
    expect((await backend.call('thanks.howItWent', {})).items).toEqual([]);
    await setStage('offer');
    const { items } = await backend.call('thanks.howItWent', {});
    expect(items.map((item) => [item.thankYouId, item.kind, item.stage, item.opportunityLabel]).sort()).toEqual(
      [
        [referral, 'referral', 'offer', 'Engineer at Acme'],
        [recommendation, 'recommendation', 'offer', 'Engineer at Acme'],
      ].sort(),
    );
    expect((await backend.call('thanks.howItWent', { opportunityId: opportunity.id })).items).toHaveLength(2);
    expect((await backend.call('thanks.howItWent', { opportunityId: opportunity.id + 1 })).items).toEqual([]);
    await setStage('rejected');
    expect((await backend.call('thanks.howItWent', {})).items.every((item) => item.stage === 'rejected')).toBe(true);
  });

  it('is offered to someone who called on your behalf too, like a referrer', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { opportunity, referral, recommendation, setStage } = await setUp();
    const call = await backend.call('occasions.create', {
      kind: 'advocacy-call',
      startsAt: '2026-05-01T15:00:00Z',
      opportunityId: opportunity.id,
      participants: [{ newPerson: { fullName: 'Noa Levi' } }],
    });
    const advocate = call.participants[0]!.thankYou!.id;
    await backend.call('thanks.markSent', { id: advocate, sentAt: '2026-05-02T09:00:00Z', channel: 'phone' });
    expect((await backend.call('thanks.howItWent', {})).items).toEqual([]);
    await setStage('withdrawn');
    const { items } = await backend.call('thanks.howItWent', { opportunityId: opportunity.id });
    expect(items.map((item) => [item.thankYouId, item.kind]).sort()).toEqual(
      [
        [referral, 'referral'],
        [recommendation, 'recommendation'],
        [advocate, 'advocacy-call'],
      ].sort(),
    );
    expect(items.find((item) => item.thankYouId === advocate)).toMatchObject({ fullName: 'Noa Levi', stage: 'withdrawn', opportunityLabel: 'Engineer at Acme' });
    await backend.call('thanks.answerHowItWent', { id: advocate, followUp: null });
    expect((await backend.call('thanks.howItWent', {})).items.map((item) => item.thankYouId)).not.toContain(advocate);
  });

  it('planning the follow-up puts it on the dashboard when due, and the offer is not made again', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { referral, recommendation, setStage } = await setUp();
    await setStage('offer');
    await backend.call('thanks.answerHowItWent', { id: referral, followUp: { text: 'Tell Sam how it went: offer at Acme', dueAt: '2026-06-01T12:00:00Z' } });
    await backend.call('thanks.answerHowItWent', { id: recommendation, followUp: null });
    expect((await backend.call('thanks.howItWent', {})).items).toEqual([]);
    expect((await backend.call('dashboard.followUps', {})).items).toMatchObject([{ thankYouId: referral, text: 'Tell Sam how it went: offer at Acme' }]);
    // Done with it, or the stage moves on: still not offered again.
    await backend.call('thanks.completeFollowUp', { id: referral });
    await setStage('withdrawn');
    expect((await backend.call('thanks.howItWent', {})).items).toEqual([]);
    expect(await backend.dispatch('thanks.answerHowItWent', { id: referral, followUp: null })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('is not offered while the thank-you itself is unsent or another follow-up is still open', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { referral, recommendation, setStage } = await setUp();
    await backend.call('thanks.reopen', { id: referral });
    await backend.call('thanks.setFollowUp', { id: recommendation, followUp: { text: 'Coffee', dueAt: '2026-06-10T09:00:00Z' } });
    await setStage('offer');
    expect((await backend.call('thanks.howItWent', {})).items).toEqual([]);
    await backend.call('thanks.completeFollowUp', { id: recommendation });
    expect((await backend.call('thanks.howItWent', {})).items.map((item) => item.thankYouId)).toEqual([recommendation]);
  });

  it('a follow-up dated before the thank-you was sent is refused at its field, and the offer stays', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { referral, setStage } = await setUp();
    await setStage('offer');
    expect(await backend.dispatch('thanks.answerHowItWent', { id: referral, followUp: { text: 'Tell Sam', dueAt: '2026-04-01T09:00:00Z' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ field: 'followUp.dueAt' }] },
    });
    expect((await backend.call('thanks.howItWent', {})).items.map((item) => item.thankYouId)).toContain(referral);
    expect(await backend.dispatch('thanks.answerHowItWent', { id: 9_999, followUp: null })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
