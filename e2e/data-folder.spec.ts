import { expect, test } from './support/app-fixture';
import { startServer } from './support/server-process';

test('a second Thankful on the same data folder says which one has it open, and writes nothing', async ({ app, browser }) => {
  const { page, dataDir } = app;
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  // `npm run serve` started while the app (desktop or browser mode) has the folder open.
  const second = await startServer(dataDir);
  try {
    const other = await browser.newPage();
    await other.goto(second.url);
    await expect(other.getByRole('heading', { name: 'Thankful is already open with this data' })).toBeVisible();
    await expect(other.getByText(/Thankful is already open with the data folder .+: (the desktop app|browser mode \(npm run serve\)), process \d+ since /u)).toBeVisible();
    await expect(other.getByText('Use the Thankful that is already open, or close it and then start this one again.')).toBeVisible();
    await other.close();
  } finally {
    await second.stop();
  }
  // The first one goes on working.
  await page.getByRole('link', { name: 'People', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
});
