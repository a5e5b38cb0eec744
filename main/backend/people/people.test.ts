import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

describe('people: details, edit, archive, delete (real SQLite file)', () => {
  it('stores every field and edits them in place, one at a time', async () => {
    backend = startTestBackend();
    const person = await backend.call('people.create', {
      fullName: 'Dr. Amara Okafor',
      addressAs: 'Dr. Okafor',
      emails: ['amara@hospital.example', 'amara.okafor@gmail.example'],
      phone: '+1 (555) 010-0200',
      company: 'St. Mary’s & Co',
      title: 'Chief of Surgery',
      linkedinUrl: 'www.linkedin.com/in/amara-okafor?trk=abc',
      notes: '# Met at a conference\n\n- loves *jazz*',
      tags: ['mentor', 'Mentor', 'medicine'],
    });
    expect(person).toMatchObject({
      email: 'amara@hospital.example',
      emails: ['amara@hospital.example', 'amara.okafor@gmail.example'],
      linkedinUrl: 'https://www.linkedin.com/in/amara-okafor?trk=abc',
      tags: ['mentor', 'medicine'],
      notes: '# Met at a conference\n\n- loves *jazz*',
    });
    const edited = await backend.call('people.update', { id: person.id, revision: person.revision, changes: { company: 'General Hospital', emails: ['amara.okafor@gmail.example'] } });
    expect(edited).toMatchObject({ company: 'General Hospital', title: 'Chief of Surgery', email: 'amara.okafor@gmail.example', addressAs: 'Dr. Okafor' });
    const cleared = await backend.call('people.update', { id: person.id, revision: edited.revision, changes: { addressAs: '' } });
    expect(cleared).toMatchObject({ addressAsOverride: null, addressAs: 'Amara' });
    // The search follows edits: the old company is forgotten, the new one found.
    expect((await backend.call('people.list', { search: 'mary' })).total).toBe(0);
    expect((await backend.call('people.list', { search: 'GENERAL' })).total).toBe(1);
    expect((await backend.call('people.list', { search: 'medicine' })).total).toBe(1);
  });

  it('two windows, one person: an edit on a stale revision is a CONFLICT with the stored revision, and changes nothing', async () => {
    backend = startTestBackend();
    const read = await backend.call('people.create', { fullName: 'Ana Lima', company: 'Acme' });
    const first = await backend.call('people.update', { id: read.id, revision: read.revision, changes: { notes: 'Met at the meetup' } });
    expect(first.revision).toBe(read.revision + 1);
    const stale = await backend.dispatch('people.update', { id: read.id, revision: read.revision, changes: { company: 'Beta' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('another window or tab'), details: { revision: first.revision } } });
    expect(await backend.call('people.get', { id: read.id })).toMatchObject({ company: 'Acme', notes: 'Met at the meetup' });
    // Saving over it on purpose names the revision the conflict gave.
    expect(await backend.call('people.update', { id: read.id, revision: first.revision, changes: { company: 'Beta' } })).toMatchObject({ company: 'Beta', notes: 'Met at the meetup' });
  });

  it('an edit that takes someone else’s email is refused at that email, and changes nothing', async () => {
    backend = startTestBackend();
    const ana = await backend.call('people.create', { fullName: 'Ana', emails: ['ana@x.example'] });
    const ben = await backend.call('people.create', { fullName: 'Ben', emails: ['ben@x.example'] });
    const result = await backend.dispatch('people.update', { id: ben.id, revision: ben.revision, changes: { fullName: 'Benjamin', emails: ['ben@x.example', 'ANA@x.example'] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: [{ field: 'changes.emails.1' }], details: { personId: ana.id } } });
    expect(await backend.call('people.get', { id: ben.id })).toMatchObject({ fullName: 'Ben', emails: ['ben@x.example'] });
    // Keeping one's own address is not a conflict.
    expect(await backend.call('people.update', { id: ben.id, revision: ben.revision, changes: { emails: ['BEN@x.example'] } })).toMatchObject({ email: 'BEN@x.example' });
  });

  it('archived people leave the list but keep their history, and come back on undo', async () => {
    backend = startTestBackend();
    const ana = await backend.call('people.create', { fullName: 'Ana' });
    await backend.call('people.create', { fullName: 'Ben' });
    await backend.call('occasions.create', { kind: 'mentoring', startsAt: '2026-05-01T10:00:00Z', participants: [{ personId: ana.id }] });
    expect((await backend.call('people.archive', { id: ana.id })).archivedAt).toBe('2026-06-01T12:00:00.000Z');
    expect((await backend.call('people.list', {})).items.map((p) => p.fullName)).toEqual(['Ben']);
    expect((await backend.call('people.list', { archived: 'archived' })).items.map((p) => p.fullName)).toEqual(['Ana']);
    expect((await backend.call('people.get', { id: ana.id })).timeline).toHaveLength(1);
    await backend.call('people.unarchive', { id: ana.id });
    expect((await backend.call('people.list', {})).items.map((p) => p.fullName)).toEqual(['Ana', 'Ben']);
  });

  it('deleting someone explains what goes with it and never drops sent notes silently', async () => {
    backend = startTestBackend();
    const occasion = await backend.call('occasions.create', {
      kind: 'interview',
      startsAt: '2026-05-01T10:00:00Z',
      participants: [{ newPerson: { fullName: 'Ana' } }, { newPerson: { fullName: 'Ben' } }],
    });
    const [ana, ben] = occasion.participants;
    await backend.call('thanks.markSent', { id: ana!.thankYou!.id, sentAt: '2026-05-01T12:00:00Z', channel: 'email' });
    expect(await backend.call('people.deletionImpact', { id: ana!.personId })).toEqual({ occasions: 1, unsentThanks: 0, sentThanks: 1 });
    expect(await backend.dispatch('people.delete', { id: ana!.personId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { sentThanks: 1 } } });
    expect(await backend.call('people.delete', { id: ben!.personId })).toEqual({ deleted: true });
    expect(await backend.call('people.delete', { id: ana!.personId, confirmDeleteSentThanks: true })).toEqual({ deleted: true });
    expect(await backend.dispatch('people.get', { id: ana!.personId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await backend.call('occasions.get', { id: occasion.id })).participants).toEqual([]);
  });

  it('sorts by name, company (empty last), thanks still owed, last occasion and date added', async () => {
    backend = startTestBackend();
    const names = async (input: object) => (await backend.call('people.list', input)).items.map((p) => p.fullName);
    const carl = await backend.call('people.create', { fullName: 'carl', company: 'Beta' });
    const ana = await backend.call('people.create', { fullName: 'Ana', company: '' });
    const ben = await backend.call('people.create', { fullName: 'Ben', company: 'alpha' });
    await backend.call('occasions.create', { kind: 'interview', startsAt: '2026-05-01T10:00:00Z', participants: [{ personId: ben.id }, { personId: carl.id }] });
    await backend.call('occasions.create', { kind: 'interview', startsAt: '2026-05-03T10:00:00Z', participants: [{ personId: carl.id }] });
    expect(await names({ sort: 'name' })).toEqual(['Ana', 'Ben', 'carl']);
    expect(await names({ sort: 'name', direction: 'desc' })).toEqual(['carl', 'Ben', 'Ana']);
    expect(await names({ sort: 'company' })).toEqual(['Ben', 'carl', 'Ana']);
    expect(await names({ sort: 'company', direction: 'desc' })).toEqual(['carl', 'Ben', 'Ana']);
    expect(await names({ sort: 'thanked', direction: 'desc' })).toEqual(['carl', 'Ben', 'Ana']);
    expect(await names({ sort: 'lastOccasion', direction: 'desc' })).toEqual(['carl', 'Ben', 'Ana']);
    expect(await names({ sort: 'added', direction: 'desc' })).toEqual(['Ben', 'Ana', 'carl']);
    expect(ana.id).toBeLessThan(ben.id);
  });

  it('finds people by non-ASCII text in any case', async () => {
    backend = startTestBackend();
    await backend.call('people.create', { fullName: 'ÉMILE Zoë', tags: ['Ärzte'] });
    expect((await backend.call('people.list', { search: 'émile' })).total).toBe(1);
    expect((await backend.call('people.list', { search: 'ärzte' })).total).toBe(1);
  });

  it('finds people whatever accents are typed or left out: "nunez" finds "Núñez", "Zoë" finds "Zoe"', async () => {
    backend = startTestBackend();
    await backend.call('people.create', { fullName: 'María Núñez', company: 'Café Olé' });
    await backend.call('people.create', { fullName: 'Zoe Adams' });
    const names = async (search: string) => (await backend.call('people.list', { search })).items.map((p) => p.fullName);
    expect(await names('nunez')).toEqual(['María Núñez']);
    expect(await names('NÚÑEZ')).toEqual(['María Núñez']);
    expect(await names('cafe ole')).toEqual(['María Núñez']);
    expect(await names('Zoë')).toEqual(['Zoe Adams']);
    expect(await names('zoe')).toEqual(['Zoe Adams']);
  });
});
