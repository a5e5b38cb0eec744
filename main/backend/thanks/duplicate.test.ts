import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../test-support/backend';
import { regreet } from './duplicate-service';

let backend: TestBackend;
afterEach(() => backend?.close());

async function panel() {
  const occasion = await backend.call('occasions.create', {
    kind: 'interview',
    startsAt: '2026-06-01T09:00:00Z',
    endsAt: '2026-06-01T10:00:00Z',
    participants: [{ newPerson: { fullName: 'Priya Raman' } }, { newPerson: { fullName: 'Sam Lee' } }, { newPerson: { fullName: 'يوسف الحسيني' } }],
  });
  const [priya, sam, yusuf] = occasion.participants.map((p) => ({ id: p.thankYou!.id, personId: p.personId }));
  const later = await backend.call('occasions.create', {
    kind: 'informational-interview',
    startsAt: '2026-06-03T09:00:00Z',
    participants: [{ personId: priya!.personId }],
  });
  const other = await backend.call('occasions.create', { kind: 'other', startsAt: '2026-06-02T09:00:00Z', participants: [{ newPerson: { fullName: 'Ann Other' } }] });
  return { priya: priya!, sam: sam!, yusuf: yusuf!, priyaLater: later.participants[0]!.thankYou!.id, other: other.participants[0]!.thankYou!.id };
}

describe('duplicate a sent note as a new draft (real SQLite file)', () => {
  it('offers the open thank-yous: same panel first, then the same person, then the rest', async () => {
    backend = startTestBackend();
    const ids = await panel();
    await backend.call('thanks.saveDraft', { id: ids.priya.id, subject: 'Thanks', body: 'Dear Priya,\n\nThank you.', draftRevision: 0 });
    await backend.call('thanks.markSent', { id: ids.priya.id, sentAt: '2026-06-01T11:00:00Z', channel: 'email' });
    await backend.call('thanks.saveDraft', { id: ids.yusuf.id, subject: '', body: 'started', draftRevision: 0 });
    const { items } = await backend.call('thanks.duplicateTargets', { id: ids.priya.id });
    expect(items.map((item) => [item.thankYouId, item.relation, item.hasDraft])).toEqual([
      [ids.sam.id, 'same-occasion', false],
      [ids.yusuf.id, 'same-occasion', true],
      [ids.priyaLater, 'same-person', false],
      [ids.other, 'other', false],
    ]);
  });

  it('copies subject and text, greets the new person by name, and never overwrites a draft unasked', async () => {
    backend = startTestBackend();
    const ids = await panel();
    const body = 'Dear Priya,\n\nThank you, Priya, for the panel & the Q&A on 100% + more.';
    await backend.call('thanks.saveDraft', { id: ids.priya.id, subject: 'Thank you — panel', body, draftRevision: 0 });
    await backend.call('thanks.markSent', { id: ids.priya.id, sentAt: '2026-06-01T11:00:00Z', channel: 'email' });

    expect(await backend.call('thanks.duplicate', { id: ids.priya.id, targetId: ids.sam.id })).toEqual({ thankYouId: ids.sam.id });
    expect(await backend.call('thanks.get', { id: ids.sam.id })).toMatchObject({
      status: 'drafted',
      subject: 'Thank you — panel',
      // Only the greeting line changes; the rest is the writer's to make personal.
      body: 'Dear Sam,\n\nThank you, Priya, for the panel & the Q&A on 100% + more.',
    });

    await backend.call('thanks.saveDraft', { id: ids.yusuf.id, subject: 'mine', body: 'my own start', draftRevision: 0 });
    const refused = await backend.dispatch('thanks.duplicate', { id: ids.priya.id, targetId: ids.yusuf.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { hasDraft: 1 } } });
    expect((await backend.call('thanks.get', { id: ids.yusuf.id })).body).toBe('my own start');
    await backend.call('thanks.duplicate', { id: ids.priya.id, targetId: ids.yusuf.id, replaceDraft: true });
    expect((await backend.call('thanks.get', { id: ids.yusuf.id })).body.split('\n')[0]).toBe('Dear يوسف,');
  });

  it('refuses a target that was sent or skipped meanwhile, and itself', async () => {
    backend = startTestBackend();
    const ids = await panel();
    await backend.call('thanks.skip', { id: ids.sam.id, reason: 'Met in person' });
    expect(await backend.dispatch('thanks.duplicate', { id: ids.priya.id, targetId: ids.sam.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await backend.dispatch('thanks.duplicate', { id: ids.priya.id, targetId: ids.priya.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await backend.dispatch('thanks.duplicate', { id: ids.priya.id, targetId: 9_999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('regreet', () => {
  it.each([
    ['Dear Priya,\n\nPriya was great.', 'Priya', 'Sam', 'Dear Sam,\n\nPriya was great.'],
    ['\n\nHi Priya!', 'Priya', 'Sam', '\n\nHi Sam!'],
    ['Dear Priyanka,', 'Priya', 'Sam', 'Dear Priyanka,'],
    ['Dear Dr. Raman,', 'Dr. Raman', 'Ms. Lee', 'Dear Ms. Lee,'],
    ['Dear $1 (a+b)?', '$1 (a+b)?', 'X', 'Dear X'],
    ['Dear Zoë,', 'Zoë', 'يوسف', 'Dear يوسف,'],
    ['Hello team,', 'Priya', 'Sam', 'Hello team,'],
  ])('%j: %s → %s', (body, from, to, expected) => {
    expect(regreet(body, from, to)).toBe(expected);
  });
});
