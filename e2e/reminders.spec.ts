import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

const HOUR = 3_600_000;

/**
 * Chromium's own Notification, wrapped so the test can see what was shown and click it: headless
 * Chromium creates the notification for real, but there is no desktop to see or click it on.
 */
async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const scope = globalThis as unknown as { Notification: new (title: string, options?: { body?: string; tag?: string }) => object; __shown: unknown[] };
    const Real = scope.Notification as unknown as { new (title: string, options?: { body?: string; tag?: string }): { onclick: (() => void) | null }; permission: string; requestPermission(): Promise<string> };
    scope.__shown = [];
    class Recorded extends Real {
      constructor(title: string, options?: { body?: string; tag?: string }) {
        super(title, options);
        scope.__shown.push({ title, body: options?.body, tag: options?.tag, click: () => this.onclick?.() });
      }
    }
    Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
    Object.defineProperty(Recorded, 'requestPermission', { value: () => Real.requestPermission() });
    scope.Notification = Recorded;
  });
}

const shown = (page: Page) => page.evaluate(() => (globalThis as unknown as { __shown: { title: string; body: string; tag: string }[] }).__shown.map(({ title, body, tag }) => ({ title, body, tag })));

test.describe('reminders in browser mode', () => {
  test.use({ permissions: ['notifications'] });

  test('a granted Web Notification fires when the test clock passes "due in 4 h", once, and clicking it opens the note', async ({ app }) => {
    const { page } = app;
    await recordNotifications(page);
    const dueAt = Date.parse('2026-12-08T16:00:00Z');
    await app.setBackendClock(new Date(dueAt - 4 * HOUR - 10 * 60_000).toISOString());
    // Quiet hours and the morning summary depend on the machine's time zone: this test is about the due-soon moment.
    await rpc(page, 'settings.update', { reminders: { quietHours: null, morningSummary: false } });
    const occasion = await rpc(page, 'occasions.create', {
      kind: 'interview',
      title: 'Interview at Northwind & Co',
      startsAt: new Date(dueAt - 25 * HOUR).toISOString(),
      endsAt: new Date(dueAt - 24 * HOUR).toISOString(),
      participants: [{ newPerson: { fullName: 'Priya Raman' } }, { newPerson: { fullName: 'يوسف الحسن' } }],
    });
    const priya = occasion.participants.find((p) => p.fullName === 'Priya Raman')!.thankYou!;
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    const status = await rpc(page, 'reminders.status', {});
    expect(status.nextReminderAt).toBe(dueAt - 4 * HOUR);
    expect(await shown(page)).toEqual([]);

    await app.setBackendClock(new Date(dueAt - 4 * HOUR + 60_000).toISOString());
    await expect.poll(async () => (await shown(page)).length).toBe(1);
    const [notification] = await shown(page);
    // Both participants fall due together: one notification, grouped.
    expect(notification!.title).toMatch(/2 thank-yous/u);
    expect(notification!.body).toContain('Priya Raman');
    expect(notification!.body).toContain('يوسف الحسن');

    // Shown once: a reload (the page claims again when it opens) shows nothing new.
    const claimed = page.waitForResponse((response) => response.url().endsWith('/api/rpc/reminders.claim'));
    await page.reload();
    const answer = (await (await claimed).json()) as { ok: boolean; value: { notifications: unknown[] } };
    expect(answer).toEqual({ ok: true, value: { notifications: [] } });

    // Re-dated: the one thank-you warns again, alone, and its notification opens its note.
    await rpc(page, 'thanks.setDue', { id: priya.id, dueAt: new Date(dueAt + HOUR).toISOString() });
    await app.setBackendClock(new Date(dueAt - 3 * HOUR + 60_000).toISOString());
    await expect.poll(async () => (await shown(page)).length).toBe(1);
    const [single] = await shown(page);
    expect(single!.title).toContain('Priya Raman');
    await page.evaluate(() => (globalThis as unknown as { __shown: { click(): void }[] }).__shown[0]!.click());
    await expect(page).toHaveURL(new RegExp(`#/thanks/${priya.id}$`, 'u'));
  });

  test('Settings says notifications are allowed, refuses bad hours at the field, keeps the reminder settings, and pauses and resumes', async ({ app }) => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
    const card = page.getByRole('form', { name: 'Reminders' });
    await expect(card.getByText('This browser shows Thankful’s notifications')).toBeVisible();
    const interview = card.getByLabel('Interview', { exact: true });
    await expect(interview).toHaveValue('4');
    await interview.fill('0');
    await card.getByRole('button', { name: 'Save reminders' }).click();
    await expect(card.getByText('At least 1 hour.')).toBeVisible();
    await expect(interview).toBeFocused();
    await interview.fill('6');
    await card.getByLabel('From').fill('22:30');
    await card.getByRole('button', { name: 'Save reminders' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Reminder settings saved.' })).toBeVisible();
    await page.reload();
    const settings = await rpc(page, 'settings.get', {});
    expect(settings.reminders.leadHours.interview).toBe(6);
    expect(settings.reminders.quietHours).toEqual({ start: '22:30', end: '08:00' });
    await expect(page.getByRole('form', { name: 'Reminders' }).getByLabel('Interview', { exact: true })).toHaveValue('6');

    await card.getByRole('button', { name: 'Pause for 1 hour' }).click();
    await expect(card.getByText(/Reminders are paused until/u)).toBeVisible();
    await card.getByRole('button', { name: 'Resume now' }).click();
    await expect(card.getByRole('button', { name: 'Pause for 1 hour' })).toBeVisible();
  });
});

test('without permission nothing is claimed; allowing notifications in Settings shows what was waiting', async ({ app, context }) => {
  const { page } = app;
  await recordNotifications(page);
  const dueAt = Date.parse('2026-12-08T16:00:00Z');
  await app.setBackendClock(new Date(dueAt - 2 * HOUR).toISOString());
  await rpc(page, 'settings.update', { reminders: { quietHours: null, morningSummary: false } });
  await rpc(page, 'occasions.create', {
    kind: 'referral',
    startsAt: new Date(dueAt - 50 * HOUR).toISOString(),
    endsAt: new Date(dueAt - 49 * HOUR).toISOString(),
    participants: [{ newPerson: { fullName: 'Dana Cohen' } }],
  });
  await rpc(page, 'thanks.setDue', { id: (await rpc(page, 'dashboard.outstanding', {})).items[0]!.thankYouId, dueAt: new Date(dueAt).toISOString() });
  const claims: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/rpc/reminders.claim')) claims.push(request.url());
  });
  await page.reload();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('form', { name: 'Reminders' });
  await expect(card.getByRole('button', { name: 'Allow notifications' })).toBeVisible();
  expect(claims).toEqual([]);

  await context.grantPermissions(['notifications']);
  await card.getByRole('button', { name: 'Allow notifications' }).click();
  await expect(card.getByText('This browser shows Thankful’s notifications')).toBeVisible();
  await expect.poll(async () => (await shown(page)).length).toBe(1);
  expect((await shown(page))[0]!.title).toContain('Dana Cohen');
});
