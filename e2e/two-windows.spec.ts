import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

// Two tabs of the same browser on the same server, as a user with the app open twice would have.
// What one saves is never overwritten unseen by the other (issue 12, item 1).

const HOUR = 3_600_000;
const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);

async function secondTab(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(page.url());
  return other;
}

async function noteInTwoTabs(page: Page) {
  const person = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya@northwind.example'] });
  const occasion = await rpc(page, 'occasions.create', { kind: 'interview', startsAt: new Date(Date.now() - 2 * HOUR).toISOString(), participants: [{ personId: person.id }] });
  const id = occasion.participants[0]!.thankYou!.id;
  await rpc(page, 'thanks.saveDraft', { id, subject: 'Thank you', body: 'Dear Priya,', recipient: null, draftRevision: 0 });
  const tabA = page;
  await goTo(tabA, `/thanks/${id}`);
  const tabB = await secondTab(tabA);
  await goTo(tabB, `/thanks/${id}`);
  await expect(note(tabB)).toContainText('Dear Priya,');
  return { id, tabA, tabB };
}

const note = (tab: Page) => tab.getByRole('textbox', { name: 'Note to Priya Raman' });

async function typeAtEnd(tab: Page, text: string) {
  await note(tab).click();
  await tab.keyboard.press('Control+End');
  await tab.keyboard.type(text);
}

/**
 * Both type at about the same time: B's save is held on its way (as on a slow disk) until A's is
 * stored, so B's is written on the revision both read. B is told, with both versions.
 */
async function conflictingEdits(id: number, tabA: Page, tabB: Page, suffix = '') {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await tabB.route('**/api/rpc/thanks.saveDraft', async (route) => {
    await held;
    await route.continue();
  });
  await typeAtEnd(tabB, ` from tab B${suffix}.`);
  await expect(tabB.getByTestId('save-indicator')).toHaveText('Saving…');
  await typeAtEnd(tabA, ` from tab A${suffix}.`);
  await expect.poll(async () => (await rpc(tabA, 'thanks.get', { id })).body).toMatch(new RegExp(` from tab A${suffix}\\.$`, 'u'));
  release();
  const notice = tabB.getByRole('alert').filter({ hasText: 'This note was changed in another window' });
  await expect(notice).toBeVisible();
  // Only now: taking the route away while it still holds B's save would send that save on twice.
  await tabB.unrouteAll({ behavior: 'wait' });
  return notice;
}

test('a note saved in one tab is not overwritten by the other: the second shows both versions, and “Keep mine” saves it on purpose', async ({ app }) => {
  const { id, tabA, tabB } = await noteInTwoTabs(app.page);
  const notice = await conflictingEdits(id, tabA, tabB);
  await expect(notice.getByRole('figure', { name: 'Yours, in this window' })).toContainText('Dear Priya, from tab B.');
  await expect(notice.getByRole('figure', { name: /^Saved in the other window at/u })).toContainText('Dear Priya, from tab A.');
  // Nothing is saved from B until it chooses; A's text is what is stored.
  expect((await rpc(tabA, 'thanks.get', { id })).body).toBe('Dear Priya, from tab A.');

  await notice.getByRole('button', { name: 'Keep mine' }).click();
  await expect(notice).toBeHidden();
  await expect(tabB.getByTestId('save-indicator')).toHaveText('Saved');
  expect((await rpc(tabB, 'thanks.get', { id })).body).toBe('Dear Priya, from tab B.');
  // A had nothing waiting: it shows what B kept, and its next edit is saved on it, without a conflict.
  await expect(note(tabA)).toHaveText('Dear Priya, from tab B.');
  await typeAtEnd(tabA, ' And A again.');
  await expect(tabA.getByTestId('save-indicator')).toHaveText('Saved');
  expect((await rpc(tabA, 'thanks.get', { id })).body).toBe('Dear Priya, from tab B. And A again.');
});

test('“Keep both” puts this tab’s version on the clipboard and shows the other’s; “Keep theirs” saves nothing', async ({ app }) => {
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const { id, tabA, tabB } = await noteInTwoTabs(app.page);
  const notice = await conflictingEdits(id, tabA, tabB);
  await notice.getByRole('button', { name: /^Keep both/u }).click();
  await expect(notice).toBeHidden();
  await expect(note(tabB)).toHaveText('Dear Priya, from tab A.');
  expect(await tabB.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())).toBe('Thank you\n\nDear Priya, from tab B.');
  expect((await rpc(tabB, 'thanks.get', { id })).body).toBe('Dear Priya, from tab A.');

  // Again, and this time B keeps A's version without copying: nothing of B's is saved.
  const again = await conflictingEdits(id, tabA, tabB, ' again');
  await again.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(note(tabB)).toHaveText('Dear Priya, from tab A. from tab A again.');
  await expect(tabB.getByTestId('save-indicator')).toHaveText('Saved');
  expect((await rpc(tabB, 'thanks.get', { id })).body).toBe('Dear Priya, from tab A. from tab A again.');
});

test('an occasion edited in two tabs: the second save is refused with a plain message, keeps what was typed, and saving again overwrites', async ({ app }) => {
  const { page } = app;
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    notes: 'First notes',
    participants: [{ newPerson: { fullName: 'Priya Raman' } }],
  });
  const tabA = page;
  await goTo(tabA, `/occasions/${occasion.id}`);
  const tabB = await secondTab(tabA);
  await goTo(tabB, `/occasions/${occasion.id}`);

  // B opens the form first, then A saves new notes.
  await tabB.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialogB = tabB.getByRole('dialog', { name: 'Edit occasion' });
  await tabA.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialogA = tabA.getByRole('dialog', { name: 'Edit occasion' });
  await dialogA.getByRole('textbox', { name: 'Notes' }).fill('Notes from tab A');
  await dialogA.getByRole('button', { name: /Save changes/ }).click();
  await expect(dialogA).toBeHidden();

  await dialogB.getByRole('textbox', { name: 'Title' }).fill('Title from tab B');
  await dialogB.getByRole('button', { name: /Save changes/ }).click();
  await expect(dialogB.getByRole('alert')).toContainText('This occasion was changed in another window or tab since you opened it.');
  await expect(dialogB.getByRole('textbox', { name: 'Title' })).toHaveValue('Title from tab B');
  const stored = await rpc(tabA, 'occasions.get', { id: occasion.id });
  expect(stored.notes).toBe('Notes from tab A');
  expect(stored.title).not.toBe('Title from tab B');

  // Saving again is on purpose: B's form overwrites.
  await dialogB.getByRole('button', { name: /Save changes/ }).click();
  await expect(dialogB).toBeHidden();
  expect(await rpc(tabA, 'occasions.get', { id: occasion.id })).toMatchObject({ title: 'Title from tab B' });
});
