import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

const HOUR = 3_600_000;
const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);

/** Nothing is wider than the window: neither the page nor the scrolling content area. */
async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { documentElement: Sized; querySelector(selector: string): Sized | null } }).document;
    type Sized = { scrollWidth: number; clientWidth: number };
    const content = doc.querySelector('.content');
    return { page: [doc.documentElement.scrollWidth, doc.documentElement.clientWidth], content: content ? [content.scrollWidth, content.clientWidth] : [0, 0] };
  });
  expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1]!);
  expect(widths.content[0]).toBeLessThanOrEqual(widths.content[1]!);
}

/** The whole of it is inside the window, nothing cut off at either side. */
async function expectInside(locator: Locator) {
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
}

test.use({ viewport: { width: 320, height: 720 } });

test('at 320 px the occasion, person and opportunity pages and the Log dialog fit, with names whole', async ({ app }) => {
  const { page } = app;
  const opportunity = await rpc(page, 'opportunities.create', { company: 'Northwind Traders International', role: 'Senior Product Designer', stage: 'interviewing', link: 'https://jobs.example.com/northwind/senior-product-designer' });
  const priya = await rpc(page, 'people.create', { fullName: 'Priya Raman-Venkataraman', company: 'Northwind Traders', title: 'Head of Design', emails: ['priya.raman@northwind.example'] });
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    title: 'Final panel interview at Northwind Traders',
    startsAt: new Date(Date.now() - 30 * HOUR).toISOString(),
    endsAt: new Date(Date.now() - 29 * HOUR).toISOString(),
    location: 'Building 4, Room 12',
    opportunityId: opportunity.id,
    participants: [{ personId: priya.id }, { newPerson: { fullName: 'Jonas Weber' } }],
  });

  await goTo(page, `/occasions/${occasion.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Final panel interview at Northwind Traders' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  const row = page.getByRole('listitem', { name: 'Priya Raman-Venkataraman' });
  await expectInside(row.getByRole('link', { name: 'Priya Raman-Venkataraman', exact: true }));
  await expectInside(row.getByRole('link', { name: 'Write note to Priya Raman-Venkataraman' }));
  await expectInside(page.getByRole('button', { name: 'More actions', exact: true }));
  await row.getByRole('button', { name: /^More actions for /u }).click();
  await expectInside(row.getByRole('menu'));
  await page.keyboard.press('Escape');

  await goTo(page, `/people/${priya.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Raman-Venkataraman' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectInside(page.getByRole('heading', { level: 1 }));
  await expectInside(page.getByRole('button', { name: 'More actions', exact: true }));

  await goTo(page, `/opportunities/${opportunity.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Senior Product Designer at Northwind Traders International' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectInside(page.getByRole('region', { name: 'Who still needs thanks' }).getByRole('link', { name: 'Priya Raman-Venkataraman' }));

  // The Log dialog: its content no wider than its body.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /Log an occasion/u }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an occasion' });
  await expect(dialog).toBeVisible();
  const overflow = await dialog.evaluate((element) => {
    const body = (element as unknown as { querySelector(s: string): { scrollWidth: number; clientWidth: number } }).querySelector('.dialog-body');
    return [body.scrollWidth, body.clientWidth];
  });
  expect(overflow[0]).toBeLessThanOrEqual(overflow[1]!);
  await expectInside(dialog.getByRole('button', { name: 'Log occasion' }));
  await expectInside(dialog.getByRole('radio', { name: /Recommend/u }).locator('..'));
});
