import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';

async function addPerson(page: Page, person: { name: string; addressAs?: string; email?: string }) {
  await page.getByLabel('Full name').fill(person.name);
  await page.getByLabel('How to address them').fill(person.addressAs ?? '');
  await page.getByLabel('Email').fill(person.email ?? '');
  await page.getByRole('button', { name: 'Add person' }).click();
}

const peopleRows = (page: Page) => page.getByRole('table').getByRole('row');

test('the shell offers Dashboard, People, Occasions and Settings', async ({ app }) => {
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const section of ['Dashboard', 'People', 'Occasions', 'Settings']) {
    await nav.getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
  }
  await expect(page.getByText(app.dataDir, { exact: false }).first()).toBeVisible();
});

test('a person added through the UI is stored and still there after a reload and a restart', async ({ app }) => {
  let { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  await expect(page.getByText('No one here yet')).toBeVisible();

  await addPerson(page, { name: 'Priya Raman', email: 'priya@example.com' });
  await expect(peopleRows(page).filter({ hasText: 'Priya Raman' })).toContainText('priya@example.com');
  await expect(page.getByLabel('Full name')).toHaveValue('');
  await expect(page.getByLabel('Full name')).toBeFocused();

  await page.reload();
  await expect(peopleRows(page).filter({ hasText: 'Priya Raman' })).toContainText('Priya');

  page = await app.restart();
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  await expect(peopleRows(page).filter({ hasText: 'Priya Raman' })).toContainText('priya@example.com');
  await expect(page.getByText('1 person')).toBeVisible();
});

test('an invalid email is explained next to the field and nothing typed is lost', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  await addPerson(page, { name: 'Sam O’Brien & Co', addressAs: 'Sam', email: 'sam@@example' });

  const email = page.getByLabel('Email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.');
  await expect(email).toBeFocused();
  await expect(email).toHaveValue('sam@@example');
  await expect(page.getByLabel('Full name')).toHaveValue('Sam O’Brien & Co');
  await expect(page.getByLabel('How to address them')).toHaveValue('Sam');
  await expect(page.getByText('No one here yet')).toBeVisible();

  // Fixing the address saves the person with everything else as typed.
  await email.fill('sam+jobs@example.com');
  await expect(email).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(peopleRows(page).filter({ hasText: 'Sam O’Brien & Co' })).toContainText('sam+jobs@example.com');
});

test('an empty name and a duplicate email are refused at their fields', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  await addPerson(page, { name: '   ', email: 'ada@example.com' });
  await expect(page.getByLabel('Full name')).toHaveAccessibleDescription('Enter the person’s name.');
  await expect(page.getByLabel('Email')).toHaveValue('ada@example.com');

  await addPerson(page, { name: 'Ada Lovelace', email: 'ada@example.com' });
  await expect(peopleRows(page)).toHaveCount(2); // header + Ada
  await addPerson(page, { name: 'Augusta Ada King', email: 'ADA@example.com' });
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription('Already used by Ada Lovelace.');
  await expect(page.getByLabel('Full name')).toHaveValue('Augusta Ada King');
});

test('names in any script and with URL-special characters round-trip exactly', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  const names = ['يوسف الحسيني', 'Zoë 🎉 Ångström', `A & B ? C # D % E + F ' G "H"`];
  for (const name of names) await addPerson(page, { name });
  for (const name of names) await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search people' }).fill('% E +');
  await expect(peopleRows(page)).toHaveCount(2);
  await expect(page.getByRole('rowheader', { name: names[2], exact: true })).toBeVisible();
});

test('a damaged data file shows an explanation instead of the app, and is left untouched', async ({ launch }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thankful-e2e-damaged-'));
  const file = path.join(dataDir, 'thankful.sqlite3');
  fs.writeFileSync(file, 'not a database '.repeat(500));
  const { page } = await launch(dataDir);
  await expect(page.getByRole('heading', { name: 'Thankful’s data file cannot be read' })).toBeVisible();
  await expect(page.getByText(file).first()).toBeVisible();
  expect(fs.readFileSync(file, 'utf8')).toBe('not a database '.repeat(500));
  fs.rmSync(dataDir, { recursive: true, force: true });
});
