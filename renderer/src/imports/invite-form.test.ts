import { describe, expect, it } from 'vitest';
import type { InviteEvent, OccasionDetail } from '../../../shared';
import { nameFromAddress, newInviteValues, offeredPeople, updatedInviteValues } from './invite-form';

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

  it('a later import starts from the saved occasion, moved to the new time, with only the new people added', () => {
    const detail = {
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
      participants: [
        { personId: 7, fullName: 'Priya R.', company: 'Northwind', email: 'priya@example.com', role: 'Interviewer', archived: false, thankYou: null, points: ['Asked about Rust'], promisedFollowUps: [] },
      ],
      formerParticipants: [],
    } satisfies OccasionDetail;
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
