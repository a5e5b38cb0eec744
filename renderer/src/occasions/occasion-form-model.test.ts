import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDraft, firstErrorField, mapBackendErrors } from './occasion-form-draft';
import {
  defaultStart,
  emptyValues,
  splitNameAndEmail,
  titleSuggestion,
  valuesFromDetail,
  withKind,
  withPreset,
  type OccasionFormValues,
  type ParticipantEntry,
} from './occasion-form-model';

const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
let previousTz: string | undefined;
beforeEach(() => {
  previousTz = env.TZ;
  env.TZ = 'Europe/Berlin';
});
afterEach(() => {
  if (previousTz === undefined) delete env.TZ;
  else env.TZ = previousTz;
});

const priya: ParticipantEntry = { key: 'person-7', type: 'existing', personId: 7, fullName: 'Priya Raman', email: 'priya@example.com', company: 'Acme', role: 'interviewer', roleEdited: false, points: [''], promisedFollowUps: [] };
const jonas: ParticipantEntry = { key: 'new-1', type: 'new', fullName: 'Jonas Weber', email: ' jonas@example.com ', role: 'interviewer', roleEdited: false, points: [''], promisedFollowUps: [] };

function values(patch: Partial<OccasionFormValues> = {}): OccasionFormValues {
  return { ...emptyValues(new Date('2026-03-10T14:00:00Z')), participants: [priya, jonas], ...patch };
}

