import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

async function oneThankYou(kind: 'interview' | 'referral' = 'interview') {
  const occasion = await backend.call('occasions.create', {
    kind,
    startsAt: '2026-06-01T09:00:00Z',
    endsAt: '2026-06-01T10:00:00Z',
    participants: [{ newPerson: { fullName: 'Priya Raman' } }],
  });
  return occasion.participants[0]!.thankYou!;
}

describe('thank-you status changes (real SQLite file, controllable clock)', () => {
  it('marks sent with time and channel, and counts it on the person', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const thankYou = await oneThankYou();
    const sent = await backend.call('thanks.markSent', { id: thankYou.id, sentAt: '2026-06-01T11:45:00Z', channel: 'linkedin' });
    expect(sent).toMatchObject({ status: 'sent', sentAt: '2026-06-01T11:45:00.000Z', channel: 'linkedin', followUp: null });
    expect((await backend.call('people.list', {})).items[0]).toMatchObject({ thanksSent: 1, thanksTotal: 1 });
    // Sending twice is refused; reopening allows it again.
    expect(await backend.dispatch('thanks.markSent', { id: thankYou.id, sentAt: '2026-06-01T11:50:00Z', channel: 'email' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await backend.call('thanks.reopen', { id: thankYou.id })).toMatchObject({ status: 'pending', sentAt: null, channel: null });
    expect((await backend.call('people.list', {})).items[0]).toMatchObject({ thanksSent: 0, thanksTotal: 1 });
  });

  it('reopening forgets a stale hand-off, reads a whitespace-only body as no draft, and is due by today’s deadline', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { id, dueAt } = await oneThankYou();
    expect(dueAt).toBe('2026-06-02T10:00:00.000Z'); // 24 hours after the end
    const handedOff = await backend.call('handoff.copy', { id, format: 'plain', draft: { subject: 'Thanks', body: 'Dear Priya, thank you.', recipient: null, draftRevision: 0 } });
    expect((await backend.call('thanks.get', { id })).handedOffAt).not.toBeNull();
    await backend.call('thanks.saveDraft', { id, subject: 'Thanks', body: ' \n\t\n ', recipient: null, draftRevision: handedOff.draftRevision });
    await backend.call('thanks.markSent', { id, sentAt: '2026-06-01T11:00:00Z', channel: 'email' });
    await backend.call('settings.update', { dueHours: { interview: 48 } });

    const reopened = await backend.call('thanks.reopen', { id });
    expect(reopened).toMatchObject({ status: 'pending', dueAt: '2026-06-03T10:00:00.000Z' });
    expect(await backend.call('thanks.get', { id })).toMatchObject({ handedOffAt: null, handoffMethod: null });

    // A due time set by hand stays.
    await backend.call('thanks.setDue', { id, dueAt: '2026-06-05T09:00:00Z' });
    await backend.call('thanks.skip', { id, reason: 'Not needed' });
    expect(await backend.call('thanks.reopen', { id })).toMatchObject({ dueAt: '2026-06-05T09:00:00.000Z' });
  });

  it('refuses a sent time in the future, without a time, or an unknown channel — at the field', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { id } = await oneThankYou();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ sentAt: '2026-06-01T13:00:00Z', channel: 'email' }, 'sentAt', 'The sent time cannot be in the future.'],
      [{ channel: 'email' }, 'sentAt', 'Sent time is required.'],
      [{ sentAt: '2026-06-01T11:00:00Z', channel: 'pigeon' }, 'channel', 'Choose how you sent it.'],
      [
        { sentAt: '2026-06-01T11:00:00Z', channel: 'email', followUp: { text: 'Call to touch base', dueAt: '2026-05-30T09:00:00Z' } },
        'followUp.dueAt',
        'The follow-up cannot be before the thank-you was sent.',
      ],
      [
        { sentAt: '2026-06-01T11:00:00Z', channel: 'email', followUp: { text: ' ', dueAt: '2026-06-08T09:00:00Z' } },
        'followUp.text',
        'Say what the follow-up is, e.g. “call to touch base”.',
      ],
    ];
    for (const [input, field, message] of cases) {
      const result = await backend.dispatch('thanks.markSent', { id, ...input });
      expect(result, field).toMatchObject({ ok: false, error: { fields: expect.arrayContaining([{ field, message }]) } });
    }
    expect((await backend.call('people.list', {})).items[0]).toMatchObject({ thanksSent: 0 });
  });

  it('accepts a sent time a moment ahead of our clock (another device), not more', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { id } = await oneThankYou();
    expect(await backend.call('thanks.markSent', { id, sentAt: '2026-06-01T12:01:00Z', channel: 'email' })).toMatchObject({ status: 'sent' });
  });

  it('a follow-up is recorded with the sent note, can be changed, and marked done', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { id } = await oneThankYou();
    const sent = await backend.call('thanks.markSent', {
      id,
      sentAt: '2026-06-01T11:00:00Z',
      channel: 'email',
      followUp: { text: 'Call to touch base', dueAt: '2026-06-08T09:00:00Z' },
    });
    expect(sent.followUp).toEqual({ text: 'Call to touch base', dueAt: '2026-06-08T09:00:00.000Z', doneAt: null });
    const moved = await backend.call('thanks.setFollowUp', { id, followUp: { text: 'Call Tuesday', dueAt: '2026-06-09T09:00:00Z' } });
    expect(moved.followUp?.text).toBe('Call Tuesday');
    expect(await backend.dispatch('thanks.setFollowUp', { id, followUp: { text: 'Too early', dueAt: '2026-06-01T10:00:00Z' } })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'followUp.dueAt' }] },
    });
    backend.clock.set('2026-06-09T10:00:00Z');
    expect((await backend.call('thanks.completeFollowUp', { id, done: true })).followUp?.doneAt).toBe('2026-06-09T10:00:00.000Z');
    expect((await backend.call('thanks.completeFollowUp', { id, done: false })).followUp?.doneAt).toBeNull();
  });

  it('a follow-up cannot be added to a thank-you that was not sent', async () => {
    backend = startTestBackend();
    const { id } = await oneThankYou();
    expect(await backend.dispatch('thanks.setFollowUp', { id, followUp: { text: 'Call', dueAt: '2026-06-08T09:00:00Z' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('snoozes until a time; the snooze ends by itself when the clock passes it', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { id } = await oneThankYou();
    expect(await backend.dispatch('thanks.snooze', { id, until: '2026-06-01T11:00:00Z' })).toMatchObject({ ok: false, error: { fields: [{ field: 'until' }] } });
    expect(await backend.call('thanks.snooze', { id, until: '2026-06-01T18:00:00Z' })).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-06-01T18:00:00.000Z' });
    // Ending a snooze early brings it straight back.
    expect(await backend.call('thanks.snooze', { id, until: null })).toMatchObject({ status: 'pending', snoozedUntil: null });
    await backend.call('thanks.snooze', { id, until: '2026-06-01T18:00:00Z' });
    backend.clock.set('2026-06-01T18:00:01Z');
    const occasion = await backend.call('occasions.list', {});
    const detail = await backend.call('occasions.get', { id: occasion.items[0]!.id });
    expect(detail.participants[0]!.thankYou).toMatchObject({ status: 'pending', snoozedUntil: null });
  });

  it('skips with a reason (required); a skipped thank-you is not owed, and can be reopened', async () => {
    backend = startTestBackend();
    const { id } = await oneThankYou();
    expect(await backend.dispatch('thanks.skip', { id, reason: '  ' })).toMatchObject({ ok: false, error: { fields: [{ field: 'reason' }] } });
    expect(await backend.call('thanks.skip', { id, reason: 'Thanked them in person' })).toMatchObject({ status: 'skipped', skipReason: 'Thanked them in person' });
    expect((await backend.call('people.list', {})).items[0]).toMatchObject({ thanksSent: 0, thanksTotal: 0 });
    expect(await backend.dispatch('thanks.snooze', { id, until: '2026-06-09T09:00:00Z' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await backend.call('thanks.reopen', { id })).toMatchObject({ status: 'pending', skipReason: null });
  });

  it('undoing a skip puts back the draft, the running snooze and the unanswered hand-off, and keeps the due time', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { id } = await oneThankYou();
    await backend.call('thanks.setDue', { id, dueAt: '2026-06-02T08:00:00Z' });
    await backend.call('thanks.setDue', { id, dueAt: null }); // back to the rule: 24 h after the end
    const handedOff = await backend.call('handoff.copy', { id, format: 'plain', draft: { subject: 'Thanks', body: 'Dear Priya, thank you.', recipient: null, draftRevision: 0 } });
    const before = await backend.call('thanks.snooze', { id, until: '2026-06-01T18:00:00Z' });
    expect(before).toMatchObject({ status: 'snoozed', dueAt: '2026-06-02T10:00:00.000Z', handoffMethod: 'copy-plain', handedOffAt: handedOff.handedOffAt });

    await backend.call('thanks.skip', { id, reason: 'Thanked them in person' });
    // A longer deadline in Settings meanwhile applies to open thank-yous only, so not to this one.
    await backend.call('settings.update', { dueHours: { interview: 48 } });
    const undone = await backend.call('thanks.undoSkip', {
      items: [{ id, snoozedUntil: before.snoozedUntil, handoff: { at: before.handedOffAt!, method: before.handoffMethod! } }],
    });
    expect(undone).toEqual({ changed: [id], failed: [] });
    expect(await backend.call('thanks.get', { id })).toMatchObject({
      status: 'snoozed',
      skipReason: null,
      dueAt: '2026-06-02T10:00:00.000Z',
      snoozedUntil: '2026-06-01T18:00:00.000Z',
      handedOffAt: handedOff.handedOffAt,
      handoffMethod: 'copy-plain',
    });

    // Undone twice: the second finds it open and says so, by id.
    expect(await backend.call('thanks.undoSkip', { items: [{ id, snoozedUntil: null, handoff: null }] })).toEqual({ changed: [], failed: [{ id, message: 'It is no longer skipped.' }] });

    // A snooze that ended meanwhile is not put back; the draft is still a draft.
    await backend.call('thanks.skip', { id, reason: 'Thanked them in person' });
    backend.clock.set('2026-06-01T19:00:00Z');
    await backend.call('thanks.undoSkip', { items: [{ id, snoozedUntil: '2026-06-01T18:00:00Z', handoff: null }] });
    expect(await backend.call('thanks.get', { id })).toMatchObject({ status: 'drafted', snoozedUntil: null, handedOffAt: null });
  });

  it('undoing a skip refuses a hand-off in the future, an unknown method or no items — at the field', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const { id } = await oneThankYou();
    await backend.call('thanks.skip', { id, reason: 'Not needed' });
    expect(await backend.dispatch('thanks.undoSkip', { items: [] })).toMatchObject({ ok: false, error: { fields: [{ field: 'items' }] } });
    expect(await backend.dispatch('thanks.undoSkip', { items: [{ id, snoozedUntil: null, handoff: { at: '2026-06-01T11:00:00Z', method: 'pigeon' } }] })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'items.0.handoff.method' }] },
    });
    // A hand-off stamped in the future is not believed; the skip is still undone.
    await backend.call('thanks.undoSkip', { items: [{ id, snoozedUntil: null, handoff: { at: '2026-06-03T11:00:00Z', method: 'mail-app' } }] });
    expect(await backend.call('thanks.get', { id })).toMatchObject({ status: 'pending', handedOffAt: null });
  });

  it('an unknown thank-you is NOT_FOUND', async () => {
    backend = startTestBackend();
    expect(await backend.dispatch('thanks.skip', { id: 4242, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('settings (real SQLite file)', () => {
  it('has documented defaults and keeps changes across a restart', async () => {
    backend = startTestBackend();
    expect(await backend.call('settings.get', {})).toMatchObject({ defaultChannel: 'email', dueHours: { interview: 24, referral: 48, other: 72 } });
    await backend.call('settings.update', { yourName: 'Sam Candidate', dueHours: { mentoring: 72 } });
    backend.close();
    backend = startTestBackend('2026-06-01T12:00:00Z', backend.dataDir);
    expect(await backend.call('settings.get', {})).toMatchObject({ yourName: 'Sam Candidate', dueHours: { interview: 24, mentoring: 72 } });
  });

  it('a new deadline moves thank-yous still to do that follow the rule, not sent or hand-set ones', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z');
    const occasion = await backend.call('occasions.create', {
      kind: 'interview',
      startsAt: '2026-06-01T09:00:00Z',
      endsAt: '2026-06-01T10:00:00Z',
      participants: [{ newPerson: { fullName: 'Follows' } }, { newPerson: { fullName: 'Hand set' } }, { newPerson: { fullName: 'Sent' } }],
    });
    const [follows, handSet, sent] = occasion.participants.map((p) => p.thankYou!);
    await backend.call('thanks.setDue', { id: handSet!.id, dueAt: '2026-06-01T20:00:00Z' });
    await backend.call('thanks.markSent', { id: sent!.id, sentAt: '2026-06-01T11:00:00Z', channel: 'email' });
    await backend.call('settings.update', { dueHours: { interview: 48 } });
    const after = await backend.call('occasions.get', { id: occasion.id });
    expect(after.participants.map((p) => p.thankYou!.dueAt)).toEqual([
      '2026-06-03T10:00:00.000Z',
      '2026-06-01T20:00:00.000Z',
      '2026-06-02T10:00:00.000Z',
    ]);
    expect(follows).toBeDefined();
  });

  it.each([
    [{ dueHours: { interview: 0 } }, 'dueHours.interview', 'At least 1 hour.'],
    [{ dueHours: { interview: 1.5 } }, 'dueHours.interview', 'Use whole hours.'],
    [{ dueHours: { interview: 2000 } }, 'dueHours.interview', 'At most 1440 hours (60 days).'],
    [{ dueHours: { party: 5 } }, 'dueHours', expect.any(String)],
  ])('refuses %j at %s', async (input, field, message) => {
    backend = startTestBackend();
    expect(await backend.dispatch('settings.update', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ field, message }] } });
  });
});
