import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/app-fixture';

// Issue 12, item 3: a data file deleted while the app is open stops every write, and the app says so.
test('the data file deleted mid-session: the next save is refused and the app shows why instead of its screens', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Full name').fill('Priya Raman');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Priya Raman' })).toBeVisible();

  const file = path.join(app.dataDir, 'thankful.sqlite3');
  fs.unlinkSync(file);
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Add person' }).click();

  await expect(page.getByRole('heading', { name: 'Thankful’s data file was moved while Thankful was open' })).toBeVisible();
  await expect(page.getByText(/Nothing was saved\. Quit Thankful and put the file back/u)).toBeVisible();
  await expect(page.getByText(file).first()).toBeVisible();
  expect(fs.existsSync(file)).toBe(false);
});
