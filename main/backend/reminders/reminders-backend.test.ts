import { afterEach, describe, expect, it } from 'vitest';
import { procedures } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';
import { tempDir } from '../../test-support/temp-dir';

/** Through the real backend and its dispatcher (the process's own time zone, default settings). */
const opened: TestBackend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.close();
});

function open(now: string, dataDir = tempDir()): TestBackend {
  const backend = startTestBackend(now, dataDir);
  opened.push(backend);
  return backend;
}

async function thankYouDue(backend: TestBackend, fullName: string, dueAt: string): Promise<number> {
  const occasion = await backend.call('occasions.create', { kind: 'interview', startsAt: '2026-06-01T09:00:00Z', participants: [{ newPerson: { fullName } }] });
  const id = occasion.participants[0]!.thankYou!.id;
  await backend.call('thanks.setDue', { id, dueAt });
  return id;
}

describe('reminders.* through the backend (real SQLite file)', () => {
  it('shows nothing twice across a restart on the same folder', async () => {
    const dataDir = tempDir();
    const first = open('2026-06-01T12:00:00Z', dataDir);
    const id = await thankYouDue(first, 'Priya Raman', '2026-06-01T14:00:00Z');
    const { notifications } = await first.call('reminders.claim', {});
    expect(notifications.map((n) => n.keys)).toEqual([[`due-soon:${id}:${Date.parse('2026-06-01T14:00:00Z')}`]]);
    expect(() => procedures['reminders.claim'].output.parse({ notifications })).not.toThrow();
    first.close();
    opened.splice(0);

    const second = open('2026-06-01T12:30:00Z', dataDir);
    expect(await second.call('reminders.claim', {})).toEqual({ notifications: [] });
    second.clock.set('2026-06-01T14:00:00Z');
    expect((await second.call('reminders.claim', {})).notifications.map((n) => n.reason)).toEqual(['overdue']);
  });

  it('two claims at once never answer the same reminder', async () => {
    const backend = open('2026-06-01T12:00:00Z');
    for (const name of ['A', 'B', 'C']) await thankYouDue(backend, name, '2026-06-01T11:00:00Z');
    const answers = await Promise.all([backend.call('reminders.claim', {}), backend.call('reminders.claim', {}), backend.call('reminders.claim', {})]);
    const keys = answers.flatMap((answer) => answer.notifications.flatMap((n) => n.keys));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
  });

  it('snoozes what was shown, refuses what never was, and announces reminders.changed', async () => {
    const backend = open('2026-06-01T12:00:00Z');
    await thankYouDue(backend, 'Priya Raman', '2026-06-01T11:00:00Z');
    const topics: string[] = [];
    backend.events.subscribe((event) => topics.push(event.topic));
    const [shown] = (await backend.call('reminders.claim', {})).notifications;
    expect(await backend.call('reminders.snooze', { keys: shown!.keys, minutes: 60 })).toEqual({ remindAt: Date.parse('2026-06-01T13:00:00Z') });
    expect(topics.filter((topic) => topic === 'reminders.changed')).toHaveLength(2);
    const refused = await backend.dispatch('reminders.snooze', { keys: ['due-soon:999:0'], minutes: 15 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    backend.clock.set('2026-06-01T13:00:00Z');
    expect((await backend.call('reminders.claim', {})).notifications.map((n) => n.tag)).toEqual([shown!.tag]);
  });

  it('answers its status', async () => {
    const backend = open('2026-06-01T12:00:00Z');
    await thankYouDue(backend, 'Priya Raman', '2026-06-02T12:00:00Z');
    const status = await backend.call('reminders.status', {});
    expect(status).toEqual({ owed: 1, overdue: 0, nextDueAt: Date.parse('2026-06-02T12:00:00Z'), nextReminderAt: Date.parse('2026-06-02T08:00:00Z'), enabled: true, pausedUntil: null });
  });
});
