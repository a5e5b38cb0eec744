import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

/**
 * A data folder whose data file cannot be read, with a good backup beside it: the backup is made
 * by the real app on another folder, then copied into `backups/`, and a copy of it with pages in
 * the middle overwritten (as a failing disk would) becomes the data file.
 */
test('a damaged data file at start: the error screen lists the backups, and restoring one starts the app with its data', async ({ app, launch }) => {
  const ada = await rpc(app.page, 'people.create', { fullName: 'Ada Lovelace' });
  const backup = await rpc(app.page, 'backups.create', {});
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thankful-e2e-damaged-'));
  try {
    fs.mkdirSync(path.join(dataDir, 'backups'), { mode: 0o700 });
    const good = fs.readFileSync(path.join(app.dataDir, 'backups', backup.fileName));
    fs.writeFileSync(path.join(dataDir, 'backups', backup.fileName), good, { mode: 0o600 });
    const damaged = Buffer.from(good);
    damaged.fill(0x5a, 4096 * 2, Math.min(damaged.length, 4096 * 40));
    fs.writeFileSync(path.join(dataDir, 'thankful.sqlite3'), damaged, { mode: 0o600 });

    const { page } = await launch(dataDir);
    await expect(page.getByRole('heading', { name: 'Thankful’s data file cannot be read' })).toBeVisible();
    const card = page.locator('.backups-card');
    await expect(card.getByRole('heading', { name: 'Restore from a backup' })).toBeVisible();
    // Nothing to back up here: only restoring.
    await expect(card.getByRole('button', { name: 'Back up now' })).toHaveCount(0);
    await expect(card.getByRole('button', { name: 'Restore from a file…' })).toBeVisible();
    await expect(card.getByRole('listitem')).toHaveCount(1);

    await card.getByRole('button', { name: /Restore the backup of/u }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore your data?' });
    await expect(dialog).toContainText('The unreadable data file is moved aside');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();

    // The page reloads and the app starts on the restored data, saying where the damaged file went.
    await expect(page.getByRole('status').filter({ hasText: /moved aside as “thankful\.sqlite3\.unreadable-.+Z”/u })).toBeVisible();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Ada Lovelace' })).toBeVisible();
    expect((await rpc(page, 'people.list', {})).items.map((person) => person.id)).toEqual([ada.id]);

    const aside = fs.readdirSync(dataDir).filter((name) => name.startsWith('thankful.sqlite3.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, aside[0]!))).toEqual(damaged);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
