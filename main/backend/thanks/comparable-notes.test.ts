import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

async function thankYouFor(kind: 'interview' | 'referral', startsAt: string, names: string[]) {
  const occasion = await backend.call('occasions.create', { kind, startsAt, participants: names.map((fullName) => ({ newPerson: { fullName } })) });
  return occasion.participants.map((p) => p.thankYou!.id);
}

const save = (id: number, body: string) => backend.call('thanks.saveDraft', { id, subject: 'Thank you', body, draftRevision: 0 });

describe('thanks.comparableNotes: what the coach compares a note with (real SQLite file)', () => {
  it('lists the same occasion’s notes first, then notes of the last 90 days, newest first; never empty, skipped or the note itself', async () => {
    backend = startTestBackend('2026-01-10T12:00:00Z');
    // Long ago: outside the 90 days.
    const [old] = await thankYouFor('referral', '2026-01-09T09:00:00Z', ['Old Friend']);
    await save(old!, 'Dear Old,\n\nThanks for the referral.');
    await backend.call('thanks.markSent', { id: old!, sentAt: '2026-01-10T12:00:00Z', channel: 'email' });

    backend.clock.set('2026-05-20T12:00:00Z');
    const [recent, skipped] = await thankYouFor('referral', '2026-05-19T09:00:00Z', ['Ana Lima', 'Ben Okoro']);
    await save(recent!, 'Hi Ana,\n\nThank you for the referral to Lumen.');
    await save(skipped!, 'Hi Ben, draft I gave up on.');
    await backend.call('thanks.skip', { id: skipped!, reason: 'Not needed' });

    backend.clock.set('2026-06-01T12:00:00Z');
    const [priya, marcus, zoe, empty] = await thankYouFor('interview', '2026-06-01T09:00:00Z', ['Priya Raman', 'Marcus Chen', 'Zoë Adeyemi', 'Kai Doe']);
    await save(marcus!, 'Dear Marcus,\n\nThank you for the panel.');
    await backend.call('thanks.markSent', { id: marcus!, sentAt: '2026-06-01T11:00:00Z', channel: 'email' });
    await save(zoe!, 'Hi Zoë,\n\nThank you for the panel.');
    await save(priya!, 'Dear Priya,\n\nThank you for the panel.');
    void empty;

    const result = await backend.call('thanks.comparableNotes', { id: priya! });
    expect(result.items.map((item) => [item.personName, item.status, item.sameOccasion])).toEqual([
      ['Zoë Adeyemi', 'drafted', true],
      ['Marcus Chen', 'sent', true],
      ['Ana Lima', 'drafted', false],
    ]);
    expect(result.items[1]).toMatchObject({ thankYouId: marcus, markdown: 'Dear Marcus,\n\nThank you for the panel.' });
    expect(result.otherParticipants.map((p) => [p.name, p.addressAs])).toEqual([
      ['Marcus Chen', 'Marcus'],
      ['Zoë Adeyemi', 'Zoë'],
      ['Kai Doe', 'Kai'],
    ]);
  });

  it('stops at 500 notes, the same occasion’s kept', async () => {
    backend = startTestBackend();
    const [mine, colleague] = await thankYouFor('interview', '2026-06-01T09:00:00Z', ['Priya Raman', 'Marcus Chen']);
    await save(colleague!, 'Dear Marcus,\n\nThanks.');
    for (let group = 0; group < 11; group += 1) {
      const ids = await thankYouFor('referral', '2026-05-30T09:00:00Z', Array.from({ length: 48 }, (_, n) => `Person ${group}-${n}`));
      for (const id of ids) await save(id, `Hi,\n\nNote ${id}.`);
    }
    const { items } = await backend.call('thanks.comparableNotes', { id: mine! });
    expect(items).toHaveLength(500);
    expect(items[0]).toMatchObject({ personName: 'Marcus Chen', sameOccasion: true });
  });

  it('answers NOT_FOUND for a thank-you that does not exist', async () => {
    backend = startTestBackend();
    expect(await backend.dispatch('thanks.comparableNotes', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
