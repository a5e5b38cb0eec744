import { describe, expect, it } from 'vitest';
import type { InviteEvent, OccasionDetail } from '../../../shared';
import { inviteMoves, nameFromAddress, newInviteValues, offeredPeople, updatedInviteValues } from './invite-form';

const person = (over: Partial<InviteEvent['people'][number]>): InviteEvent['people'][number] => ({
  name: null,
  email: 'x@example.com',
  personId: null,
  personName: null,
  organizer: false,
  onOccasion: false,
  ...over,
});

const event: InviteEvent = {
  uid: 'abc@google.com',
  summary: 'Panel interview – Northwind',
  allDay: false,
  startsAt: '2026-12-01T19:00:00.000Z',
  endsAt: '2026-12-01T20:30:00.000Z',
  cancelled: false,
  recurring: false,
  kind: 'interview',
  interviewFormat: 'panel',
  existing: null,
  people: [
    person({ name: 'Priya Raman', email: 'priya@example.com', personId: 7, personName: 'Priya R.' }),
    person({ name: null, email: 'marcus.lee-2@northwind.example' }),
    person({ name: 'Northwind Recruiting', email: 'recruiting@northwind.example', organizer: true }),
  ],
};

/** An occasion as saved, with what a test changes. */
const occasion = (over: Partial<OccasionDetail>): OccasionDetail => ({
  id: 3,
  kind: 'interview',
  interviewFormat: 'panel',
  title: 'My own title',
  startsAt: '2026-11-30T19:00:00.000Z',
  endsAt: '2026-11-30T20:00:00.000Z',
  location: 'Room 4',
  opportunityId: null,
  opportunityLabel: null,
  discussionPoints: ['Scaling'],
  promisedFollowUps: [],
  notes: 'kept',
  createdAt: '',
  updatedAt: '',
  revision: 2,
  participants: [],
  formerParticipants: [],
  ...over,
});

describe('a calendar invite in the occasion form', () => {
  it('guesses a name from an address when the invite has none', () => {
    expect(nameFromAddress('marcus.lee-2@northwind.example')).toBe('Marcus Lee');
    expect(nameFromAddress('j_doe+jobs@x.org')).toBe('J Doe Jobs');
    expect(nameFromAddress('12345@x.org')).toBe('12345@x.org');
  });

  it('fills a fresh form with the invite: kind, format, title, local times, the people but not the organizer', () => {
    const values = newInviteValues(event);
    expect(values).toMatchObject({ kind: 'interview', interviewFormat: 'panel', title: 'Panel interview – Northwind', whenEdited: true });
    expect(new Date(`${values.date}T${values.time}`).toISOString()).toBe(event.startsAt);
    expect(new Date(`${values.endOnOtherDay ? values.endDate : values.date}T${values.endTime}`).toISOString()).toBe(event.endsAt);
    expect(values.participants.map((p) => [p.type, p.fullName, p.email, p.role])).toEqual([
      ['existing', 'Priya R.', 'priya@example.com', 'interviewer'],
      ['new', 'Marcus Lee', 'marcus.lee-2@northwind.example', 'interviewer'],
    ]);
    expect(offeredPeople(event, values).map((p) => p.name)).toEqual(['Northwind Recruiting']);
  });

  it('offers someone taken off the form again', () => {
    const values = newInviteValues(event);
    const without = { ...values, participants: values.participants.slice(1) };
    expect(offeredPeople(event, without).map((p) => p.email)).toEqual(['priya@example.com', 'recruiting@northwind.example']);
  });

  it('a later import of an all-day event keeps the time set by hand and follows only its day; a repeating one keeps the saved date and time', () => {
    // Saved at 13:00 local on the invite's day, by hand (an all-day invite starts at 9:00).
    const at = (day: number, hour: number) => new Date(2026, 11, day, hour).toISOString();
    const detail = occasion({ startsAt: at(8, 13), endsAt: at(8, 14) });
    const allDay = { ...event, allDay: true, startsAt: at(8, 9), endsAt: at(8, 10) };
    expect(inviteMoves(detail, allDay)).toBe(false);
    expect(updatedInviteValues(detail, allDay)).toMatchObject({ time: '13:00', endTime: '14:00' });
    const nextDay = { ...allDay, startsAt: at(9, 9), endsAt: at(9, 10) };
    expect(inviteMoves(detail, nextDay)).toBe(true);
    expect(updatedInviteValues(detail, nextDay)).toMatchObject({ date: '2026-12-09', time: '13:00', endTime: '14:00' });
    const repeating = { ...event, recurring: true, startsAt: at(1, 9), endsAt: at(1, 10) };
    expect(inviteMoves(detail, repeating)).toBe(false);
    expect(updatedInviteValues(detail, repeating)).toMatchObject({ date: '2026-12-08', time: '13:00' });
    // A timed event moves.
    expect(inviteMoves(detail, { ...event, startsAt: at(8, 15), endsAt: at(8, 16) })).toBe(true);
  });

  it('a later import starts from the saved occasion, moved to the new time, with only the new people added', () => {
    const detail = occasion({
      startsAt: '2026-11-30T19:00:00.000Z',
      endsAt: '2026-11-30T20:00:00.000Z',
      participants: [
        { personId: 7, fullName: 'Priya R.', company: 'Northwind', email: 'priya@example.com', role: 'interviewer', archived: false, thankYou: null, points: ['Asked about Rust'], promisedFollowUps: [] },
      ],
    });
    const moved = { ...event, people: event.people.map((p) => (p.personId === 7 ? { ...p, onOccasion: true } : p)) };
    const values = updatedInviteValues(detail, moved);
    expect(values).toMatchObject({ title: 'My own title', location: 'Room 4', notes: 'kept', discussionPoints: ['Scaling'] });
    expect(new Date(`${values.date}T${values.time}`).toISOString()).toBe(event.startsAt);
    expect(values.participants.map((p) => [p.fullName, p.points])).toEqual([
      ['Priya R.', ['Asked about Rust']],
      ['Marcus Lee', ['']],
    ]);
  });
});
