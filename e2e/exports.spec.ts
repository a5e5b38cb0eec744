import fs from 'node:fs';
import type { Download } from '@playwright/test';
import ICAL from 'ical.js';
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
  await page.getByRole('button', { name: 'Add to calendar', exact: true }).click();
  file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/u);
  const [event] = parseCalendar(fs.readFileSync(await file.path()), { self: [] }).events;
  expect(event).toMatchObject({ uid: `thankful-occasion-${occasion.id}@thankful.invalid`, summary: 'Panel: 50% + bonus?', start: '2026-12-01T15:00:00.000Z', end: '2026-12-01T16:00:00.000Z' });
});

/** The events in a downloaded .ics, as ical.js reads them, with each one's alarm (seconds from its start). */
function icalEvents(text: string): { uid: string; summary: string; start: string; end: string; alarm: number | null }[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const trigger = component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as ICAL.Duration | undefined;
    return { uid: event.uid, summary: event.summary, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString(), alarm: trigger ? trigger.toSeconds() : null };
  });
}

test('a thank-you’s due time and its follow-up are added to the calendar as events with an alarm; so is everything upcoming', async ({ app }) => {
  const { page } = app;
  const HOUR = 3_600_000;
  // Whole seconds: calendar times have no milliseconds.
  const now = Math.floor(Date.now() / 1000) * 1000;
  const priya = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya@example.com'], company: 'Northwind' });
  const tom = await rpc(page, 'people.create', { fullName: 'Tom Ng', phone: '+1 555 0100' });
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    title: 'Panel at Northwind',
    startsAt: new Date(now - 2 * HOUR).toISOString(),
    endsAt: new Date(now - HOUR).toISOString(),
    discussionPoints: ['Scaling the billing service'],
    participants: [{ personId: priya.id }, { personId: tom.id }],
  });
  const [priyaTy, tomTy] = occasion.participants.map((p) => p.thankYou!);
  const followAt = new Date(now + 5 * HOUR).toISOString();
  await rpc(page, 'thanks.markSent', { id: tomTy!.id, sentAt: new Date(now - 60_000).toISOString(), channel: 'email', followUp: { text: 'call about the team', dueAt: followAt } });
  const due = Date.parse(priyaTy!.dueAt);
  const read = async (download: Promise<Download>) => {
    const file = await download;
    const bytes = fs.readFileSync(await file.path());
    return { name: file.suggestedFilename(), ours: parseCalendar(bytes, { self: [] }).events, ical: icalEvents(bytes.toString('utf8')) };
  };

  // The note's editor: "Add to calendar" under the due time.
  await page.goto(page.url().replace(/#.*$/u, `#/thanks/${priyaTy!.id}`));
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar', exact: true }).click();
  let file = await read(download);
  expect(file.name).toMatch(/^Thank Priya Raman \d{4}-\d{2}-\d{2}\.ics$/u);
  const dueEvent = { uid: `thankful-thank-you-${priyaTy!.id}-due@thankful.invalid`, summary: 'Thank Priya Raman (Interview · Northwind)', start: new Date(due - HOUR / 2).toISOString(), end: new Date(due).toISOString() };
  expect(file.ours).toEqual([expect.objectContaining(dueEvent)]);
  // The default reminder lead (4 hours before the due time), from the start half an hour before it.
  expect(file.ical).toEqual([{ ...dueEvent, alarm: -(4 * 3600 - 1800) }]);
  await expect(page.getByText(`Exported the calendar event as “${file.name}”.`)).toBeVisible();

  // The occasion page: the same event from the row, and the follow-up from Tom's.
  await page.goto(page.url().replace(/#.*$/u, `#/occasions/${occasion.id}`));
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar: thank-you to Priya Raman' }).click();
  expect((await read(download)).ical).toEqual([{ ...dueEvent, alarm: -(4 * 3600 - 1800) }]);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar: follow-up with Tom Ng' }).click();
  file = await read(download);
  const followEvent = { uid: `thankful-thank-you-${tomTy!.id}-follow-up@thankful.invalid`, summary: 'Follow up with Tom Ng: call about the team', start: followAt, end: new Date(Date.parse(followAt) + HOUR / 4).toISOString() };
  expect(file.name).toMatch(/^Follow up with Tom Ng \d{4}-\d{2}-\d{2}\.ics$/u);
  expect(file.ours).toEqual([expect.objectContaining(followEvent)]);
  expect(file.ical).toEqual([{ ...followEvent, alarm: -15 * 60 }]);

  // The dashboard: the follow-up's icon button, and everything upcoming in one file.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dashboard' }).click();
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar: call about the team with Tom Ng' }).click();
  expect((await read(download)).ical).toEqual([{ ...followEvent, alarm: -15 * 60 }]);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add upcoming to calendar (.ics)' }).click();
  file = await read(download);
  expect(file.name).toMatch(/^Thankful upcoming \d{4}-\d{2}-\d{2}\.ics$/u);
  expect(file.ical).toEqual([
    { ...followEvent, alarm: -15 * 60 },
    { ...dueEvent, alarm: -(4 * 3600 - 1800) },
  ]);
  expect(file.ours.map((event) => event.uid)).toEqual([followEvent.uid, dueEvent.uid]);
  await expect(page.getByText(`Exported 2 calendar events as “${file.name}”.`)).toBeVisible();
});

test('with nothing ahead, the upcoming export says so where it was asked for', async ({ app }) => {
  const { page } = app;
  const ended = Date.now() - 30 * 3_600_000;
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    startsAt: new Date(ended - 3_600_000).toISOString(),
    endsAt: new Date(ended).toISOString(),
    participants: [{ newPerson: { fullName: 'Ana Lima' } }],
  });
  await page.reload();
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Add upcoming to calendar (.ics)' }).click();
  await expect(page.getByText(/^There is nothing upcoming to add/u)).toBeVisible();
  expect(downloaded).toBe(false);
  // An overdue note offers no "Add to calendar": its event would be in the past.
  await page.goto(page.url().replace(/#.*$/u, `#/occasions/${occasion.id}`));
  await page.getByRole('button', { name: /^More actions for /u }).first().click();
  await expect(page.getByRole('menuitem', { name: 'Change due time…' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Add to calendar: thank-you/u })).toHaveCount(0);
});
