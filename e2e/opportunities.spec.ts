import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

const openOpportunities = (page: Page) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Opportunities' }).click();
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

test('a bad link is explained at the Link field, nothing typed is lost, and the fixed opportunity is saved', async ({ app }) => {
  const { page } = app;
  await openOpportunities(page);
  await expect(page.getByText('No opportunities yet')).toBeVisible();
  await expect(page.getByText('An opportunity is a job you are applying for')).toBeVisible();

  await page.getByRole('button', { name: 'New opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New opportunity' });
  await expect(dialog.getByLabel('Company')).toBeFocused();
  await dialog.getByLabel('Company').fill('Acme Robotics & Co');
  await dialog.getByLabel('Role').fill('Product Designer');
  await dialog.getByLabel('Link').fill('htp:/acme');
  await dialog.getByLabel('Stage').selectOption('interviewing');
  await dialog.getByLabel('Notes').fill('Recruiter: Dana.\nNext: panel.');
  await dialog.getByRole('button', { name: 'Add opportunity' }).click();

  const link = dialog.getByLabel('Link');
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await expect(link).toHaveAccessibleDescription('Link must be a web address like https://example.com/…');
  await expect(link).toBeFocused();
  await expect(link).toHaveValue('htp:/acme');
  await expect(dialog.getByLabel('Company')).toHaveValue('Acme Robotics & Co');
  await expect(dialog.getByLabel('Role')).toHaveValue('Product Designer');
  await expect(dialog.getByLabel('Stage')).toHaveValue('interviewing');
  await expect(dialog.getByLabel('Notes')).toHaveValue('Recruiter: Dana.\nNext: panel.');

  // A bare address is fine: the backend puts https:// in front.
  await link.fill('jobs.acme.example/123');
  await expect(link).toHaveAttribute('aria-invalid', 'false');
  await dialog.getByRole('button', { name: 'Add opportunity' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Added Product Designer at Acme Robotics & Co.' })).toBeVisible();

  const row = page.getByRole('row').filter({ hasText: 'Acme Robotics & Co' });
  await expect(row).toContainText('Product Designer');
  await expect(row).toContainText('Interviewing');

  await row.getByRole('link', { name: 'Acme Robotics & Co' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Product Designer at Acme Robotics & Co');
  const posting = page.getByRole('link', { name: /jobs\.acme\.example\/123/u });
  await expect(posting).toHaveAttribute('href', 'https://jobs.acme.example/123');
  await expect(posting).toHaveAttribute('target', '_blank');
  await expect(posting).toHaveAttribute('rel', 'noreferrer');
  await expect(page.getByText('Next: panel.')).toBeVisible();
});

test('the stage changes from the page at once, and the list filters by stage', async ({ app }) => {
  const { page } = app;
  const { id } = await rpc(page, 'opportunities.create', { company: 'Globex', role: 'Design Lead' });
  await page.goto(`${page.url().replace(/#.*$/u, '')}#/opportunities/${id}`);

  const stage = page.getByRole('combobox', { name: 'Stage' });
  await expect(stage).toHaveValue('applied');
  await stage.selectOption('interviewing');
  await expect(page.getByRole('status').filter({ hasText: 'Stage changed to Interviewing.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('interviewing');

  await page.getByRole('link', { name: 'Opportunities' }).first().click();
  const filters = page.getByRole('group', { name: 'Filter by stage' });
  await filters.getByRole('button', { name: 'Offer' }).click();
  await expect(page.getByText('No opportunities at the “Offer” stage.')).toBeVisible();
  await filters.getByRole('button', { name: 'Interviewing' }).click();
  await expect(filters.getByRole('button', { name: 'Interviewing' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('row').filter({ hasText: 'Globex' })).toContainText('Interviewing');
  await expect(page.getByText('1 opportunity')).toBeVisible();
});

test('an occasion logged from the page belongs to the opportunity', async ({ app }) => {
  const { page } = app;
  const { id } = await rpc(page, 'opportunities.create', { company: 'Umbrella', role: 'Researcher' });
  const person = await rpc(page, 'people.create', { fullName: 'Ana Lima' });
  await page.goto(`${page.url().replace(/#.*$/u, '')}#/opportunities/${id}`);

  await page.getByRole('button', { name: 'Log an occasion for this opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an occasion' });
  await expect(dialog.getByLabel('Opportunity')).toHaveValue(String(id));
  await dialog.getByRole('combobox', { name: 'Who helped?' }).fill('Ana Lima');
  await dialog.getByRole('option', { name: 'Ana Lima', exact: true }).click();
  await dialog.getByRole('button', { name: /^Log occasion/u }).click();
  await expect(dialog).toBeHidden();

  const occasions = page.getByRole('region', { name: 'Occasions' });
  await expect(occasions.getByRole('link', { name: /Interview with Ana Lima/u })).toBeVisible();
  expect((await rpc(page, 'opportunities.get', { id })).occasions.map((o) => o.people)).toEqual([[person.fullName]]);
});

test('the page lists the occasions that belong to it and who still needs thanks; deleting it keeps them', async ({ app }) => {
  const { page } = app;
  const { id } = await rpc(page, 'opportunities.create', { company: 'Initech', role: 'UX Researcher', stage: 'interviewing' });
  const panel = await rpc(page, 'occasions.create', {
    kind: 'interview',
    interviewFormat: 'panel',
    title: 'Final round',
    startsAt: hoursAgo(30),
    opportunityId: id,
    participants: [{ newPerson: { fullName: 'Priya Raman', email: 'priya@example.com' } }, { newPerson: { fullName: 'Zoë Ångström' } }],
  });
  await rpc(page, 'occasions.create', { kind: 'mentoring', title: 'Coffee with a mentor', startsAt: hoursAgo(2), participants: [{ newPerson: { fullName: 'Grace Hopper' } }] });

  await openOpportunities(page);
  const row = page.getByRole('row').filter({ hasText: 'Initech' });
  await expect(row).toContainText('Occasions: 1');
  await expect(row).toContainText('Still to thank: 2');
  await row.getByRole('link', { name: 'Initech' }).click();

  const occasions = page.getByRole('region', { name: 'Occasions' });
  await expect(occasions.getByRole('link')).toHaveCount(1);
  const occasionLink = occasions.getByRole('link', { name: /Final round/u });
  await expect(occasionLink).toHaveAttribute('href', `#/occasions/${panel.id}`);
  await expect(occasionLink).toContainText('0 of 2 thanked');
  await expect(occasions).not.toContainText('Coffee with a mentor');

  const waiting = page.getByRole('region', { name: 'Who still needs thanks' });
  const priya = panel.participants.find((p) => p.fullName === 'Priya Raman')!;
  await expect(waiting.getByRole('link', { name: 'Priya Raman' })).toHaveAttribute('href', `#/people/${priya.personId}`);
  await expect(waiting.getByRole('link', { name: 'Zoë Ångström' })).toBeVisible();
  // The panel ended more than 24 hours ago: both thank-yous are overdue.
  await expect(waiting.getByText(/Overdue/u)).toHaveCount(2);

  // Thanking Priya elsewhere (another window, the API) updates the page without a reload.
  await rpc(page, 'thanks.markSent', { id: priya.thankYou!.id, sentAt: hoursAgo(1), channel: 'email' });
  await expect(waiting.getByRole('link', { name: 'Priya Raman' })).toBeHidden();
  await expect(occasionLink).toContainText('1 of 2 thanked');

  // Delete is in the page's "More actions" menu; the question starts on Cancel, the safe choice.
  await page.getByRole('button', { name: 'More actions', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Delete opportunity…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this opportunity?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(confirm).toContainText('Its occasion stays');
  await confirm.getByRole('button', { name: 'Delete opportunity' }).click();
  await expect(page.getByText('No opportunities yet')).toBeVisible();
  const kept = await rpc(page, 'occasions.get', { id: panel.id });
  expect(kept).toMatchObject({ title: 'Final round', opportunityId: null });
});
