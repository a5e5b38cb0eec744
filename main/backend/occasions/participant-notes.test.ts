import { afterEach, describe, expect, it } from 'vitest';
import type { ParticipantInput } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

const panel = (participants: ParticipantInput[]) => ({
  kind: 'interview' as const,
  interviewFormat: 'panel' as const,
  startsAt: '2026-06-01T09:00:00.000Z',
  endsAt: '2026-06-01T11:00:00.000Z',
  discussionPoints: ['Redesigning the patient intake flow'],
  participants,
});

describe('each participant’s own points and promised follow-ups (real SQLite file)', () => {
  it('stores them per person, keeps them through an edit that leaves them out, and drops them with a removed person', async () => {
    backend = startTestBackend();
    const created = await backend.call(
      'occasions.create',
      panel([
        { newPerson: { fullName: 'Marcus Chen' }, points: ['  Asked about on-call load  '], promisedFollowUps: [{ text: 'My queueing talk', url: 'example.com/talk' }] },
        { newPerson: { fullName: 'Priya Raman' }, points: ['Cared about accessibility'] },
        { newPerson: { fullName: 'Tom Ng' } },
      ]),
    );
    const [marcus, priya, tom] = created.participants;
    expect(created.participants.map((p) => [p.fullName, p.points, p.promisedFollowUps])).toEqual([
      ['Marcus Chen', ['Asked about on-call load'], [{ text: 'My queueing talk', url: 'https://example.com/talk' }]],
      ['Priya Raman', ['Cared about accessibility'], []],
      ['Tom Ng', [], []],
    ]);
    expect(created.discussionPoints).toEqual(['Redesigning the patient intake flow']);

    // Marcus stays without notes in the input (kept), Priya's are replaced, Tom is taken off.
    const updated = await backend.call('occasions.update', {
      id: created.id,
      revision: created.revision,
      occasion: panel([
        { personId: marcus!.personId, role: 'Lead' },
        { personId: priya!.personId, points: ['Screen readers in the intake form'], promisedFollowUps: [] },
      ]),
    });
    expect(updated.participants.map((p) => [p.fullName, p.role, p.points])).toEqual([
      ['Marcus Chen', 'Lead', ['Asked about on-call load']],
      ['Priya Raman', '', ['Screen readers in the intake form']],
    ]);
    expect(updated.participants[0]!.promisedFollowUps).toEqual([{ text: 'My queueing talk', url: 'https://example.com/talk' }]);

    // Tom back on the occasion starts with empty notes: his went with his row.
    const again = await backend.call('occasions.update', {
      id: created.id,
      revision: updated.revision,
      occasion: panel([{ personId: marcus!.personId }, { personId: priya!.personId }, { personId: tom!.personId }]),
    });
    expect(again.participants.map((p) => p.points)).toEqual([['Asked about on-call load'], ['Screen readers in the intake form'], []]);
  });

  it('thanks.get gives the person’s own notes, and the command changes them and announces occasions.changed', async () => {
    backend = startTestBackend();
    const created = await backend.call('occasions.create', panel([{ newPerson: { fullName: 'Marcus Chen' } }, { newPerson: { fullName: 'Priya Raman' } }]));
    const [marcus, priya] = created.participants;
    expect((await backend.call('thanks.get', { id: marcus!.thankYou!.id })).participantNotes).toEqual({ points: [], promisedFollowUps: [] });

    const seen: string[] = [];
    backend.events.subscribe((event) => seen.push(event.topic));
    const saved = await backend.call('occasions.setParticipantNotes', {
      occasionId: created.id,
      personId: marcus!.personId,
      points: ['Asked how we would test the intake flow'],
      promisedFollowUps: [{ text: 'Test plan sketch', url: '' }],
    });
    expect(saved).toEqual({ points: ['Asked how we would test the intake flow'], promisedFollowUps: [{ text: 'Test plan sketch', url: '' }] });
    expect(seen).toEqual(['occasions.changed']);

    const detail = await backend.call('thanks.get', { id: marcus!.thankYou!.id });
    expect(detail.participantNotes?.points).toEqual(['Asked how we would test the intake flow']);
    expect(detail.occasion.discussionPoints).toEqual(['Redesigning the patient intake flow']);
    expect((await backend.call('thanks.get', { id: priya!.thankYou!.id })).participantNotes?.points).toEqual([]);
    expect((await backend.call('occasions.get', { id: created.id })).participants[0]!.points).toEqual(['Asked how we would test the intake flow']);
  });

  it('refuses a too-long or empty point and a follow-up with nothing in it, at the entry, and changes nothing', async () => {
    backend = startTestBackend();
    const created = await backend.call('occasions.create', panel([{ newPerson: { fullName: 'Marcus Chen' }, points: ['Kept'] }]));
    const personId = created.participants[0]!.personId;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ points: ['ok', 'x'.repeat(501)] }, 'points.1', 'Point can be at most 500 characters.'],
      [{ points: ['   '] }, 'points.0', 'Write the point or remove it.'],
      [{ points: ['two\nlines'] }, 'points.0', 'Point cannot contain control characters or line breaks.'],
      [{ promisedFollowUps: [{ text: '', url: '' }] }, 'promisedFollowUps.0', 'Describe the follow-up or give its link.'],
      [{ promisedFollowUps: [{ text: 'Slides', url: 'http://example.com' }] }, 'promisedFollowUps.0.url', 'Link must be a secure address starting with https://'],
      [{ points: Array.from({ length: 51 }, (_, i) => `Point ${i}`) }, 'points', 'At most 50 points per person.'],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await backend.dispatch('occasions.setParticipantNotes', { occasionId: created.id, personId, ...overrides });
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(result.error.fields, field).toContainEqual({ field, message });
    }
    // The same rules hold in the occasion form's input.
    const viaForm = await backend.dispatch('occasions.update', { id: created.id, occasion: panel([{ personId, points: ['x'.repeat(501)] }]) });
    expect(viaForm.ok).toBe(false);
    if (!viaForm.ok) expect(viaForm.error.fields).toContainEqual({ field: 'occasion.participants.0.points.0', message: 'Point can be at most 500 characters.' });
    expect((await backend.call('occasions.get', { id: created.id })).participants[0]!.points).toEqual(['Kept']);
  });

  it('refuses notes for someone not on the occasion, in words', async () => {
    backend = startTestBackend();
    const created = await backend.call('occasions.create', panel([{ newPerson: { fullName: 'Marcus Chen' } }]));
    const outsider = await backend.call('people.create', { fullName: 'Dana Elsewhere' });
    const result = await backend.dispatch('occasions.setParticipantNotes', { occasionId: created.id, personId: outsider.id, points: ['x'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('no longer on the occasion') } });
    expect(await backend.dispatch('occasions.setParticipantNotes', { occasionId: 999, personId: outsider.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
