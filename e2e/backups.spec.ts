import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

const openSettings = (page: Page) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
const backupsCard = (page: Page) => page.locator('.backups-card');

test('back up, change, restore: the old data comes back and what was there before is kept as a backup', async ({ app }) => {
  const { page } = app;
  const ada = await rpc(page, 'people.create', { fullName: 'Ada Lovelace', emails: ['ada@example.org'] });
  await openSettings(page);
  const card = backupsCard(page);
  await expect(card.getByText('No backup yet.')).toBeVisible();
  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Backed up/u })).toBeVisible();
  await expect(card.getByText(/Last backup:/u)).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveCount(1);

  // A change after the backup: renamed, and someone new.
  await rpc(page, 'people.update', { id: ada.id, revision: ada.revision, changes: { fullName: 'Ada Byron & Co ? # % +' } });
  await rpc(page, 'people.create', { fullName: 'Grace Hopper' });

  await card.getByRole('button', { name: /Restore the backup of/u }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore your data?' });
  await expect(dialog).toBeVisible();
  // The safe choice has the focus.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  // The app reloads on the restored data, then says from which file.
  await expect(page.getByRole('status').filter({ hasText: /Restored your data from “thankful-.*-manual\.sqlite3”/u })).toBeVisible();

  const people = await rpc(page, 'people.list', {});
  expect(people.items.map((person) => person.fullName)).toEqual(['Ada Lovelace']);
  const list = await rpc(page, 'backups.list', {});
  expect(list.items.map((backup) => backup.kind).sort()).toEqual(['before-restore', 'manual']);

  // The copy kept before the restore holds the changed data: restoring it brings that back.
  await openSettings(page);
  await backupsCard(page).getByRole('button', { name: /Restore the backup of/u }).first().click();
  await page.getByRole('dialog', { name: 'Restore your data?' }).getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Restored your data from “thankful-.*-before-restore\.sqlite3”/u })).toBeVisible();
  expect((await rpc(page, 'people.list', {})).items.map((person) => person.fullName).sort()).toEqual(['Ada Byron & Co ? # % +', 'Grace Hopper']);
});

test('a file that is not a Thankful data file is refused in the dialog and nothing changes', async ({ app }) => {
  const { page } = app;
  await rpc(page, 'people.create', { fullName: 'Zoë Ålund 🎉' });
  await openSettings(page);
  const chooser = page.waitForEvent('filechooser');
  await backupsCard(page).getByRole('button', { name: 'Restore from a file…' }).click();
  await (await chooser).setFiles({ name: 'notes.sqlite3', mimeType: 'application/octet-stream', buffer: Buffer.from('This is not a database, just text.') });
  const dialog = page.getByRole('dialog', { name: 'Restore your data?' });
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('notes.sqlite3');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await rpc(page, 'people.list', {})).items.map((person) => person.fullName)).toEqual(['Zoë Ålund 🎉']);
});

test('export everything, import into an empty data folder, export again: the same records', async ({ app, launch }) => {
  const { page } = app;
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    title: 'Panel at Northwind',
    startsAt: '2026-12-01T14:00:00Z',
    endsAt: '2026-12-01T15:00:00Z',
    discussionPoints: ['Latency budgets & caching'],
    participants: [{ newPerson: { fullName: 'Priya Raman', email: 'priya@northwind.example' } }, { newPerson: { fullName: 'مريم الحسيني' } }],
  });
  const thankYou = occasion.participants[0]!.thankYou!;
  await rpc(page, 'thanks.markSent', { id: thankYou.id, sentAt: '2026-12-01T20:00:00Z', channel: 'email' });

  await openSettings(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything (.zip)' }).click();
  const zipPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thankful-export-')), (await download).suggestedFilename());
  await (await download).saveAs(zipPath);
  expect(path.basename(zipPath)).toMatch(/^thankful-export-\d{4}-\d{2}-\d{2}\.zip$/u);
  const first = unzipSync(fs.readFileSync(zipPath));
  expect(Object.keys(first)).toEqual(expect.arrayContaining(['thankful.json', 'people.csv', 'people.vcf']));

  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thankful-e2e-import-'));
  const other = await launch(emptyDir);
  await openSettings(other.page);
  const chooser = other.page.waitForEvent('filechooser');
  await other.page.getByRole('button', { name: 'Import an export…' }).click();
  await (await chooser).setFiles(zipPath);
  await expect(other.page.getByRole('status').filter({ hasText: /Imported .*2 people/u })).toBeVisible();
  // Importing again is refused: the data folder is no longer empty.
  const again = other.page.waitForEvent('filechooser');
  await other.page.getByRole('button', { name: 'Import an export…' }).click();
  await (await again).setFiles(zipPath);
  await expect(other.page.locator('.full-export-card').getByRole('alert')).toContainText(/empty/u);

  const second = await rpc(other.page, 'fullExport.zip', {});
  const records = (files: Record<string, Uint8Array>) => {
    const json = JSON.parse(Buffer.from(files['thankful.json']!).toString('utf8')) as Record<string, unknown>;
    delete json.exportedAt;
    return json;
  };
  expect(records(unzipSync(Buffer.from(second.base64, 'base64')))).toEqual(records(first));
  fs.rmSync(emptyDir, { recursive: true, force: true });
});
