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

test('a note saved in one tab is not overwritten by the other tab: the second is told, and nothing is lost', async ({ app }) => {
  const { page } = app;
  const person = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya@northwind.example'] });
  const occasion = await rpc(page, 'occasions.create', { kind: 'interview', startsAt: new Date(Date.now() - 2 * HOUR).toISOString(), participants: [{ personId: person.id }] });
  const id = occasion.participants[0]!.thankYou!.id;
  await rpc(page, 'thanks.saveDraft', { id, subject: 'Thank you', body: 'Dear Priya,', recipient: null, draftRevision: 0 });

  const tabA = page;
  await goTo(tabA, `/thanks/${id}`);
  const tabB = await secondTab(tabA);
  await goTo(tabB, `/thanks/${id}`);
  const note = (tab: Page) => tab.getByRole('textbox', { name: 'Note to Priya Raman' });
  await expect(note(tabB)).toContainText('Dear Priya,');

  await note(tabA).click();
  await tabA.keyboard.press('Control+End');
  await tabA.keyboard.type(' from tab A.');
  await expect(tabA.getByTestId('save-indicator')).toHaveText('Saved');

  await note(tabB).click();
  await tabB.keyboard.press('Control+End');
  await tabB.keyboard.type(' from tab B.');
  // B stops saving (its editor turns read-only) and says why.
  await expect(tabB.getByRole('alert')).toContainText('This note was changed in another window or tab since you opened it');

  // A's text is what is stored; B's is still on its screen (and in its unsaved copy).
  expect((await rpc(tabA, 'thanks.get', { id })).body).toBe('Dear Priya, from tab A.');
  await expect(note(tabB)).toContainText('Dear Priya, from tab B.');
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
