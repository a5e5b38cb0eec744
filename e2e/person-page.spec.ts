import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

async function openPeople(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' }).click();
}

async function addAndOpen(page: Page, name: string, email: string) {
  await openPeople(page);
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Logs an occasion with the person and marks their thank-you sent, through the backend. */
async function thankedOccasion(page: Page, personId: number, title: string) {
  const startsAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
  const occasion = await rpc(page, 'occasions.create', { kind: 'interview', title, startsAt, participants: [{ personId }] });
  const thankYou = occasion.participants.find((p) => p.personId === personId)!.thankYou!;
  await rpc(page, 'thanks.markSent', { id: thankYou.id, sentAt: new Date(Date.now() - 2 * 86_400_000).toISOString(), channel: 'email' });
  return occasion;
}

const personIdFromUrl = (page: Page) => Number(/#\/people\/(\d+)/u.exec(page.url())![1]);


/** Delete is in the page's "More actions" menu, not beside Edit. */
async function deleteFromMenu(page: Page) {
  const more = page.getByRole('main').getByRole('button', { name: 'More actions', exact: true });
  await more.click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name: 'Delete person…' }).click();
}
test('details are edited in place and kept after a reload', async ({ app }) => {
  const { page } = app;
  await addAndOpen(page, 'Priya Raman', 'priya@acme.example');

  const edit = page.getByRole('button', { name: 'Edit' });
  await edit.click();
  await expect(page.getByLabel('Full name')).toBeFocused();
  await expect(page.getByLabel('How to address them')).toHaveAttribute('placeholder', 'Priya');
  await page.getByLabel('Company').fill('Acme Robotics');
  await page.getByLabel('Title').fill('Engineering Manager');
  await page.getByRole('button', { name: 'Add email' }).click();
  await expect(page.getByRole('textbox', { name: 'Email 2' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Email 2' }).fill('priya.r@gmail.example');
  await page.getByLabel('Tags', { exact: true }).fill('interviewer');
  await page.getByLabel('Tags', { exact: true }).press('Enter');
  await page.getByLabel('Tags', { exact: true }).fill('acme, mentor');
  await page.getByLabel('Notes').fill('Talked about **SLAM**.\n<b>not bold</b>');
  await page.getByRole('button', { name: 'Save' }).click();

  // Back in view mode, focus returns to Edit.
  await expect(edit).toBeFocused();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Acme Robotics');
  await expect(details).toContainText('priya.r@gmail.example');

  await page.reload();
  await expect(page.getByText('Engineering Manager · Acme Robotics')).toBeVisible();
  await expect(details).toContainText('priya@acme.example');
  await expect(details).toContainText('priya.r@gmail.example');
  for (const tag of ['interviewer', 'acme', 'mentor']) await expect(details.getByText(tag, { exact: true })).toBeVisible();
  // Notes are shown as typed: Markdown and tags are text, never HTML.
  await expect(details.getByText('<b>not bold</b>')).toBeVisible();
  await expect(details.locator('b')).toHaveCount(0);

  // "Make primary" swaps the order; the list shows the new primary first.
  await edit.click();
  await page.getByRole('button', { name: 'Make priya.r@gmail.example the primary email' }).click();
  await expect(page.getByRole('textbox', { name: 'Primary email' })).toHaveValue('priya.r@gmail.example');
  await page.getByRole('button', { name: 'Save' }).click();
  await openPeople(page);
  await expect(page.getByRole('row').filter({ hasText: 'Priya Raman' })).toContainText('priya.r@gmail.example');
});

test('invalid input is shown at its field and nothing typed is lost; Cancel restores', async ({ app }) => {
  const { page } = app;
  await addAndOpen(page, 'Sam Okafor', 'sam@example.com');
  await rpc(page, 'people.create', { fullName: 'Ana Other', emails: ['ana@example.com'] });

  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Company').fill('Q&A Partners');
  await page.getByLabel('LinkedIn URL').fill('not a link');
  await page.getByRole('button', { name: 'Save' }).click();

  const linkedin = page.getByLabel('LinkedIn URL');
  await expect(linkedin).toHaveAttribute('aria-invalid', 'true');
  await expect(linkedin).toHaveAccessibleDescription(/LinkedIn URL must be a web address/u);
  await expect(linkedin).toBeFocused();
  await expect(linkedin).toHaveValue('not a link');
  await expect(page.getByLabel('Company')).toHaveValue('Q&A Partners');

  // An address someone else has: the message is at that (second) input, with a way to them.
  await linkedin.fill('linkedin.com/in/sam-okafor');
  await page.getByRole('button', { name: 'Add email' }).click();
  await page.getByRole('textbox', { name: 'Email 2' }).fill('ANA@example.com');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('textbox', { name: 'Email 2' })).toHaveAccessibleDescription('Already used by Ana Other.');
  await expect(page.getByRole('textbox', { name: 'Email 2' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Primary email' })).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByRole('link', { name: 'Open Ana Other' })).toBeVisible();
  await expect(page.getByLabel('LinkedIn URL')).toHaveValue('linkedin.com/in/sam-okafor');

  // Cancel drops the unsaved edits.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeFocused();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).not.toContainText('Q&A Partners');
  await expect(details).not.toContainText('ANA@example.com');

  // Fixing it saves everything as typed.
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Company').fill('Q&A Partners');
  await page.getByLabel('LinkedIn URL').fill('linkedin.com/in/sam-okafor');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(details).toContainText('Q&A Partners');
  await expect(details.getByRole('link', { name: 'linkedin.com/in/sam-okafor' })).toHaveAttribute('href', 'https://linkedin.com/in/sam-okafor');
});

test('archive a person, see them leave the list, and undo from the toast', async ({ app }) => {
  const { page } = app;
  await addAndOpen(page, 'Marcus Chen', 'marcus@example.com');

  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Archived Marcus Chen' });
  await expect(toast).toBeVisible();
  await expect(page.getByText('Archived', { exact: true })).toBeVisible(); // the badge
  await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible();

  await openPeople(page);
  await expect(page.getByText('No one here yet')).toBeVisible();
  await page.getByRole('radio', { name: 'Archived' }).check();
  await expect(page.getByRole('rowheader', { name: 'Marcus Chen' })).toBeVisible();
  await page.getByRole('radio', { name: 'Active' }).check();
  await expect(page.getByRole('rowheader', { name: 'Marcus Chen' })).toHaveCount(0);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('rowheader', { name: 'Marcus Chen' })).toBeVisible();
  await expect(page.getByText('1 person')).toBeVisible();

  // Unarchive from the page works too.
  await page.getByRole('link', { name: 'Marcus Chen' }).click();
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await page.getByRole('button', { name: 'Unarchive' }).click();
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();
});

test('the timeline shows what they did and whether they were thanked', async ({ app }) => {
  const { page } = app;
  await addAndOpen(page, 'Dr. Amara Okafor', 'amara@uni.example');
  await expect(page.getByText('Nothing recorded yet')).toBeVisible();
  const id = personIdFromUrl(page);

  await thankedOccasion(page, id, 'Panel interview at Acme');
  const startsAt = new Date(Date.now() - 3_600_000).toISOString();
  await rpc(page, 'occasions.create', { kind: 'referral', title: 'Referral to Globex', startsAt, participants: [{ personId: id }] });

  const timeline = page.getByRole('region', { name: 'Timeline' });
  const items = timeline.getByRole('listitem');
  await expect(items).toHaveCount(2);
  // Newest first.
  await expect(items.nth(0)).toContainText('Referral or introduction');
  await expect(items.nth(0)).toContainText(/Thank-you due in/u);
  await expect(items.nth(1)).toContainText('Interview');
  await expect(items.nth(1)).toContainText(/Thanked: sent on .+ via Email/u);
  await timeline.getByRole('link', { name: 'Panel interview at Acme' }).click();
  await expect(page).toHaveURL(/#\/occasions\/\d+$/u);
});

test('"Log an occasion with …" on their page opens the dialog with them already picked; Ctrl+L picks nobody', async ({ app }) => {
  const { page } = app;
  await addAndOpen(page, 'Priya Raman', 'priya@acme.example');
  const dialog = page.getByRole('dialog', { name: 'Log an occasion' });
  const picked = dialog.getByRole('list', { name: 'People on this occasion' });

  // The shortcut still opens it with nobody chosen.
  await page.keyboard.press('Control+L');
  await expect(dialog).toBeVisible();
  await expect(picked).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Log an occasion with Priya Raman' }).click();
  await expect(picked.getByRole('listitem')).toHaveCount(1);
  await expect(picked).toContainText('Priya Raman');
  await expect(picked).toContainText('priya@acme.example');
  await expect(dialog.getByLabel('Role of Priya Raman')).toHaveValue('interviewer');
  await expect(dialog.getByText('Still here from before')).toBeHidden();

  await dialog.getByRole('button', { name: /^Log occasion/u }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('link', { name: 'Interview with Priya Raman' })).toBeVisible();
});

test('delete asks first, requires an explicit tick for sent notes, then the person is gone', async ({ app }) => {
  const { page } = app;
  await addAndOpen(page, 'Zoë 🎉 Ångström', 'zoe@example.org');
  const id = personIdFromUrl(page);
  await thankedOccasion(page, id, 'Coffee chat');

  await deleteFromMenu(page);
  const dialog = page.getByRole('dialog', { name: 'Delete Zoë 🎉 Ångström?' });
  await expect(dialog).toContainText('Deletes Zoë 🎉 Ångström and removes them from 1 occasion.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const remove = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(remove).toBeDisabled();
  await dialog.getByLabel('Also delete the record of 1 sent thank-you').check();
  await expect(remove).toBeEnabled();

  // Cancel keeps them.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoë 🎉 Ångström' })).toBeVisible();

  // The tick is asked for again each time.
  await deleteFromMenu(page);
  await expect(remove).toBeDisabled();
  await dialog.getByLabel('Also delete the record of 1 sent thank-you').check();
  await remove.click();

  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted Zoë 🎉 Ångström' })).toBeVisible();
  await expect(page.getByText('No one here yet')).toBeVisible();

  // An old link to them explains itself.
  await page.goto(page.url().replace(/#.*$/u, `#/people/${id}`));
  await expect(page.getByRole('heading', { name: 'This person is not here' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Back to People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
});

test('a person without sent notes is deleted after a plain confirmation', async ({ app }) => {
  const { page } = app;
  await addAndOpen(page, 'يوسف الحسيني', 'yousef@example.com');
  await deleteFromMenu(page);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Nothing else is recorded about them.');
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('No one here yet')).toBeVisible();
});

test('the person page works in a narrow window', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 420, height: 800 });
  await addAndOpen(page, 'Sofia Lindqvist', 'sofia@nordic.example');
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Company').fill('Nordic Design');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'People', exact: true }).last().click();
  const row = page.getByRole('row').filter({ hasText: 'Sofia Lindqvist' });
  await expect(row).toContainText('Nordic Design');
  const box = await row.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(420);
});
