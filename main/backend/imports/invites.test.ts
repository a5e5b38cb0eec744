import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

// Through the real backend and a real SQLite file: imports.readCalendar then imports.saveInvite.

const FIXTURES = path.resolve(__dirname, 'samples/shared');
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const fixture = (name: string) => ({ name, data: fs.readFileSync(path.join(FIXTURES, name)).toString('base64') });
const SELF = 'sam.candidate@example.org';

let backend: TestBackend;
afterEach(() => backend?.close());

describe('calendar invites (real backend, real SQLite file)', () => {
  it('previews a Google panel invite: the people to thank matched by email, the organizer offered, the user, the room and the decliner left out', async () => {
    backend = startTestBackend('2026-12-01T22:00:00Z');
    await backend.call('settings.update', { myAddresses: [SELF] });
    const priya = await backend.call('people.create', { fullName: 'Priya Raman', emails: ['Priya.Raman@example.com'] });
    const { events } = await backend.call('imports.readCalendar', fixture('interview-google.ics'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: '7kq0c3m2v8r1j6p5@google.com',
      startsAt: '2026-12-01T19:00:00.000Z',
      endsAt: '2026-12-01T20:30:00.000Z',
      kind: 'interview',
      interviewFormat: null, // the title names no format
      cancelled: false,
      existing: null,
    });
    expect(events[0]!.people).toEqual([
      { name: 'Priya Raman', email: 'priya.raman@example.com', personId: priya.id, personName: 'Priya Raman', organizer: false, onOccasion: false },
      { name: 'Marcus Lee', email: 'marcus.lee@northwind.example', personId: null, personName: null, organizer: false, onOccasion: false },
      { name: 'Northwind Recruiting', email: 'recruiting@northwind.example', personId: null, personName: null, organizer: true, onOccasion: false },
    ]);
  });

  it('without "my addresses" the user is listed, to be unticked by hand', async () => {
    backend = startTestBackend('2026-12-01T22:00:00Z');
    const { events } = await backend.call('imports.readCalendar', fixture('interview-google.ics'));
    expect(events[0]!.people.map((p) => p.email)).toContain(SELF);
  });

  it('saves an invite as an occasion with one thank-you per person, due by the rule; importing it again with a new time moves them and keeps what was written', async () => {
    backend = startTestBackend('2026-12-01T22:00:00Z');
    await backend.call('settings.update', { myAddresses: [SELF] });
    const [event] = (await backend.call('imports.readCalendar', fixture('interview-google.ics'))).events;
    const participants = event!.people
      .filter((p) => !p.organizer)
      .map((p) => (p.personId ? { personId: p.personId } : { newPerson: { fullName: p.name ?? p.email, email: p.email } }));
    const first = await backend.call('imports.saveInvite', {
      uid: event!.uid,
      occasion: { kind: event!.kind, interviewFormat: event!.interviewFormat, title: 'Panel at Northwind', startsAt: event!.startsAt, endsAt: event!.endsAt, participants },
    });
    expect(first.created).toBe(true);
    expect(first.occasion.participants.map((p) => [p.fullName, p.thankYou?.dueAt])).toEqual([
      ['Priya Raman', '2026-12-02T20:30:00.000Z'],
      ['Marcus Lee', '2026-12-02T20:30:00.000Z'],
    ]);
    const marcus = first.occasion.participants[1]!;
    await backend.call('thanks.saveDraft', { id: marcus.thankYou!.id, subject: 'Thanks', body: 'Dear Marcus,', recipient: null, draftRevision: 0 });

    // The interview moved a day later: the same UID, a new time, and the organizer ticked this time.
    const moved = fs.readFileSync(path.join(FIXTURES, 'interview-google.ics'), 'utf8').replaceAll('20261201T1', '20261202T1');
    const [again] = (await backend.call('imports.readCalendar', { name: 'moved.ics', data: base64(moved) })).events;
    expect(again!.existing).toMatchObject({ occasionId: first.occasion.id, title: 'Panel at Northwind' });
    expect(again!.people.filter((p) => p.onOccasion).map((p) => p.name)).toEqual(['Priya Raman', 'Marcus Lee']);
    const second = await backend.call('imports.saveInvite', {
      uid: again!.uid,
      occasion: {
        kind: again!.kind,
        interviewFormat: again!.interviewFormat,
        title: 'Panel at Northwind',
        startsAt: again!.startsAt,
        endsAt: again!.endsAt,
        participants: again!.people.map((p) => (p.personId ? { personId: p.personId } : { newPerson: { fullName: p.name ?? p.email, email: p.email } })),
      },
    });
    expect(second.created).toBe(false);
    expect(second.occasion.id).toBe(first.occasion.id);
    expect(second.occasion.participants.map((p) => [p.fullName, p.thankYou?.dueAt])).toEqual([
      ['Priya Raman', '2026-12-03T20:30:00.000Z'],
      ['Marcus Lee', '2026-12-03T20:30:00.000Z'],
      ['Northwind Recruiting', '2026-12-03T20:30:00.000Z'],
    ]);
    expect((await backend.call('thanks.get', { id: marcus.thankYou!.id })).body).toBe('Dear Marcus,');
    expect((await backend.call('occasions.list', {})).total).toBe(1);
  });

  it('a cancelled invite removes the thank-yous nothing was done with and keeps the drafted one; the occasion stays', async () => {
    backend = startTestBackend('2026-12-01T22:00:00Z');
    await backend.call('settings.update', { myAddresses: [SELF] });
    const [event] = (await backend.call('imports.readCalendar', fixture('interview-google.ics'))).events;
    const participants = event!.people.filter((p) => !p.organizer).map((p) => ({ newPerson: { fullName: p.name ?? p.email, email: p.email } }));
    const saved = await backend.call('imports.saveInvite', { uid: event!.uid, occasion: { kind: 'interview', startsAt: event!.startsAt, endsAt: event!.endsAt, participants } });
    const priya = saved.occasion.participants[0]!;
    await backend.call('thanks.saveDraft', { id: priya.thankYou!.id, subject: '', body: 'Dear Priya, thank you', recipient: null, draftRevision: 0 });

    const cancelled = fs.readFileSync(path.join(FIXTURES, 'interview-google.ics'), 'utf8').replace('STATUS:CONFIRMED', 'STATUS:CANCELLED');
    const [again] = (await backend.call('imports.readCalendar', { name: 'cancelled.ics', data: base64(cancelled) })).events;
    expect(again).toMatchObject({ cancelled: true, existing: { occasionId: saved.occasion.id } });

    const result = await backend.call('imports.cancelInvite', { uid: again!.uid });
    expect([result.removed, result.kept]).toEqual([1, 1]);
    expect(result.occasion.participants.map((p) => [p.fullName, p.thankYou?.status ?? null])).toEqual([
      ['Priya Raman', 'drafted'],
      ['Marcus Lee', null],
    ]);
    expect((await backend.call('thanks.get', { id: priya.thankYou!.id })).body).toBe('Dear Priya, thank you');
    expect((await backend.dispatch('imports.cancelInvite', { uid: 'never-imported' })).ok).toBe(false);
  });

  it('reads an Outlook invite with a Windows time zone name', async () => {
    backend = startTestBackend('2026-12-01T22:00:00Z');
    await backend.call('settings.update', { myAddresses: [SELF] });
    const [event] = (await backend.call('imports.readCalendar', fixture('interview-outlook.ics'))).events;
    // 30 October 2026 is after the end of summer time (25 October): 16:30 in Berlin is 15:30 UTC.
    expect(event).toMatchObject({ startsAt: '2026-10-30T15:30:00.000Z', endsAt: '2026-10-30T16:30:00.000Z', kind: 'interview' });
    expect(event!.people.map((p) => p.name)).toEqual(['Jürgen Müller', 'Lena Fischer']);
  });

  it('refuses a file that is not a calendar with a message for a person, and writes nothing', async () => {
    backend = startTestBackend();
    const refused = await backend.dispatch('imports.readCalendar', { name: 'notes.txt', data: base64('Dear Priya, thank you!') });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.message).not.toMatch(/ical|undefined|Error:/u);
    }
    const notBase64 = await backend.dispatch('imports.readCalendar', { name: 'x.ics', data: '%%%' });
    expect(notBase64.ok).toBe(false);
    expect((await backend.call('occasions.list', {})).total).toBe(0);
  });
});
