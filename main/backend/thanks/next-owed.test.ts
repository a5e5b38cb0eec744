import { afterEach, describe, expect, it } from 'vitest';
import type { OccasionKind } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

const HOUR = 3_600_000;
const NOW = '2026-06-10T12:00:00.000Z';
const hoursFromNow = (hours: number) => new Date(Date.parse(NOW) + hours * HOUR).toISOString();

/** An occasion that ended `endedHoursAgo` hours before NOW, with one new person per name; their thank-you ids in that order. */
async function occasion(kind: OccasionKind, endedHoursAgo: number, names: string[]) {
  const created = await backend.call('occasions.create', {
    kind,
    startsAt: hoursFromNow(-endedHoursAgo - 1),
    endsAt: hoursFromNow(-endedHoursAgo),
    participants: names.map((fullName) => ({ newPerson: { fullName } })),
  });
  return { occasion: created, ids: created.participants.map((participant) => participant.thankYou!.id) };
}

const nextName = async (id: number) => (await backend.call('thanks.nextOwed', { id }))?.fullName ?? null;
const markSent = (id: number) => backend.call('thanks.markSent', { id, sentAt: NOW, channel: 'email' });

describe('thanks.nextOwed (real SQLite file, controllable clock)', () => {
  it('goes through the rest of a panel in the order the panelists were listed, then to the most urgent one elsewhere', async () => {
    backend = startTestBackend(NOW);
    const overdue = await occasion('interview', 30, ['Overdue elsewhere']); // due 6 h ago
    const panel = await occasion('interview', 2, ['Aisha Patel', 'Marcus Chen', 'Lena Park']); // due in 22 h
    await occasion('referral', 1, ['Later referrer']); // due in 47 h

    expect(await backend.call('thanks.nextOwed', { id: panel.ids[0]! })).toEqual({
      id: panel.ids[1],
      personId: panel.occasion.participants[1]!.personId,
      fullName: 'Marcus Chen',
      dueAt: hoursFromNow(22),
      occasionId: panel.occasion.id,
      occasionTitle: panel.occasion.title,
      kind: 'interview',
      sameOccasion: true,
    });
    // Listed order, not the order they are finished in: the last panelist leads back to the first.
    expect(await nextName(panel.ids[2]!)).toBe('Aisha Patel');
    await markSent(panel.ids[0]!);
    await markSent(panel.ids[1]!);
    expect(await nextName(panel.ids[1]!)).toBe('Lena Park');
    await markSent(panel.ids[2]!);
    // The panel is done: the most urgent one owed, overdue first.
    expect(await backend.call('thanks.nextOwed', { id: panel.ids[2]! })).toMatchObject({ fullName: 'Overdue elsewhere', sameOccasion: false, dueAt: hoursFromNow(-6) });
    await markSent(overdue.ids[0]!);
    expect(await nextName(panel.ids[2]!)).toBe('Later referrer');
  });

  it('within an occasion, a panelist due earlier (a due time set by hand) comes first', async () => {
    backend = startTestBackend(NOW);
    const panel = await occasion('interview', 2, ['First listed', 'Second listed', 'Third listed']);
    await backend.call('thanks.setDue', { id: panel.ids[2]!, dueAt: hoursFromNow(1) });
    expect(await nextName(panel.ids[0]!)).toBe('Third listed');
  });

  it('leaves out what the dashboard leaves out: sent, skipped, snoozed, archived people', async () => {
    backend = startTestBackend(NOW);
    const panel = await occasion('interview', 2, ['Current', 'Sent one', 'Skipped one', 'Snoozed one', 'Archived one']);
    const [current, sent, skipped, snoozed] = panel.ids as [number, number, number, number, number];
    await markSent(sent);
    await backend.call('thanks.skip', { id: skipped, reason: 'We never spoke' });
    await backend.call('thanks.snooze', { id: snoozed, until: hoursFromNow(5) });
    await backend.call('people.archive', { id: panel.occasion.participants[4]!.personId });
    const elsewhere = await occasion('referral', 1, ['Elsewhere']);
    expect(await nextName(current)).toBe('Elsewhere');

    // The dashboard agrees on what is owed.
    const listed = (await backend.call('dashboard.outstanding', {})).items.map((item) => item.thankYouId);
    expect(listed.sort()).toEqual([current, elsewhere.ids[0]].sort());

    // A snooze ends by itself: then that one is owed again, and comes first as part of the panel.
    backend.clock.advance(6 * HOUR);
    expect(await nextName(current)).toBe('Snoozed one');
  });

  it('is null when nothing else is owed; after a thank-you deleted meanwhile it is the most urgent one', async () => {
    backend = startTestBackend(NOW);
    const only = await occasion('interview', 2, ['Only one']);
    expect(await backend.call('thanks.nextOwed', { id: only.ids[0]! })).toBeNull();
    expect(await nextName(only.ids[0]! + 100)).toBe('Only one');
    await markSent(only.ids[0]!);
    expect(await backend.call('thanks.nextOwed', { id: only.ids[0]! + 100 })).toBeNull();
  });

  it('refetches on the changes that alter the answer (the contract reads thank-you, person and occasion changes)', async () => {
    const { topicsRead } = await import('../../../shared');
    expect([...topicsRead('thanks.nextOwed')].sort()).toEqual(['occasions.changed', 'people.changed', 'thanks.changed']);
  });
});
