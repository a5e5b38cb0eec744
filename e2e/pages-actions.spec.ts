import type { Locator, Page } from '@playwright/test';
import { expect, test, type AppHandle } from './support/app-fixture';
import { rpc } from './support/rpc';

// 12-hour clock, in a zone with daylight saving: "tonight 9:00 PM".
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-US' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);
const thankYous = (page: Page) => page.getByRole('region', { name: 'Thank-yous' }).getByRole('listitem');
const moreFor = (row: Locator) => row.getByRole('button', { name: /^More actions for /u });

/** A row's rarer actions are in its "More actions" menu: opens it and picks one. */
async function rowAction(row: Locator, item: string) {
  await moreFor(row).click();
  await row.getByRole('menu').getByRole('menuitem', { name: item }).click();
}

/** An interview that ended an hour ago (or before `now`) with these people; its id and their thank-yous' ids by name. */
async function interview(page: Page, title: string, names: string[], now = Date.now()) {
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    title,
    startsAt: new Date(now - 2 * HOUR).toISOString(),
    endsAt: new Date(now - HOUR).toISOString(),
    participants: names.map((fullName) => ({ newPerson: { fullName } })),
  });
  const ids = Object.fromEntries(occasion.participants.map((p) => [p.fullName, p.thankYou!.id]));
  return { id: occasion.id, ids };
}

/** Both clocks at `at`: the backend's and the page's, then a fresh load. */
async function startClocksAt(app: AppHandle, at: number): Promise<void> {
  await app.setBackendClock(new Date(at).toISOString());
  await app.page.clock.install({ time: at });
  await app.page.reload();
}

test('each thank-you has one button (the note) and a "More actions" menu used like any menu', async ({ app }) => {
  const { page } = app;
  const { id } = await interview(page, 'Panel at Northwind', ['Ana Lima', 'Ben Okafor']);
  await goTo(page, `/occasions/${id}`);
  const ana = thankYous(page).filter({ hasText: 'Ana Lima' });

  // The note is the row's one action; Mark sent, Snooze, Skip are not buttons beside it.
  await expect(ana.getByRole('link', { name: 'Write note to Ana Lima' })).toBeVisible();
  await expect(ana.getByRole('button', { name: /Mark sent|Snooze|Skip/u })).toHaveCount(0);
  await expect(page.getByRole('main').locator('.button.primary')).toHaveCount(0);

  const toggle = moreFor(ana);
  await expect(toggle).toHaveAccessibleName('More actions for Ana Lima');
  await expect(toggle).toHaveAttribute('aria-haspopup', 'menu');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // Enter opens it on the first item; the arrows move and wrap; Home and End jump.
  await toggle.focus();
  await page.keyboard.press('Enter');
  const menu = ana.getByRole('menu', { name: 'More actions for Ana Lima' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem')).toHaveText(['Mark sent…', 'Snooze…', 'Skip…', 'Change due time…']);
  await expect(menu.getByRole('menuitem', { name: 'Mark sent…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Snooze…' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Change due time…' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(menu.getByRole('menuitem', { name: 'Mark sent…' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Change due time…' })).toBeFocused();

  // Escape closes it and gives the focus back to its button.
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // ArrowUp opens it on the last item; a click elsewhere closes it.
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Change due time…' })).toBeFocused();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(menu).toHaveCount(0);

  // An item chosen from the keyboard opens its dialog.
  await toggle.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /^Snooze the thank-you to \W?Ana Lima\W?$/u })).toBeVisible();
});

