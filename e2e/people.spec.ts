import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc, rpcEach } from './support/rpc';

async function addPerson(page: Page, person: { name: string; addressAs?: string; email?: string; company?: string }) {
  await page.getByLabel('Full name').fill(person.name);
  await page.getByLabel('How to address them').fill(person.addressAs ?? '');
  await page.getByLabel('Email').fill(person.email ?? '');
  await page.getByLabel('Company').fill(person.company ?? '');
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
  await expect(peopleRows(page)).toHaveCount(2); // no duplicate was created

  // Instead of a duplicate, the form offers the person who already has that address.
  await page.getByRole('link', { name: 'Open Ada Lovelace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
  await expect(page.getByText('ada@example.com')).toBeVisible();
});

test('after adding, a toast offers to open the new person', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Full name').fill('Grace Hopper');
  await page.getByLabel('Company').fill('US Navy');
  await page.getByRole('button', { name: 'Add person' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Added Grace Hopper' });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeVisible();
  await expect(page.getByText('US Navy').first()).toBeVisible();
});

test('search covers company, email and tags; headers sort in SQLite; archived people have their own view', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  await rpc(page, 'people.create', { fullName: 'Ada Lovelace', emails: ['ada@engine.example'], company: 'Analytical Engines', tags: ['mentor'] });
  await rpc(page, 'people.create', { fullName: 'Zed Zimmer', emails: ['zed@zoo.example'], company: 'Zoo Corp', tags: ['recruiter'] });
  const archived = await rpc(page, 'people.create', { fullName: 'Mira Archer', company: 'Old Co' });
  await rpc(page, 'people.archive', { id: archived.id });
  await expect(page.getByText('2 people')).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search people' });
  for (const [query, expected] of [['analytical', 'Ada Lovelace'], ['zoo.example', 'Zed Zimmer'], ['recruit', 'Zed Zimmer']] as const) {
    await search.fill(query);
    await expect(peopleRows(page)).toHaveCount(2);
    await expect(page.getByRole('rowheader', { name: expected })).toBeVisible();
  }
  await search.fill('nobody-like-this');
  await expect(page.getByText('Nobody matches “nobody-like-this”')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(peopleRows(page)).toHaveCount(3);

  const nameHeader = page.getByRole('columnheader', { name: 'Name' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(peopleRows(page).nth(1)).toContainText('Ada Lovelace');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(peopleRows(page).nth(1)).toContainText('Zed Zimmer');
  await page.getByRole('columnheader', { name: 'Company' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).not.toHaveAttribute('aria-sort');
  await expect(peopleRows(page).nth(1)).toContainText('Ada Lovelace');

  await page.getByRole('radio', { name: 'Archived' }).check();
  await expect(peopleRows(page)).toHaveCount(2);
  await expect(page.getByRole('rowheader', { name: 'Mira Archer' })).toBeVisible();
});

test('a long list is paged with "Show more"', async ({ app }) => {
  const { page } = app;
  // Seeded in one trip from a quiet screen: an open People list would read itself again after
  // every one of the 102 writes.
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await rpcEach(page, 'people.create', Array.from({ length: 102 }, (_, i) => ({ fullName: `Person ${String(i + 1).padStart(3, '0')}` })));
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  await expect(page.getByText('102 people')).toBeVisible();
  await expect(page.getByText('Showing 100 of 102')).toBeVisible();
  await expect(peopleRows(page)).toHaveCount(101);
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(peopleRows(page)).toHaveCount(103);
  await expect(page.getByRole('rowheader', { name: 'Person 102' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
});

test('what is typed for the next person while the last one is still saving is kept', async ({ app, target }) => {
  test.skip(target === 'electron', 'Holds the save back at the HTTP server, which only browser mode has; the form is the same in Electron.');
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  // The first save is held at the server until the next name has been typed.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/rpc/people.create', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByLabel('Full name').fill('Priya Raman');
  await page.getByLabel('Email').fill('priya@example.com');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('button', { name: 'Adding…' })).toBeDisabled();
  await page.getByLabel('Full name').fill('Marcus Chen');
  release();
  await expect(page.getByRole('rowheader', { name: 'Priya Raman' })).toBeVisible();
  // The name typed meanwhile stays; the email that was saved with Priya is cleared.
  await expect(page.getByLabel('Full name')).toHaveValue('Marcus Chen');
  await expect(page.getByLabel('Email')).toHaveValue('');
  await page.unroute('**/api/rpc/people.create');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('rowheader', { name: 'Marcus Chen' })).toBeVisible();
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

  // The same characters survive the person page and its edit form.
  await page.getByRole('link', { name: names[2], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: names[2], exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByLabel('Full name')).toHaveValue(names[2]!);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: names[2], exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'People', exact: true }).first().click();
  for (const name of names) await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
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

test('"nunez" finds "Núñez" and "zoe" finds "Zoë": in People, in the Log dialog’s picker and in the dashboard filter', async ({ app }) => {
  const { page } = app;
  const [zoe] = await rpcEach(page, 'people.create', [{ fullName: 'Zoë Núñez', company: 'Café Olé' }, { fullName: 'Marcus Lee' }]);
  await rpc(page, 'occasions.create', { kind: 'interview', title: 'Panel', startsAt: new Date(Date.now() - 3_600_000).toISOString(), participants: [{ personId: zoe!.id }] });

  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  const search = page.getByRole('searchbox', { name: 'Search people' });
  for (const typed of ['nunez', 'ZOE', 'cafe ole']) {
    await search.fill(typed);
    await expect(peopleRows(page)).toHaveCount(2);
    await expect(page.getByRole('rowheader', { name: 'Zoë Núñez', exact: true })).toBeVisible();
  }

  // The Log dialog offers the person who exists first, not only a new "zoe nunez".
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /Log an occasion/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an occasion' });
  await dialog.getByRole('combobox', { name: 'Who helped?' }).fill('zoe nunez');
  await expect(dialog.getByRole('listbox', { name: 'Matching people' }).getByRole('option', { selected: true })).toContainText('Zoë Núñez');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('searchbox', { name: 'Filter by person, company or occasion' }).fill('nunez');
  await expect(page.locator('[data-outstanding-row]')).toHaveCount(1);
  await expect(page.locator('[data-outstanding-row]')).toContainText('Zoë Núñez');
});
