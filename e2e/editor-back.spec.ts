import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

const HOUR = 3_600_000;

const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);
const backLink = (page: Page) => page.locator('.back-link');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** An interview with Priya (a note to write) and, earlier, a sent note to Marcus. */
async function seed(page: Page) {
  await rpc(page, 'settings.update', { yourName: 'Sam Lee' });
  const priya = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya@northwind.example'] });
  const marcus = await rpc(page, 'people.create', { fullName: 'Marcus Chen', emails: ['marcus@northwind.example'] });
  const interview = await rpc(page, 'occasions.create', {
    kind: 'interview',
    title: 'Interview at Northwind',
    startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    participants: [{ personId: priya.id }],
  });
  const earlier = await rpc(page, 'occasions.create', {
    kind: 'interview',
    title: 'Chat with Marcus',
    startsAt: new Date(Date.now() - 30 * HOUR).toISOString(),
    participants: [{ personId: marcus.id }],
  });
  const sentId = earlier.participants[0]!.thankYou!.id;
  await rpc(page, 'thanks.saveDraft', { id: sentId, subject: 'Thank you', body: 'Dear Marcus,\n\nThank you for the chat.\n\nSam', recipient: null, draftRevision: 0 });
  await rpc(page, 'thanks.markSent', { id: sentId, sentAt: new Date(Date.now() - HOUR).toISOString(), channel: 'email' });
  return { occasionId: interview.id, noteId: interview.participants[0]!.thankYou!.id, sentId };
}

test('Back from a note opened on an occasion page returns to that occasion page, also after jumping to another note', async ({ app }) => {
  const { page } = app;
  const { occasionId, noteId, sentId } = await seed(page);
  await goTo(page, `/occasions/${occasionId}`);
  await page.getByRole('link', { name: 'Write note to Priya Raman' }).click();
  await expect(heading(page)).toHaveText('Thank-you to Priya Raman');
  await expect(backLink(page)).toHaveText('Occasion');
  await backLink(page).click();
  await expect(page).toHaveURL(new RegExp(`#/occasions/${occasionId}$`, 'u'));

  // From the occasion to Priya's note, then straight to a sent note (a link from elsewhere):
  // Back leads to the occasion, not through Priya's note.
  await page.getByRole('link', { name: 'Write note to Priya Raman' }).click();
  await expect(page).toHaveURL(new RegExp(`#/thanks/${noteId}$`, 'u'));
  await goTo(page, `/thanks/${sentId}`);
  await expect(heading(page)).toHaveText('Thank-you to Marcus Chen');
  await expect(backLink(page)).toHaveText('Occasion');
  await backLink(page).click();
  await expect(page).toHaveURL(new RegExp(`#/occasions/${occasionId}$`, 'u'));
  await expect(heading(page)).toContainText('Interview at Northwind');
});

test('Back from a note opened on the dashboard returns to the dashboard; a note opened directly leads to the dashboard', async ({ app }) => {
  const { page } = app;
  const { sentId } = await seed(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('button', { name: 'Write note to Priya Raman' }).click();
  await expect(heading(page)).toHaveText('Thank-you to Priya Raman');
  await expect(backLink(page)).toHaveText('Dashboard');
  await backLink(page).click();
  await expect(page).toHaveURL(/#\/dashboard$/u);

  // A fresh window opened on a sent note: nothing to go back to but the dashboard.
  const fresh = await page.context().newPage();
  await fresh.goto(`${page.url().replace(/#.*$/u, '')}#/thanks/${sentId}`);
  await expect(heading(fresh)).toHaveText('Thank-you to Marcus Chen');
  await expect(backLink(fresh)).toHaveText('Dashboard');
  await backLink(fresh).click();
  await expect(fresh).toHaveURL(/#\/dashboard$/u);
});