test('Delete is in the occasion’s "More actions" menu, and its question starts on Cancel', async ({ app }) => {
  const { page } = app;
  const { id } = await interview(page, 'Coffee with Ada', ['Ada Lovelace']);
  await goTo(page, `/occasions/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Coffee with Ada' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: /^Delete/u })).toHaveCount(0);
  await page.getByRole('button', { name: 'More actions', exact: true }).click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name: 'Delete occasion…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this occasion?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete occasion' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Occasions' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Deleted \W*Coffee with Ada/u })).toBeVisible();
});

test('Undo after Skip puts a drafted, snoozed, handed-off note back as it was; Undo after Snooze ends the snooze', async ({ app }) => {
  const { page } = app;
  const { id, ids } = await interview(page, 'Final round', ['Ana Lima', 'Ben Okafor']);
  const anaId = ids['Ana Lima']!;
  await rpc(page, 'thanks.saveDraft', { id: anaId, subject: 'Thank you', body: 'Dear Ana,\n\nThank you.', recipient: null, draftRevision: 0 });
  // Copied to the mail app and not answered yet: "did you send it?" is still to be asked.
  const { handedOffAt } = await rpc(page, 'handoff.copy', { id: anaId, format: 'plain' });
  const until = new Date(Math.ceil((Date.now() + 5 * HOUR) / MINUTE) * MINUTE).toISOString();
  await rpc(page, 'thanks.snooze', { id: anaId, until });
  await goTo(page, `/occasions/${id}`);
  const ana = thankYous(page).filter({ hasText: 'Ana Lima' });
  await expect(ana).toContainText('Snoozed');

  await rowAction(ana, 'Skip');
  const skip = page.getByRole('dialog', { name: /^Skip the thank-you to \W?Ana Lima\W?\?$/u });
  await skip.getByRole('button', { name: 'Thanked in person already' }).click();
  await skip.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(ana).toContainText('Skipped: Thanked in person already');
  await page.getByRole('status').filter({ hasText: /Skipped the thank-you to \W?Ana Lima/u }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Skip undone: the thank-you to \W?Ana Lima\W? is back on your list\./u })).toBeVisible();
  await expect(ana).toContainText('Snoozed');
  await expect(ana).not.toContainText('Skipped');
  expect(await rpc(page, 'thanks.get', { id: anaId })).toMatchObject({
    status: 'snoozed',
    snoozedUntil: until,
    skipReason: null,
    body: 'Dear Ana,\n\nThank you.',
    handedOffAt,
    handoffMethod: 'copy-plain',
  });
  // Its snooze ended, it is drafted again (not to do): the draft is kept.
  await rpc(page, 'thanks.snooze', { id: anaId, until: null });
  expect((await rpc(page, 'thanks.get', { id: anaId })).status).toBe('drafted');

  const ben = thankYous(page).filter({ hasText: 'Ben Okafor' });
  await rowAction(ben, 'Snooze');
  const snooze = page.getByRole('dialog', { name: /^Snooze the thank-you to \W?Ben Okafor\W?$/u });
  await snooze.getByRole('button', { name: /^1 hour/u }).click();
  await expect(snooze).toBeHidden();
  await expect(ben).toContainText('Snoozed until');
  await page.getByRole('status').filter({ hasText: /Snoozed the thank-you to \W?Ben Okafor/u }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Snooze undone: the thank-you to \W?Ben Okafor\W? is back on your list\./u })).toBeVisible();
  await expect(ben).not.toContainText('Snoozed');
  await expect(ben).toContainText('To do');
  expect(await rpc(page, 'thanks.get', { id: ids['Ben Okafor']! })).toMatchObject({ status: 'pending', snoozedUntil: null });
});

test('a snooze past the due time says the thank-you will be late and offers the latest on-time reminder', async ({ app }) => {
  const { page } = app;
  // 3:00 PM in Berlin (summer time); both thank-yous due tonight at 9:00 PM.
  const now = Date.parse('2026-06-03T13:00:00Z');
  const dueAt = '2026-06-03T19:00:00.000Z';
  await startClocksAt(app, now);
  const { id, ids } = await interview(page, 'Panel at Globex', ['Ana Lima', 'Ben Okafor'], now);
  for (const thankYou of Object.values(ids)) await rpc(page, 'thanks.setDue', { id: thankYou, dueAt });
  await goTo(page, `/occasions/${id}`);

  const ana = thankYous(page).filter({ hasText: 'Ana Lima' });
  await rowAction(ana, 'Snooze');
  let dialog = page.getByRole('dialog', { name: /^Snooze the thank-you to \W?Ana Lima\W?$/u });
  // Only the choice after the due time says so, before it is chosen.
  await expect(dialog.getByRole('button', { name: /^Tomorrow morning/u })).toContainText('after it is due');
  await expect(dialog.getByRole('button', { name: /^1 hour/u })).not.toContainText('after it is due');
  await expect(dialog.getByRole('button', { name: /^This evening/u })).not.toContainText('after it is due');

  // Chosen, it is not taken silently: the dialog says plainly it will be late.
  await dialog.getByRole('button', { name: /^Tomorrow morning/u }).click();
  const warning = dialog.getByRole('alert');
  await expect(warning).toContainText('This is after it is due (tonight 9:00 PM) — the thank-you will be late.');
  const instead = warning.getByRole('button', { name: 'Remind me at 7:00 PM instead' });
  await expect(instead).toBeFocused();
  await expect(warning.getByRole('button', { name: 'Snooze until Thu 9:00 AM anyway' })).toBeVisible();
  await instead.click();
  await expect(dialog).toBeHidden();
  expect(await rpc(page, 'thanks.get', { id: ids['Ana Lima']! })).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-06-03T17:00:00.000Z' });

  // A time typed by hand is checked the same way; snoozing anyway is still possible.
  const ben = thankYous(page).filter({ hasText: 'Ben Okafor' });
  await rowAction(ben, 'Snooze');
  dialog = page.getByRole('dialog', { name: /^Snooze the thank-you to \W?Ben Okafor\W?$/u });
  await dialog.getByLabel(/^Until date/u).fill('2026-06-04');
  await dialog.getByLabel(/^Until time/u).fill('10:00');
  await dialog.getByLabel(/^Until time/u).press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('This is after it is due (tonight 9:00 PM) — the thank-you will be late.');
  await dialog.getByRole('button', { name: 'Snooze until Thu 10:00 AM anyway' }).click();
  await expect(dialog).toBeHidden();
  expect(await rpc(page, 'thanks.get', { id: ids['Ben Okafor']! })).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-06-04T08:00:00.000Z' });
});
