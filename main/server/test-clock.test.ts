import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../backend/backend';
import { createClock } from '../backend/clock';
import { exchangeLaunchToken, request } from '../test-support/http';
import { tempDir } from '../test-support/temp-dir';
import { createBrowserModeServer, type BrowserModeServer } from './http-server';

const LAUNCH_TOKEN = 'test-launch-token-0123456789abcdef';
let backend: Backend | undefined;
let server: BrowserModeServer | undefined;

afterEach(async () => {
  await server?.close();
  backend?.close();
});

describe('--test-clock and reminders', () => {
  it('moving the test clock works reminders out again at once (as serve.ts wires it)', async () => {
    const clock = createClock();
    clock.set('2026-06-01T12:00:00Z');
    backend = createBackend({ dataDir: tempDir(), appVersion: 'test', shell: 'browser', now: clock.now, logError: () => {} });
    const live = backend;
    server = createBrowserModeServer({ dispatch: live.dispatch, events: live.events, staticDir: tempDir(), launchToken: LAUNCH_TOKEN, testClock: clock, onClockSet: () => live.recheckReminders() });
    const port = await server.listen(0);
    const key = await exchangeLaunchToken(port, LAUNCH_TOKEN);
    const occasion = await live.dispatch('occasions.create', { kind: 'interview', startsAt: '2026-06-01T10:00:00Z', endsAt: '2026-06-01T11:00:00Z', participants: [{ newPerson: { fullName: 'Priya Raman' } }] });
    expect(occasion.ok).toBe(true); // due 2026-06-02T11:00Z, due soon at 07:00Z (quiet hours end 08:00)

    let due = 0;
    live.events.subscribe((event) => {
      if (event.topic === 'reminders.due') due++;
    });
    const response = await request(port, {
      method: 'POST',
      path: '/api/test/clock',
      headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ now: '2026-06-02T08:00:00Z' }),
    });
    expect(response.status).toBe(200);
    // Announced before the answer: a spec that moves the clock can look for the notification straight away.
    expect(due).toBe(1);
    const claimed = await live.dispatch('reminders.claim', {});
    expect(claimed).toMatchObject({ ok: true, value: { notifications: [{ reason: 'due-soon' }, { reason: 'morning-summary' }] } });
  });
});
