import fs from 'node:fs';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';
import { parseCalendar, parseVCards } from '../main/backend/imports';

// Exports as a user gets them: the button, the browser's download (the desktop app's is the same
// Chromium download with a save dialog), and the file read back by our own importers.

test('a person, everyone, and an occasion are exported as files other programs read', async ({ app }) => {
  const { page } = app;
  const priya = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya@example.com'], company: 'Northwind & Co', title: 'EM #2' });
  await rpc(page, 'people.create', { fullName: 'Zoë Núñez', emails: ['zoe@example.org'] });
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    title: 'Panel: 50% + bonus?',
    startsAt: '2026-12-01T15:00:00.000Z',
    endsAt: '2026-12-01T16:00:00.000Z',
    participants: [{ personId: priya.id }],
  });

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('link', { name: 'Priya Raman' }).click();
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .vcf' }).click();
  let file = await download;
  expect(file.suggestedFilename()).toBe('Priya Raman.vcf');
  const one = parseVCards(fs.readFileSync(await file.path())).cards;
  expect(one).toEqual([expect.objectContaining({ fullName: 'Priya Raman', emails: ['priya@example.com'], company: 'Northwind & Co', title: 'EM #2' })]);
  await expect(page.getByText('Exported their contact card as “Priya Raman.vcf”.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' }).click();
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all (.vcf)' }).click();
  file = await download;
  expect(file.suggestedFilename()).toMatch(/^Thankful contacts \d{4}-\d{2}-\d{2}\.vcf$/u);
  expect(parseVCards(fs.readFileSync(await file.path())).cards.map((c) => c.fullName)).toEqual(['Priya Raman', 'Zoë Núñez']);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Occasions' }).click();
  await page.getByRole('link', { name: /Panel: 50% \+ bonus\?/ }).click();
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar' }).click();
  file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/u);
  const [event] = parseCalendar(fs.readFileSync(await file.path()), { self: [] }).events;
  expect(event).toMatchObject({ uid: `thankful-occasion-${occasion.id}@thankful.invalid`, summary: 'Panel: 50% + bonus?', start: '2026-12-01T15:00:00.000Z', end: '2026-12-01T16:00:00.000Z' });
});
