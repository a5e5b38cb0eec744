import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../test-support/backend';
import { parseCalendar, parseVCards } from '../imports';

// Through the real backend and a real SQLite file; the files are read back with our own importers.

let backend: TestBackend;
afterEach(() => backend?.close());

const bytes = (text: string) => new TextEncoder().encode(text);

describe('exports for the address book and the calendar (real backend, real SQLite file)', () => {
  it('exports one person, or everyone not archived, as vCard 3.0 that reads back', async () => {
    backend = startTestBackend('2026-12-05T10:00:00Z');
    const priya = await backend.call('people.create', {
      fullName: 'Priya Raman',
      emails: ['priya@example.com', 'p.raman@work.example'],
      company: 'Northwind & Co',
      title: 'Engineering Manager',
      linkedinUrl: 'https://www.linkedin.com/in/priya-raman-42',
      notes: 'Met at #RustConf; asked about 50% + bonus?',
    });
    await backend.call('people.create', { fullName: 'يوسف الحسيني' });
    const gone = await backend.call('people.create', { fullName: 'Archived Person' });
    await backend.call('people.archive', { id: gone.id });

    const one = await backend.call('exports.peopleVCard', { ids: [priya.id] });
    expect(one).toMatchObject({ fileName: 'Priya Raman.vcf', type: 'text/vcard', count: 1 });
    expect(one.content).toContain('VERSION:3.0\r\n');
    expect(parseVCards(bytes(one.content)).cards).toEqual([
      expect.objectContaining({
        fullName: 'Priya Raman',
        emails: ['priya@example.com', 'p.raman@work.example'],
        company: 'Northwind & Co',
        title: 'Engineering Manager',
        linkedin: 'https://www.linkedin.com/in/priya-raman-42',
        notes: 'Met at #RustConf; asked about 50% + bonus?',
      }),
    ]);

    const everyone = await backend.call('exports.peopleVCard', {});
    expect(everyone).toMatchObject({ fileName: 'Thankful contacts 2026-12-05.vcf', count: 2 });
    expect(parseVCards(bytes(everyone.content)).cards.map((c) => c.fullName)).toEqual(['Priya Raman', 'يوسف الحسيني']);
  });

  it('says so when there is no one to export, and answers NOT_FOUND for someone deleted', async () => {
    backend = startTestBackend();
    const empty = await backend.dispatch('exports.peopleVCard', {});
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.message).toMatch(/no one to export/i);
    const missing = await backend.dispatch('exports.peopleVCard', { ids: [404] });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });

  it('exports an occasion as an event that reads back, with the user as organizer; one imported from an invite gets its own UID, so the meeting in the calendar is not replaced', async () => {
    backend = startTestBackend('2026-12-05T10:00:00Z');
    await backend.call('settings.update', { yourName: 'Sam Candidate', myAddresses: ['sam.candidate@example.org'] });
    const invite = fs.readFileSync(path.resolve(__dirname, '../imports/samples/shared/interview-google.ics')).toString('base64');
    const [event] = (await backend.call('imports.readCalendar', { name: 'invite.ics', data: invite })).events;
    const saved = await backend.call('imports.saveInvite', {
      uid: event!.uid,
      occasion: {
        kind: 'interview',
        title: 'Panel at Northwind',
        startsAt: event!.startsAt,
        endsAt: event!.endsAt,
        discussionPoints: ['Scaling the billing service'],
        participants: [{ newPerson: { fullName: 'Priya Raman', email: 'priya.raman@example.com' } }],
      },
    });
    const file = await backend.call('exports.occasionICalendar', { id: saved.occasion.id });
    expect(file).toMatchObject({ type: 'text/calendar', count: 1 });
    expect(file.fileName).toMatch(/\.ics$/u);
    expect(file.content).toContain('ORGANIZER;CN=Sam Candidate:mailto:sam.candidate@example.org');
    const [read] = parseCalendar(bytes(file.content), { self: [] }).events;
    expect(read!.uid).toBe(`thankful-occasion-${saved.occasion.id}@thankful.invalid`);
    expect(read).toMatchObject({ summary: 'Panel at Northwind', start: '2026-12-01T19:00:00.000Z', end: '2026-12-01T20:30:00.000Z' });
    expect(file.content).toContain('Priya Raman');

    const logged = await backend.call('occasions.create', { kind: 'referral', startsAt: '2026-11-01T10:00:00Z', participants: [{ newPerson: { fullName: 'Tom Ng' } }] });
    const plain = await backend.call('exports.occasionICalendar', { id: logged.id });
    expect(parseCalendar(bytes(plain.content), { self: [] }).events[0]!.uid).toBe(`thankful-occasion-${logged.id}@thankful.invalid`);
  });
});
