import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

/**
 * From the keyboard only: every dialog gives focus back to the control that opened it, whether
 * it is closed with Escape, Cancel, or by doing what it asks. Focus must never be left on <body>,
 * where a screen reader starts again at the top of the page.
 */

const HOUR = 3_600_000;

async function seedPanel(page: Page) {
  const now = Date.now();
  const ada = await rpc(page, 'people.create', { fullName: 'Ada Lovelace', emails: ['ada@example.com'] });
  const grace = await rpc(page, 'people.create', { fullName: 'Grace Hopper', emails: ['grace@example.com'] });
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    startsAt: new Date(now - 3 * HOUR).toISOString(),
    endsAt: new Date(now - 2 * HOUR).toISOString(),
    participants: [{ personId: ada.id }, { personId: grace.id }],
  });
  return { occasion, ada: occasion.participants[0]!.thankYou!.id, grace: occasion.participants[1]!.thankYou!.id };
}

async function go(page: Page, hash: string): Promise<void> {
  await page.goto(`${page.url().replace(/#.*$/u, '')}#${hash}`);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Focuses a control the way Tab would reach it, and presses Enter on it. */
async function pressOn(control: Locator): Promise<void> {
  await control.focus();
  await expect(control).toBeFocused();
  await control.press('Enter');
}

/** Opens a "More actions" menu from the keyboard and chooses an item with the arrows and Enter. */
async function chooseFromMenu(page: Page, toggle: Locator, item: string): Promise<void> {
  await pressOn(toggle);
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const items = menu.getByRole('menuitem');
  const names = await items.allTextContents();
  const index = names.findIndex((name) => name.includes(item));
  expect(index, `“${item}” in ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
  for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
  await expect(items.nth(index)).toBeFocused();
  await page.keyboard.press('Enter');
}

test('occasion page: each row action’s dialog, closed with Escape or done, gives focus back to the row’s menu button', async ({ app }) => {
  const { page } = app;
  const { occasion } = await seedPanel(page);
  await go(page, `/occasions/${occasion.id}`);
  const toggle = page.getByRole('button', { name: 'More actions for Ada Lovelace' });

  for (const [item, dialogName] of [
    ['Mark sent…', /as sent$/u],
    ['Snooze…', /^Snooze the thank-you/u],
    ['Skip…', /^Skip the thank-you/u],
    ['Change due time…', /^When is the thank-you/u],
  ] as const) {
    await chooseFromMenu(page, toggle, item);
    await expect(page.getByRole('dialog', { name: dialogName })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(toggle, `after Escape from “${item}”`).toBeFocused();
  }

  // Done, not dismissed: snoozed for an hour; the row stays, and so does focus on its button.
  await chooseFromMenu(page, toggle, 'Snooze…');
  const snooze = page.getByRole('dialog', { name: /^Snooze the thank-you/u });
  await snooze.getByRole('button', { name: /hour/u }).first().press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(toggle).toBeFocused();

  // Delete, from the page's own menu: Cancel returns to that menu's button.
  const pageMenu = page.getByRole('button', { name: 'More actions', exact: true });
  await chooseFromMenu(page, pageMenu, 'Delete occasion…');
  const remove = page.getByRole('dialog', { name: 'Delete this occasion?' });
  await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(pageMenu).toBeFocused();
});

test('editor: "Sent" opens Mark sent and Escape returns to it; a sent note’s Duplicate dialog returns to its button', async ({ app }) => {
  const { page } = app;
  const { ada, grace } = await seedPanel(page);
  await rpc(page, 'thanks.saveDraft', { id: ada, subject: 'Thank you', body: 'Dear Ada,\n\nThank you for the conversation about the engines.', draftRevision: 0 });
  // Handed off (copied) and not answered yet: the editor asks "Did you send it?".
  await rpc(page, 'handoff.copy', { id: ada, format: 'plain' });
  await go(page, `/thanks/${ada}`);
  const question = page.getByRole('region', { name: 'Did you send it?' });
  const sent = question.getByRole('button', { name: 'Sent', exact: true });
  await pressOn(sent);
  await expect(page.getByRole('dialog', { name: /as sent$/u })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(sent).toBeFocused();

  await rpc(page, 'thanks.markSent', { id: grace, sentAt: new Date().toISOString(), channel: 'email' });
  await go(page, `/thanks/${grace}`);
  const duplicate = page.getByRole('button', { name: 'Duplicate as new draft' });
  await pressOn(duplicate);
  await expect(page.getByRole('dialog', { name: 'Duplicate as new draft' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(duplicate).toBeFocused();
});

test('settings: the template dialogs (new, edit, delete) give focus back to the button that opened them', async ({ app }) => {
  const { page } = app;
  await go(page, '/settings');
  const add = page.getByRole('button', { name: 'New template' });
  await pressOn(add);
  const editor = page.getByRole('dialog', { name: /template/iu });
  await expect(editor).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(add).toBeFocused();

  // Make one of the user's own, then edit and delete it from the keyboard.
  await pressOn(add);
  await page.keyboard.type('Panel thanks');
  await editor.getByLabel(/^Subject/u).fill('Thank you');
  await editor.getByLabel(/^Note|^Body|^Text/u).first().fill('Dear {{person.firstName}},\n\nThank you.');
  await editor.getByRole('button', { name: /^Save/u }).press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const edit = page.getByRole('button', { name: 'Edit “Panel thanks”' });
  await pressOn(edit);
  await expect(page.getByRole('dialog', { name: /template/iu })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(edit).toBeFocused();

  const remove = page.getByRole('button', { name: 'Delete “Panel thanks”' });
  await pressOn(remove);
  const confirm = page.getByRole('dialog', { name: 'Delete this template?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(remove).toBeFocused();

  // Deleted: its button is gone with it, so focus goes to the main content, not to <body>.
  await pressOn(remove);
  await page.getByRole('dialog', { name: 'Delete this template?' }).getByRole('button', { name: 'Delete template' }).press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(remove).toHaveCount(0);
  await expect(page.locator('main#main')).toBeFocused();
});

test('moving to another screen puts focus on its heading and names the window after it', async ({ app }) => {
  const { page } = app;
  await go(page, '/dashboard');
  await expect(page).toHaveTitle('Dashboard – Thankful');
  const people = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' });
  await pressOn(people);
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeFocused();
  await expect(page).toHaveTitle('People – Thankful');
});

test('a toast with Undo stays while focus is on it, well past 20 seconds', async ({ app }) => {
  const { page } = app;
  await page.clock.install();
  await page.reload();
  const { occasion } = await seedPanel(page);
  await go(page, `/occasions/${occasion.id}`);
  await chooseFromMenu(page, page.getByRole('button', { name: 'More actions for Ada Lovelace' }), 'Skip…');
  const skip = page.getByRole('dialog', { name: /^Skip the thank-you/u });
  await skip.getByRole('textbox').first().fill('Thanked in person');
  await skip.getByRole('button', { name: 'Skip', exact: true }).press('Enter');
  const undo = page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  await page.clock.runFor(15_000);
  await expect(undo, 'an Undo lasts at least 20 s').toBeVisible();
  await undo.focus();
  await page.clock.runFor(60_000);
  await expect(undo, 'kept while focused').toBeVisible();
  await page.getByRole('heading', { level: 1 }).focus();
  await page.clock.runFor(21_000);
  await expect(undo).toHaveCount(0);
});
