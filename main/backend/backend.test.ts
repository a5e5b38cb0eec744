import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { procedureNames, type AppInfo, type Person, type ProcedureName } from '../../shared';
import { tempDir } from '../test-support/temp-dir';
import { createBackend } from './backend';
import { DATABASE_FILE_NAME } from './database/open-database';

const quiet = () => {};
const start = (dataDir = tempDir()) => createBackend({ dataDir, appVersion: '9.9.9', shell: 'browser', logError: quiet });

describe('dispatcher with the real backend and a real SQLite file', () => {
  it('creates a person and lists them back', async () => {
    const backend = start();
    const created = await backend.dispatch('people.create', { fullName: '  Priya Raman ', emails: ['Priya@Example.com'] });
    expect(created).toMatchObject({ ok: true, value: { fullName: 'Priya Raman', addressAs: 'Priya', addressAsOverride: null, email: 'Priya@Example.com', emails: ['Priya@Example.com'] } });
    const listed = await backend.dispatch('people.list', {});
    expect(listed).toMatchObject({ ok: true, value: { total: 1, items: [{ fullName: 'Priya Raman' }] } });
    backend.close();
  });

  it('answers invalid input with VALIDATION naming the field, and writes nothing', async () => {
    const backend = start();
    const result = await backend.dispatch('people.create', { fullName: 'Sam', emails: ['not-an-email'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields).toEqual([{ field: 'emails.0', message: 'Enter an email address like name@example.com.' }]);
    expect(await backend.dispatch('people.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    backend.close();
  });

  it.each([
    [{ fullName: '   ' }, 'fullName', 'Enter the person’s name.'],
    [{}, 'fullName', 'Name must be text.'],
    [{ fullName: 'x'.repeat(201) }, 'fullName', 'Name can be at most 200 characters.'],
    [{ fullName: 'Tab\tName' }, 'fullName', 'Name cannot contain control characters or line breaks.'],
    [{ fullName: 'Sam', emails: ['a@b.com?bcc=x@y.z'] }, 'emails.0', 'Enter an email address like name@example.com.'],
    [{ fullName: 'Sam', emails: ['a@b.com', 'A@b.com'] }, 'emails', 'The same address is listed twice.'],
    [{ fullName: 'Sam', linkedinUrl: 'javascript:alert(1)' }, 'linkedinUrl', 'LinkedIn URL must be a web address like https://example.com/…'],
    [{ fullName: 'Sam', linkedinUrl: 'http://linkedin.com/in/sam' }, 'linkedinUrl', 'LinkedIn URL must be a secure address starting with https://'],
    [{ fullName: 'Sam', linkedinUrl: 'linkedin' }, 'linkedinUrl', 'LinkedIn URL must be a web address like https://example.com/…'],
    [{ fullName: 'Sam', surprise: true }, '(input)', 'Thankful does not know the field “surprise”.'],
    [{ fullName: 'Sam', emails: Infinity }, 'emails', 'Emails must be a list.'],
    [{ fullName: 'Sam', notes: 'line\u0000break' }, 'notes', 'Notes holds an invisible control character (often pasted from another program); delete it to save.'],
  ])('rejects %j at field %s', async (input, field, message) => {
    const backend = start();
    const result = await backend.dispatch('people.create', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ field, message }] } });
    backend.close();
  });

  it('speaks to a person in every message, also where a schema has none of its own (no raw validator text)', async () => {
    const backend = start();
    const calls: [string, unknown][] = [
      ['people.create', Infinity],
      ['people.create', { fullName: 42 }],
      ['people.list', { limit: 'ten' }],
      ['dashboard.outstanding', { statuses: ['pending', 'pending', 'drafted', 'snoozed'] }],
      ['occasions.create', { kind: 'interview', startsAt: '0000-01-01T10:00:00Z', participants: [{ newPerson: { fullName: 'A' } }] }],
      ['occasions.create', { kind: 'interview', startsAt: '9999-12-31T10:00:00Z', participants: [{ newPerson: { fullName: 'A' } }] }],
      ['occasions.create', { kind: 'dinner', startsAt: '2026-06-01T10:00:00Z', participants: [] }],
    ];
    const messages: string[] = [];
    for (const [method, input] of calls) {
      const result = await backend.dispatch(method as 'people.create', input as never);
      expect(result.ok).toBe(false);
      if (!result.ok) messages.push(result.error.message, ...(result.error.fields ?? []).map((field) => field.message));
    }
    for (const message of messages) {
      expect(message).not.toMatch(/expected|received|Invalid input|Infinity|NaN|\(input\)|^[a-z]\w*(\.\w+)*: /u);
      expect(message).toMatch(/^[A-Z“].*[.!?]$/u);
    }
    expect(messages).toContain('Start: enter a year between 1900 and 2199.');
    expect(messages).toContain('Choose each status at most once.');
    backend.close();
  });

  it('refuses an unknown procedure by name', async () => {
    const backend = start();
    expect(await backend.dispatch('people.drop', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_PROCEDURE', message: 'There is no operation called "people.drop".' },
    });
    expect(await backend.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    expect(await backend.dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    backend.close();
  });

  it('answers every procedure of the contract', async () => {
    const backend = start();
    // Every procedure is wired: a valid call reaches its handler (NOT_FOUND for ids that do not exist).
    const inputs: Record<string, unknown> = {
      'people.create': { fullName: 'Someone' },
      // Ahead of the test clock, so "everything upcoming" has something to put in a calendar.
      'occasions.create': { kind: 'other', startsAt: '2099-01-05T10:00:00Z', participants: [{ newPerson: { fullName: 'Helper' } }] },
      'opportunities.create': { company: 'Acme' },
      'people.update': { id: 999, revision: 0, changes: {} },
      'occasions.update': { id: 999, revision: 0, occasion: { kind: 'other', startsAt: '2026-01-05T10:00:00Z', participants: [{ personId: 1 }] } },
      'opportunities.update': { id: 999, opportunity: { company: 'X' } },
      'thanks.markSent': { id: 999, sentAt: '2026-01-05T10:00:00Z', channel: 'email' },
      'thanks.skip': { id: 999, reason: 'x' },
      'thanks.snooze': { id: 999, until: '2026-01-05T10:00:00Z' },
      'thanks.setDue': { id: 999, dueAt: null },
      'thanks.setFollowUp': { id: 999, followUp: null },
      'thanks.bulkMarkSent': { ids: [999], sentAt: '2026-01-05T10:00:00Z', channel: 'email' },
      'thanks.bulkSnooze': { ids: [999], until: '2030-01-05T10:00:00Z' },
      'thanks.bulkSkip': { ids: [999], reason: 'x' },
      'thanks.undoSkip': { items: [{ id: 999, snoozedUntil: null, handoff: null }] },
      'thanks.saveDraft': { id: 999, subject: '', body: '', draftRevision: 0 },
      'templates.save': { id: 'user:999', kind: 'other', name: 'x', subject: '', body: '' },
      'templates.delete': { id: 'user:999' },
      'handoff.openInMailApp': { id: 999 },
      'handoff.saveEmailFile': { id: 999 },
      'handoff.copy': { id: 999, format: 'plain' },
      'handoff.dismiss': { id: 999 },
      'thanks.duplicateTargets': { id: 999 },
      'thanks.comparableNotes': { id: 999 },
      'thanks.duplicate': { id: 999, targetId: 998 },
      'thanks.answerHowItWent': { id: 999, followUp: null },
      'thanks.nextOwed': { id: 999 },
      'occasions.setParticipantNotes': { occasionId: 999, personId: 999 },
      'imports.readCalendar': {
        name: 'one.ics',
        data: Buffer.from('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20260105T100000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n').toString('base64'),
      },
      'imports.cancelInvite': { uid: 'not-imported' },
      'exports.peopleVCard': { ids: [999] },
      'exports.occasionICalendar': { id: 999 },
      'imports.saveInvite': { uid: 'x', occasion: { kind: 'interview', startsAt: '2026-01-05T10:00:00Z', participants: [{ newPerson: { fullName: 'x' } }] } },
      'imports.readPeople': { name: 'Connections.csv', data: Buffer.from('First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,,,\n').toString('base64') },
      'imports.savePeople': {
        name: 'Connections.csv',
        data: Buffer.from('First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,,,\n').toString('base64'),
        actions: ['add'],
      },
      'imports.undoPeople': { batchId: 999 },
      'exports.thankYouICalendar': { id: 999, what: 'due' },
      'reminders.snooze': { keys: ['due-soon:999:0'], minutes: 60 },
      'backups.restore': { fileName: 'thankful-not-there.sqlite3' },
      'backups.restoreFile': { name: 'notes.txt', data: Buffer.from('not a database').toString('base64') },
      'fullExport.import': { name: 'thankful.json', data: Buffer.from('{}').toString('base64') },
    };
    // Refused for what they are, not for a missing record: a text file is no data file, and this
    // data folder is not empty, which an import needs.
    const refused: Partial<Record<ProcedureName, string>> = { 'backups.restoreFile': 'VALIDATION', 'fullExport.import': 'VALIDATION' };
    for (const name of procedureNames) {
      const takesId = /^(people|occasions|opportunities|thanks)\.(get|archive|unarchive|deletionImpact|delete|reopen|completeFollowUp)$/.test(name);
      const input = inputs[name] ?? (takesId ? { id: 999 } : {});
      const result = await backend.dispatch(name, input);
      if (!result.ok) expect(result.error.code, name).toBe(refused[name] ?? 'NOT_FOUND');
      else expect(refused[name], name).toBeUndefined();
    }
    backend.close();
  });

  it('round-trips names with emoji, accents, right-to-left script and URL-special characters exactly', async () => {
    const backend = start();
    const names = ['Zoë Ångström-Łukasz', 'يوسف الحسيني', 'דנה כהן', '山田 太郎', 'Chris 🎉 O’Neil', `A & B ? C # D % E + F ' G " H`];
    for (const fullName of names) {
      const result = await backend.dispatch('people.create', { fullName, addressAs: fullName });
      expect(result).toMatchObject({ ok: true, value: { fullName, addressAs: fullName } });
    }
    const listed = await backend.dispatch('people.list', { limit: 100 });
    expect(listed.ok && (listed.value as { items: Person[] }).items.map((p) => p.fullName).sort()).toEqual([...names].sort());
    backend.close();
  });

  it('refuses a second person with the same email, case-insensitively, pointing to the first', async () => {
    const backend = start();
    const first = await backend.dispatch('people.create', { fullName: 'Priya Raman', emails: ['priya@example.com'] });
    const second = await backend.dispatch('people.create', { fullName: 'P. Raman', emails: ['ana@example.com', 'PRIYA@example.com'] });
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: [{ field: 'emails.1', message: 'Already used by Priya Raman.' }], details: { personId: first.ok && (first.value as Person).id } },
    });
    backend.close();
  });

  it('searches by name and email, treating % and _ literally, and pages', async () => {
    const backend = start();
    for (const [fullName, email] of [['Ann 100% Sure', 'ann@x.org'], ['Bob', 'bob_smith@x.org'], ['Bobby', 'bobby@y.org'], ['Carl', '']]) {
      await backend.dispatch('people.create', { fullName, emails: email ? [email] : [] });
    }
    const names = async (input: object) => {
      const result = await backend.dispatch('people.list', input);
      return result.ok ? (result.value as { items: Person[]; total: number }) : undefined;
    };
    expect((await names({ search: '%' }))?.items.map((p) => p.fullName)).toEqual(['Ann 100% Sure']);
    expect((await names({ search: '_' }))?.items.map((p) => p.fullName)).toEqual(['Bob']);
    expect((await names({ search: 'y.org' }))?.items.map((p) => p.fullName)).toEqual(['Bobby']);
    expect(await names({ limit: 2, offset: 1 })).toMatchObject({ total: 4, items: [{ fullName: 'Bob' }, { fullName: 'Bobby' }] });
    backend.close();
  });

  it('publishes people.changed after a person is added', async () => {
    const backend = start();
    const seen: string[] = [];
    backend.events.subscribe((event) => seen.push(event.topic));
    await backend.dispatch('people.create', { fullName: 'Ada' });
    expect(seen).toEqual(['people.changed']);
    backend.close();
  });

  it('keeps data across a restart', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    await first.dispatch('people.create', { fullName: 'Grace Hopper', emails: ['grace@navy.example'] });
    first.close();
    const second = start(dataDir);
    expect(await second.dispatch('people.list', {})).toMatchObject({ ok: true, value: { items: [{ fullName: 'Grace Hopper' }] } });
    second.close();
  });

  it('starts with a damaged file, explains it in app.info and refuses data calls', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE_NAME), 'garbage'.repeat(1000));
    const backend = start(dataDir);
    const info = await backend.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { database: { status: 'error', reason: 'damaged' } } });
    expect(await backend.dispatch('people.list', {})).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });
    backend.close();
  });

  it('one process per data folder: a second backend on the folder is refused, naming who holds it; the folder is free again after close', async () => {
    const dataDir = tempDir();
    const desktop = createBackend({ dataDir, appVersion: '1', shell: 'electron' });
    await desktop.dispatch('people.create', { fullName: 'Grace Hopper' });
    const serve = start(dataDir);
    const info = await serve.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { database: { status: 'error', reason: 'in-use' } } });
    expect(info.ok && (info.value as AppInfo).database).toHaveProperty('message', expect.stringMatching(
      new RegExp(`^Thankful is already open with the data folder .+: the desktop app, process ${process.pid} since .+\\. Close it first`, 'u')),
    );
    expect(await serve.dispatch('people.create', { fullName: 'Ada Lovelace' })).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });
    // The refused one's close leaves the holder's lock alone.
    serve.close();
    expect(fs.existsSync(path.join(dataDir, 'thankful.lock'))).toBe(true);
    desktop.close();
    expect(fs.existsSync(path.join(dataDir, 'thankful.lock'))).toBe(false);
    const again = start(dataDir);
    expect(await again.dispatch('people.list', {})).toMatchObject({ ok: true, value: { items: [{ fullName: 'Grace Hopper' }] } });
    again.close();
  });

  it('turns an unexpected failure into INTERNAL without leaking the stack', async () => {
    const dataDir = tempDir();
    const logged: unknown[] = [];
    const backend = createBackend({ dataDir, appVersion: '1', shell: 'browser', logError: (error) => logged.push(error) });
    backend.close(); // the statements now fail with a TypeError from better-sqlite3
    const result = await backend.dispatch('people.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts|TypeError/);
    expect(logged).toHaveLength(1);
  });
});