describe('buildDraft', () => {
  it('turns the typed local date and time into instants and lists the people in order', () => {
    const result = buildDraft(values({ date: '2026-03-10', time: '15:00', endTime: '16:30', discussionPoints: ['Billing', '', 'On-call'] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.built.draft).toMatchObject({
      kind: 'interview',
      startsAt: '2026-03-10T14:00:00.000Z',
      endsAt: '2026-03-10T15:30:00.000Z',
      discussionPoints: ['Billing', 'On-call'],
      participants: [{ personId: 7, role: 'interviewer' }, { newPerson: { fullName: 'Jonas Weber', email: 'jonas@example.com' }, role: 'interviewer' }],
    });
    expect(result.built.pointRows).toEqual([0, 2]);
  });

  it('leaves the end out when none is typed (the backend applies the kind’s duration)', () => {
    const result = buildDraft(values({ date: '2026-03-10', time: '15:00' }));
    expect(result.ok && 'endsAt' in result.built.draft).toBe(false);
  });

  it('reads an end on another day from the end date box', () => {
    const result = buildDraft(values({ date: '2026-03-10', time: '22:00', endOnOtherDay: true, endDate: '2026-03-11', endTime: '01:00' }));
    expect(result.ok && result.built.draft.endsAt).toBe('2026-03-11T00:00:00.000Z');
  });

  it('refuses a date that does not exist, at the date', () => {
    expect(buildDraft(values({ date: '2026-02-30' }))).toEqual({ ok: false, errors: { date: 'That date does not exist.' } });
  });

  it('refuses a start skipped by daylight saving, at the start time', () => {
    const result = buildDraft(values({ date: '2026-03-29', time: '02:30' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.time).toMatch(/daylight saving/u);
  });

  it('refuses a name typed but not added, rather than dropping it', () => {
    const result = buildDraft(values({ peopleQuery: 'Mei Tanaka' }));
    expect(!result.ok && result.errors.people).toContain('Mei Tanaka');
  });
});

describe('mapBackendErrors', () => {
  it('puts each message at its input, also for an update’s nested paths', () => {
    const v = values({ discussionPoints: ['', 'x'.repeat(600)], promisedFollowUps: [{ key: 'promise-1', text: '', url: 'nope' }] });
    const built = buildDraft(v);
    if (!built.ok) throw new Error('expected a draft');
    const mapped = mapBackendErrors(
      {
        code: 'VALIDATION',
        message: 'occasion.endsAt: The end cannot be before the start.',
        fields: [
          { field: 'occasion.endsAt', message: 'The end cannot be before the start.' },
          { field: 'occasion.participants.1.newPerson.email', message: 'Enter an email address like name@example.com.' },
          { field: 'occasion.discussionPoints.0', message: 'Too long.' },
          { field: 'occasion.promisedFollowUps.0.url', message: 'Link must be a web address.' },
          { field: 'occasion.participants', message: 'Add at least one person who helped.' },
          { field: 'occasion.somethingElse', message: 'Odd.' },
        ],
      },
      v,
      built.built,
      'occasion.',
    );
    expect(mapped.fields).toEqual({
      endTime: 'The end cannot be before the start.',
      'participant.new-1.email': 'Enter an email address like name@example.com.',
      'point.1': 'Too long.',
      'promise.promise-1.url': 'Link must be a web address.',
      people: 'Add at least one person who helped.',
    });
    expect(mapped.general).toEqual(['Odd.']);
    expect(firstErrorField(mapped.fields, v)).toBe('people');
  });

  it('shows the message of an error without fields above the buttons', () => {
    const v = values();
    const built = buildDraft(v);
    if (!built.ok) throw new Error('expected a draft');
    expect(mapBackendErrors({ code: 'INTERNAL', message: 'Something went wrong.' }, v, built.built)).toEqual({ fields: {}, general: ['Something went wrong.'] });
  });
});

describe('splitNameAndEmail', () => {
  it.each([
    ['Priya Raman priya@example.com', { fullName: 'Priya Raman', email: 'priya@example.com' }],
    ['Priya Raman <priya@example.com>', { fullName: 'Priya Raman', email: 'priya@example.com' }],
    ['Priya Raman, priya@example.com', { fullName: 'Priya Raman', email: 'priya@example.com' }],
    ['  Zoë Ångström  ', { fullName: 'Zoë Ångström', email: '' }],
    ['priya@example.com', { fullName: 'priya@example.com', email: '' }],
    ['يوسف الحسيني yusuf@example.com', { fullName: 'يوسف الحسيني', email: 'yusuf@example.com' }],
  ])('%s', (text, expected) => {
    expect(splitNameAndEmail(text)).toEqual(expected);
  });
});

describe('titleSuggestion (mirrors the backend)', () => {
  it('names the format and the people', () => {
    const four = [priya, jonas, { ...jonas, key: 'new-2', fullName: 'Mei' }, { ...jonas, key: 'new-3', fullName: 'Zoë' }];
    expect(titleSuggestion({ kind: 'interview', interviewFormat: 'panel', participants: four })).toBe('Panel interview with Priya Raman, Jonas Weber and 2 others');
    expect(titleSuggestion({ kind: 'referral', interviewFormat: null, participants: [priya] }, 'Acme')).toBe('Referral by Priya Raman at Acme');
    expect(titleSuggestion({ kind: 'advocacy-call', interviewFormat: null, participants: [] })).toBe('Call on your behalf from …');
  });
});

describe('withKind', () => {
  it('moves the roles nobody edited to the new kind and keeps the edited ones', () => {
    const edited = { ...jonas, role: 'hiring manager', roleEdited: true };
    const next = withKind(values({ participants: [priya, edited], interviewFormat: 'panel' }), 'referral');
    expect(next.participants.map((p) => p.role)).toEqual(['referrer', 'hiring manager']);
    expect(next.interviewFormat).toBeNull();
  });
});

describe('withPreset', () => {
  const ada = { id: 9, fullName: 'Ada Lovelace', emails: ['ada@engine.example', 'ada@home.example'], company: 'Analytical Engines' };

  it('starts with the people, the opportunity and the kind chosen', () => {
    const next = withPreset(emptyValues(), { personIds: [9], opportunityId: 4, kind: 'referral' }, [ada]);
    expect(next).toMatchObject({ kind: 'referral', opportunityId: 4 });
    expect(next.participants).toEqual([
      { key: 'person-9', type: 'existing', personId: 9, fullName: 'Ada Lovelace', email: 'ada@engine.example', company: 'Analytical Engines', role: 'referrer', roleEdited: false, points: [''], promisedFollowUps: [] },
    ]);
  });

  it('adds to a form left unsaved, once per person, and keeps what was there', () => {
    const draft = values({ participants: [priya], title: 'Final round', opportunityId: 2 });
    const next = withPreset(draft, { personIds: [7, 9, 9] }, [{ ...ada, id: 7, fullName: 'Priya Raman' }, ada, ada]);
    expect(next.participants.map((p) => p.fullName)).toEqual(['Priya Raman', 'Ada Lovelace']);
    expect(next).toMatchObject({ kind: 'interview', title: 'Final round', opportunityId: 2 });
  });
});

describe('valuesFromDetail', () => {
  const detail = {
    id: 1,
    kind: 'interview' as const,
    interviewFormat: 'panel' as const,
    title: 'Panel interview with Priya Raman and Jonas Weber at Acme',
    startsAt: '2026-03-10T14:00:00.000Z',
    endsAt: '2026-03-10T17:00:00.000Z',
    location: '',
    opportunityId: 3,
    opportunityLabel: 'Staff Engineer at Acme',
    discussionPoints: [],
    promisedFollowUps: [],
    notes: '',
    createdAt: '',
    updatedAt: '',
    revision: 0,
    participants: [
      { personId: 7, fullName: 'Priya Raman', company: '', email: null, role: 'interviewer', archived: false, thankYou: null, points: [], promisedFollowUps: [] },
      { personId: 8, fullName: 'Jonas Weber', company: '', email: null, role: 'hiring manager', archived: false, thankYou: null, points: [], promisedFollowUps: [] },
    ],
    formerParticipants: [],
  };

  it('leaves a made-up title empty, so it follows the people, and keeps one the user wrote', () => {
    expect(valuesFromDetail(detail).title).toBe('');
    expect(valuesFromDetail({ ...detail, title: 'Final round' }).title).toBe('Final round');
  });

  it('reads the times on the local clock and marks roles that differ from the kind’s default as edited', () => {
    const v = valuesFromDetail(detail);
    expect([v.date, v.time, v.endTime, v.endOnOtherDay]).toEqual(['2026-03-10', '15:00', '18:00', false]);
    expect(v.participants.map((p) => p.roleEdited)).toEqual([false, true]);
  });
});

describe('each person’s own points in the form', () => {
  it('sends their non-empty points and follow-ups with them, and puts a message back at the row it is about', () => {
    const marcus: ParticipantEntry = { ...priya, points: ['', 'Asked about on-call', 'x'.repeat(501)], promisedFollowUps: [{ key: 'promise-9', text: '', url: 'nope' }] };
    const built = buildDraft(values({ participants: [marcus, jonas] }));
    if (!built.ok) throw new Error('expected a draft');
    expect(built.built.draft.participants[0]).toMatchObject({ personId: 7, points: ['Asked about on-call', 'x'.repeat(501)], promisedFollowUps: [{ text: '', url: 'nope' }] });
    expect(built.built.draft.participants[1]).toMatchObject({ points: [], promisedFollowUps: [] });
    const v = values({ participants: [marcus, jonas] });
    const mapped = mapBackendErrors(
      {
        code: 'VALIDATION',
        message: 'x',
        fields: [
          { field: 'occasion.participants.0.points.1', message: 'Point can be at most 500 characters.' },
          { field: 'occasion.participants.0.promisedFollowUps.0.url', message: 'Link must be a web address like https://example.com/…' },
        ],
      },
      v,
      built.built,
      'occasion.',
    );
    expect(mapped.fields).toEqual({
      'participant.person-7.point.2': 'Point can be at most 500 characters.',
      'participant.person-7.promise.promise-9.url': 'Link must be a web address like https://example.com/…',
    });
    expect(firstErrorField(mapped.fields, v)).toBe('participant.person-7.point.2');
  });

  it('reads a saved person’s points and follow-ups into their chip (an empty row to type in when none)', () => {
    const detail = {
      participants: [
        { personId: 7, fullName: 'Priya Raman', company: '', email: null, role: 'interviewer', archived: false, thankYou: null, points: ['Accessibility'], promisedFollowUps: [{ text: 'Talk', url: '' }] },
        { personId: 8, fullName: 'Jonas Weber', company: '', email: null, role: 'interviewer', archived: false, thankYou: null, points: [], promisedFollowUps: [] },
      ],
    };
    const v = valuesFromDetail({
      id: 1,
      kind: 'interview',
      interviewFormat: 'panel',
      title: 'Panel',
      startsAt: '2026-03-10T14:00:00.000Z',
      endsAt: '2026-03-10T17:00:00.000Z',
      location: '',
      opportunityId: null,
      opportunityLabel: null,
      discussionPoints: [],
      promisedFollowUps: [],
      notes: '',
      createdAt: '',
      updatedAt: '',
      revision: 0,
      formerParticipants: [],
      ...detail,
    });
    expect(v.participants.map((p) => [p.points, p.promisedFollowUps.map((f) => f.text)])).toEqual([
      [['Accessibility'], ['Talk']],
      [[''], []],
    ]);
  });
});

describe('defaultStart', () => {
  it('is the last full hour before now, in local time', () => {
    const start = defaultStart(new Date(2026, 2, 10, 10, 40, 12, 500));
    expect([start.getHours(), start.getMinutes(), start.getSeconds(), start.getMilliseconds()]).toEqual([10, 0, 0, 0]);
    expect(defaultStart(new Date(2026, 2, 10, 0, 5)).getDate()).toBe(10);
  });

  it('fills the new form’s date and time', () => {
    const values = emptyValues(new Date(2026, 2, 10, 16, 59));
    expect([values.date, values.time]).toEqual(['2026-03-10', '16:00']);
  });
});
