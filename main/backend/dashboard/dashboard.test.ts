import { afterEach, describe, expect, it } from 'vitest';
import type { OccasionKind } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

const HOUR = 3_600_000;
const NOW = '2026-06-10T12:00:00.000Z';
const hoursFromNow = (hours: number) => new Date(Date.parse(NOW) + hours * HOUR).toISOString();

/** An occasion that ended `endedHoursAgo` hours before NOW, with one new person per name. */
async function occasion(kind: OccasionKind, endedHoursAgo: number, names: string[], extra: Record<string, unknown> = {}) {
  const endsAt = hoursFromNow(-endedHoursAgo);
  return backend.call('occasions.create', {
    kind,
    startsAt: hoursFromNow(-endedHoursAgo - 1),
    endsAt,
    participants: names.map((fullName) => ({ newPerson: { fullName } })),
    ...extra,
  });
}

const outstandingNames = async (input: object = {}) => (await backend.call('dashboard.outstanding', input)).items.map((i) => i.fullName);

describe('dashboard queries (real SQLite file, controllable clock)', () => {
  it('lists outstanding thank-yous overdue first, then by due time, with person and occasion', async () => {
    backend = startTestBackend(NOW);
    await occasion('interview', 2, ['Due soon']); // due in 22 h
    await occasion('interview', 30, ['Overdue six']); // due 6 h ago
    await occasion('referral', 1, ['Later ref']); // due in 47 h
    await occasion('interview', 25, ['Overdue one']); // due 1 h ago
    const result = await backend.call('dashboard.outstanding', {});
    expect(result.items.map((i) => i.fullName)).toEqual(['Overdue six', 'Overdue one', 'Due soon', 'Later ref']);
    expect(result.items[0]).toMatchObject({ status: 'pending', channel: 'email', kind: 'interview', dueAt: hoursFromNow(-6), occasionTitle: 'Interview with Overdue six' });
    expect(result.now).toBe(NOW);
  });

  it('the text filter ignores accents and case, in names and in occasion titles', async () => {
    backend = startTestBackend(NOW);
    await occasion('interview', 2, ['Dev Núñez', 'Zoë Adams'], { title: 'Panel' });
    await occasion('other', 3, ['Eve'], { title: 'Café técnico' });
    expect(await outstandingNames({ text: 'nunez' })).toEqual(['Dev Núñez']);
    expect(await outstandingNames({ text: 'ZOE' })).toEqual(['Zoë Adams']);
    expect(await outstandingNames({ text: 'cafe TECNICO' })).toEqual(['Eve']);
  });

  it('filters by kind, status, text and overdue-only, sorts by any column, and pages', async () => {
    backend = startTestBackend(NOW);
    await occasion('interview', 30, ['Ana Acme'], {});
    await occasion('mentoring', 1, ['Ben Beta']);
    const panel = await occasion('interview', 2, ['Cleo', 'Dev']);
    await backend.call('people.update', { id: panel.participants[0]!.personId, revision: 0, changes: { company: 'Zeta Corp' } });
    expect(await outstandingNames({ kinds: ['mentoring'] })).toEqual(['Ben Beta']);
    expect(await outstandingNames({ overdueOnly: true })).toEqual(['Ana Acme']);
    expect(await outstandingNames({ text: 'ZETA' })).toEqual(['Cleo']);
    expect(await outstandingNames({ text: 'mentoring session' })).toEqual(['Ben Beta']);
    expect(await outstandingNames({ sort: 'person', direction: 'desc' })).toEqual(['Dev', 'Cleo', 'Ben Beta', 'Ana Acme']);
    expect(await outstandingNames({ sort: 'kind' })).toEqual(['Ana Acme', 'Cleo', 'Dev', 'Ben Beta']);
    expect(await outstandingNames({ sort: 'company' })).toEqual(['Cleo', 'Ana Acme', 'Dev', 'Ben Beta']);
    const page = await backend.call('dashboard.outstanding', { limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.items.map((i) => i.fullName)).toEqual(['Cleo', 'Dev']);
    expect(await backend.dispatch('dashboard.outstanding', { statuses: [] })).toMatchObject({ ok: false, error: { fields: [{ field: 'statuses' }] } });
  });

  it('hides a snoozed thank-you until the snooze ends, then shows it again in its place', async () => {
    backend = startTestBackend(NOW);
    const first = await occasion('interview', 30, ['Snoozy']);
    await occasion('interview', 2, ['Other']);
    await backend.call('thanks.snooze', { id: first.participants[0]!.thankYou!.id, until: hoursFromNow(3) });
    expect(await outstandingNames()).toEqual(['Other']);
    expect(await outstandingNames({ statuses: ['snoozed'] })).toEqual(['Snoozy']);
    expect((await backend.call('dashboard.summary', {})).snoozed).toBe(1);
    backend.clock.set(hoursFromNow(3.01));
    expect(await outstandingNames()).toEqual(['Snoozy', 'Other']);
    expect((await backend.call('dashboard.summary', {})).snoozed).toBe(0);
  });

  it('leaves sent, skipped and archived people’s thank-yous out; drafted ones stay', async () => {
    backend = startTestBackend(NOW);
    const o = await occasion('interview', 3, ['Sent', 'Skipped', 'Archived', 'Open']);
    const [sent, skipped, archived] = o.participants;
    await backend.call('thanks.markSent', { id: sent!.thankYou!.id, sentAt: NOW, channel: 'email' });
    await backend.call('thanks.skip', { id: skipped!.thankYou!.id, reason: 'No contact details' });
    await backend.call('people.archive', { id: archived!.personId });
    expect(await outstandingNames()).toEqual(['Open']);
  });

  it('counts overdue, due in 24 hours, later, and follow-ups due', async () => {
    backend = startTestBackend(NOW);
    await occasion('interview', 30, ['A']); // overdue
    await occasion('interview', 2, ['B', 'C']); // due in 22 h
    await occasion('other', 1, ['D']); // due in 71 h
    const sent = await occasion('interview', 100, ['E']);
    await backend.call('thanks.markSent', {
      id: sent.participants[0]!.thankYou!.id,
      sentAt: hoursFromNow(-90),
      channel: 'email',
      followUp: { text: 'Call to touch base', dueAt: hoursFromNow(5) },
    });
    expect(await backend.call('dashboard.summary', {})).toMatchObject({ overdue: 1, dueNext24Hours: 2, later: 1, followUpsDue: 1, everRecorded: 5 });
    expect((await backend.call('dashboard.followUps', {})).items).toMatchObject([{ fullName: 'E', text: 'Call to touch base', dueAt: hoursFromNow(5) }]);
    expect((await backend.call('dashboard.recentlySent', {})).items).toMatchObject([{ fullName: 'E', sentAt: hoursFromNow(-90) }]);
  });

  it('computes the 90-day on-time share and the median hours from occasion end to sending', async () => {
    backend = startTestBackend(NOW);
    const o = await occasion('interview', 200, ['On time 10h', 'On time 20h', 'Late 30h', 'Late 50h', 'Too old']);
    const ids = o.participants.map((p) => p.thankYou!.id);
    const ended = Date.parse(o.endsAt);
    const sendAfter = (hours: number) => new Date(ended + hours * HOUR).toISOString();
    expect((await backend.call('dashboard.summary', {})).onTimeShareLast90Days).toBeNull();
    await backend.call('thanks.markSent', { id: ids[0]!, sentAt: sendAfter(10), channel: 'email' });
    await backend.call('thanks.markSent', { id: ids[1]!, sentAt: sendAfter(20), channel: 'email' });
    await backend.call('thanks.markSent', { id: ids[2]!, sentAt: sendAfter(30), channel: 'email' });
    await backend.call('thanks.markSent', { id: ids[3]!, sentAt: sendAfter(50), channel: 'email' });
    // Sent more than 90 days ago: outside the window.
    await backend.call('thanks.setDue', { id: ids[4]!, dueAt: hoursFromNow(-24 * 200) });
    await backend.call('thanks.markSent', { id: ids[4]!, sentAt: hoursFromNow(-24 * 91), channel: 'email' });
    const summary = await backend.call('dashboard.summary', {});
    expect(summary).toMatchObject({ sentLast90Days: 4, onTimeShareLast90Days: 0.5, medianHoursToSendLast90Days: 25 });
    // An odd count takes the middle value.
    await backend.call('thanks.reopen', { id: ids[3]! });
    expect((await backend.call('dashboard.summary', {})).medianHoursToSendLast90Days).toBe(20);
  });

  it('changes several thank-yous at once and reports the ones that could not change', async () => {
    backend = startTestBackend(NOW);
    const o = await occasion('interview', 3, ['A', 'B', 'C']);
    const [a, b, c] = o.participants.map((p) => p.thankYou!.id);
    await backend.call('thanks.markSent', { id: c!, sentAt: NOW, channel: 'email' });
    const result = await backend.call('thanks.bulkMarkSent', { ids: [a!, b!, c!, 9999], sentAt: NOW, channel: 'handwritten' });
    expect(result.changed).toEqual([a, b]);
    expect(result.failed.map((f) => f.id)).toEqual([c, 9999]);
    expect(await outstandingNames()).toEqual([]);
    expect((await backend.call('dashboard.summary', {})).sentLast90Days).toBe(3);

    const more = await occasion('mentoring', 1, ['D', 'E']);
    const [d, e] = more.participants.map((p) => p.thankYou!.id);
    expect(await backend.call('thanks.bulkSnooze', { ids: [d!, e!], until: hoursFromNow(2) })).toEqual({ changed: [d, e], failed: [] });
    expect(await outstandingNames()).toEqual([]);
    // `until: null` ends the snoozes (Undo of a bulk snooze).
    expect(await backend.call('thanks.bulkSnooze', { ids: [e!], until: null })).toEqual({ changed: [e], failed: [] });
    expect(await outstandingNames()).toEqual(['E']);
    expect(await backend.call('thanks.bulkSkip', { ids: [d!], reason: 'Thanked in person' })).toEqual({ changed: [d], failed: [] });
    expect(await backend.dispatch('thanks.bulkSkip', { ids: [], reason: 'x' })).toMatchObject({ ok: false, error: { fields: [{ field: 'ids' }] } });
  });
});
