import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

// People from LinkedIn's Connections.csv and from .vcf files, as a user does it: the file
// dropped on the window or chosen in the file dialog (real File objects in real Chromium), the
// preview, choices per row and for all, the import, and Undo; checked in the real backend.

test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

const SAMPLES = path.resolve('main/backend/imports/samples/shared');
const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name));

async function dropFile(page: Page, name: string, content: Buffer, type = '') {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, bytes, mime]) => {
      const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (parts: unknown[], name: string, o: { type: string }) => unknown };
      const transfer = new g.DataTransfer();
      transfer.items.add(new g.File([new Uint8Array(bytes)], fileName, { type: mime }));
      return transfer;
    },
    [name, [...content], type] as const,
  );
  for (const kind of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', kind, { dataTransfer });
}

const names = async (page: Page) => (await rpc(page, 'people.list', { sort: 'name' })).items.map((p) => p.fullName);

test('LinkedIn connections dropped on the window: preview, merge the conflicting one, import, then Undo puts everything back', async ({ app }) => {
  const { page } = app;
  const priya = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya.raman@example.com'], company: 'Old Co' });
  await rpc(page, 'people.create', { fullName: 'Tomás Ortega', linkedinUrl: 'https://www.linkedin.com/in/TomasOrtega/' });

  await dropFile(page, 'Connections.csv', sample('linkedin-connections.csv'), 'text/csv');
  const dialog = page.getByRole('dialog', { name: 'Import people' });
  await expect(dialog.getByText(/Read 6 people from/)).toBeVisible();
  const filters = dialog.getByRole('radiogroup', { name: 'Show' });
  await expect(filters.getByRole('radio', { name: /^New 4/ })).toBeVisible();
  await expect(filters.getByRole('radio', { name: /^Matching 1/ })).toBeVisible();
  await expect(filters.getByRole('radio', { name: /^Conflicting 1/ })).toBeVisible();

  // Priya matches by email, with another company: skipped unless the user merges.
  const priyaRow = dialog.locator('.import-row').filter({ hasText: 'Priya Raman' });
  await expect(priyaRow).toContainText('Matches Priya Raman by email');
  await expect(priyaRow).toContainText('Company: Old Co → Northwind Traders, Inc.');
  await expect(priyaRow.getByRole('combobox')).toHaveValue('skip');
  // Tomás matches by his LinkedIn profile (another case, a trailing slash): merged by default.
  await expect(dialog.locator('.import-row').filter({ hasText: 'Tomás Ortega' })).toContainText('by LinkedIn profile');
  await expect(dialog.getByText('4 to add, 1 to merge, 1 to skip.')).toBeVisible();

  await filters.getByText('Conflicting').click();
  await expect(dialog.locator('.import-row')).toHaveCount(1);
  await dialog.getByRole('group', { name: 'For all shown' }).getByRole('button', { name: 'Merge' }).click();
  await expect(priyaRow.getByRole('combobox')).toHaveValue('merge');
  await expect(dialog.getByText('4 to add, 2 to merge, 0 to skip.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 6 people' }).click();
  await expect(dialog).toBeHidden();
  const summary = page.getByRole('status').filter({ hasText: 'Imported: added 4 people and merged 2 into people you had.' });
  await expect(summary).toBeVisible();

  expect(await names(page)).toEqual(['Aiko Tanaka 田中', 'Dana O"Neil', 'Lena Fischer', 'Priya Raman', 'Tomás Ortega', 'Youssef حداد']);
  const merged = await rpc(page, 'people.get', { id: priya.id });
  expect(merged).toMatchObject({ company: 'Northwind Traders, Inc.', title: 'Engineering Manager', connectedOn: '2026-11-03', linkedinUrl: 'https://www.linkedin.com/in/priya-raman-42' });

  // The person's page shows when they connected.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('link', { name: 'Priya Raman' }).click();
  await expect(page.getByText('Tuesday, November 3, 2026')).toBeVisible();

  await summary.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: removed 4 people and restored 2 people as they were.' })).toBeVisible();
  expect(await names(page)).toEqual(['Priya Raman', 'Tomás Ortega']);
  expect(await rpc(page, 'people.get', { id: priya.id })).toMatchObject({ company: 'Old Co', title: '', connectedOn: null });
});

test('a .vcf chosen in the file dialog from the People screen: a known person merged, a new one added; a broken file is refused and nothing is written', async ({ app }) => {
  const { page } = app;
  await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya.r@example.net'] });
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Import people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import people' });

  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles({ name: 'broken.vcf', mimeType: 'text/vcard', buffer: Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nEND:VCARD\r\n') });
  await expect(dialog.getByRole('alert')).toBeVisible();
  expect(await names(page)).toEqual(['Priya Raman']);

  const again = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await again).setFiles({ name: 'Contacts.vcf', mimeType: 'text/vcard', buffer: sample('contacts-apple-v3.vcf') });
  await expect(dialog.getByText(/Read 2 people from/)).toBeVisible();
  await expect(dialog.locator('.import-row').filter({ hasText: 'Priya Raman' })).toContainText('by email');
  await dialog.getByRole('button', { name: /^Import \d/ }).click();
  await expect(dialog).toBeHidden();
  expect(await names(page)).toEqual(['Dr. Chidi Okafor', 'Priya Raman']);
  const list = await rpc(page, 'people.list', { sort: 'name' });
  const priya = await rpc(page, 'people.get', { id: list.items[1]!.id });
  // The address she had stays first; the file's are added.
  expect(priya.emails).toEqual(['priya.r@example.net', 'priya.raman@example.com']);
  // The People list shows them without a reload.
  await expect(page.getByRole('link', { name: 'Dr. Chidi Okafor' })).toBeVisible();

  // Undo: Chidi goes again, Priya has only the address she had.
  await page.getByRole('status').filter({ hasText: /^Imported:/ }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: removed 1 person and restored 1 person as they were.' })).toBeVisible();
  expect(await names(page)).toEqual(['Priya Raman']);
  expect((await rpc(page, 'people.get', { id: priya.id })).emails).toEqual(['priya.r@example.net']);
  await expect(page.getByRole('link', { name: 'Dr. Chidi Okafor' })).toBeHidden();
});
