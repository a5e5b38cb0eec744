import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

// Calendar invites into occasions, as a user does it: an .ics dropped on the window (a real drop
// event carrying a real File, in real Chromium) or pasted, the preview, then the saved occasion
// read back from the real backend and SQLite file.

test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

const SAMPLES = path.resolve('main/backend/imports/samples/shared');
const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');
const HOUR = 3_600_000;

/** Drops a file on the window the way a file manager does: dragenter, dragover, then drop, with a DataTransfer holding it. */
async function dropFile(page: Page, name: string, content: string, type = '') {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, text, mime]) => {
      const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (parts: unknown[], name: string, o: { type: string }) => unknown };
      const transfer = new g.DataTransfer();
      transfer.items.add(new g.File([text], fileName, { type: mime }));
      return transfer;
    },
    [name, content, type] as const,
  );
  for (const kind of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', kind, { dataTransfer });
}

async function setMyAddress(page: Page, addresses: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your email addresses').fill(addresses);
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
}

test('a Google panel invite dropped on the window becomes an occasion with three thank-yous due 24 h after it ends; a second import moves them', async ({ app }) => {
  const { page } = app;
  await setMyAddress(page, 'sam.candidate@example.org');
  await expect(page.getByText('Saved your details.')).toBeVisible();
  const priya = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya.raman@example.com'], company: 'Northwind' });

  await dropFile(page, 'invite.ics', sample('interview-google.ics'), 'text/calendar');
  const dialog = page.getByRole('dialog', { name: 'Import a calendar invite' });
  await expect(dialog).toBeVisible();
  // In the user's zone (New York): 14:00–15:30 on Tuesday 1 December.
  await expect(dialog.getByText('Tuesday, December 1, 2026, 2:00 PM–3:30 PM')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveValue('Interview: Senior Platform Engineer – Sam Candidate');
  await expect(dialog.getByRole('radio', { name: 'Interview', exact: true })).toBeChecked();
  // Priya is known (matched by email); Marcus is new; the user, the room and the decliner are not there; the organizer is offered.
  const chips = dialog.locator('.participant-chip');
  await expect(chips).toHaveCount(2);
  await expect(chips.nth(0)).toContainText('Priya Raman');
  await expect(chips.nth(0).locator('.chip-new')).toHaveCount(0);
  await expect(chips.nth(1)).toContainText('Marcus Lee');
  await expect(chips.nth(1).locator('.chip-new')).toBeVisible();
  await expect(dialog.getByText(/Sam Candidate|Jo Park|Orion/)).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Panel' }).check();
  await dialog.getByRole('button', { name: /^Add Northwind Recruiting \(organizer\)$/u }).click();
  await expect(chips).toHaveCount(3);
  await expect(dialog.getByText('3 thank-yous will be due by')).toBeVisible();
  await dialog.getByRole('button', { name: /Import occasion/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /Logged “.?Interview: Senior Platform Engineer/ })).toBeVisible();

  const { items } = await rpc(page, 'occasions.list', {});
  expect(items).toHaveLength(1);
  const occasion = await rpc(page, 'occasions.get', { id: items[0]!.id });
  expect(occasion).toMatchObject({ interviewFormat: 'panel', startsAt: '2026-12-01T19:00:00.000Z', endsAt: '2026-12-01T20:30:00.000Z' });
  const end = Date.parse(occasion.endsAt);
  expect(occasion.participants.map((p) => [p.fullName, p.email, Date.parse(p.thankYou!.dueAt) - end])).toEqual([
    ['Priya Raman', 'priya.raman@example.com', 24 * HOUR],
    ['Marcus Lee', 'marcus.lee@northwind.example', 24 * HOUR],
    ['Northwind Recruiting', 'recruiting@northwind.example', 24 * HOUR],
  ]);
  expect(occasion.participants[0]!.personId).toBe(priya.id);

  // Moved to the next day: the same UID again updates the occasion, and the thank-yous follow.
  await dropFile(page, 'invite (1).ics', sample('interview-google.ics').replaceAll('20261201T1', '20261202T1'), 'text/calendar');
  await expect(dialog.getByText(/Imported before as “.?Interview: Senior Platform Engineer/)).toBeVisible();
  await expect(dialog.getByText(/It moved from/)).toBeVisible();
  await expect(chips).toHaveCount(3);
  await dialog.getByRole('button', { name: /Update occasion/ }).click();
  await expect(dialog).toBeHidden();
  const moved = await rpc(page, 'occasions.get', { id: occasion.id });
  expect((await rpc(page, 'occasions.list', {})).total).toBe(1);
  expect(moved.endsAt).toBe('2026-12-02T20:30:00.000Z');
  expect(moved.participants.map((p) => p.thankYou!.dueAt)).toEqual(Array(3).fill('2026-12-03T20:30:00.000Z'));
  // The panel format chosen the first time is kept.
  expect(moved.interviewFormat).toBe('panel');

  // Cancelled: the thank-yous nothing was done with can go; a started one stays.
  const marcus = moved.participants[1]!;
  await rpc(page, 'thanks.saveDraft', { id: marcus.thankYou!.id, subject: '', body: 'Dear Marcus, thank you for the systems questions.', recipient: null, draftRevision: 0 });
  // A cancellation of the first time, which is not the one on record any more: the dialog says so.
  await dropFile(page, 'cancelled.ics', sample('interview-google.ics').replace('STATUS:CONFIRMED', 'STATUS:CANCELLED'), 'text/calendar');
  await expect(dialog.getByText('The cancelled time is not the one imported.', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep them' }).click();
  await expect(dialog).toBeHidden();
  await dropFile(page, 'cancelled.ics', sample('interview-google.ics').replaceAll('20261201T1', '20261202T1').replace('STATUS:CONFIRMED', 'STATUS:CANCELLED'), 'text/calendar');
  await expect(dialog.getByText(/ was cancelled\./)).toBeVisible();
  await expect(dialog.getByText('The cancelled time is not the one imported.', { exact: false })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Remove thank-yous not started' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed 2 thank-yous for the cancelled' })).toBeVisible();
  const cancelled = await rpc(page, 'occasions.get', { id: occasion.id });
  expect(cancelled.participants.map((p) => p.thankYou?.status ?? null)).toEqual([null, 'drafted', null]);
});

test('an Outlook panel invite pasted as text: Windows time zone, three interviewers, the organizer left unticked', async ({ app }) => {
  const { page } = app;
  await setMyAddress(page, 'sam.candidate@example.org');
  await expect(page.getByText('Saved your details.')).toBeVisible();
  const panel = sample('interview-outlook.ics').replace(
    'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jürgen Mül',
    [
      'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Okafor, Chidi":MAILTO:CHIDI.OKAFOR@TAILSPIN.EXAMPLE',
      'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;CN=نور الهدى:MAILTO:noor@tailspin.example',
      'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jürgen Mül',
    ].join('\r\n'),
  );

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Occasions' }).click();
  await page.getByRole('button', { name: /Import a calendar invite/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a calendar invite' });
  // Not a calendar: the message says so where it was pasted, and the text stays.
  await dialog.getByLabel('Or paste the invite’s text').fill('Hello, here is the invite: Tuesday at 3');
  await dialog.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/not a calendar/i);
  await expect(dialog.getByLabel('Or paste the invite’s text')).toHaveValue('Hello, here is the invite: Tuesday at 3');

  await dialog.getByLabel('Or paste the invite’s text').fill(panel);
  await dialog.getByRole('button', { name: 'Read pasted text' }).click();
  // 16:30 in Berlin on 30 October 2026 is 11:30 in New York.
  await expect(dialog.getByText('Friday, October 30, 2026, 11:30 AM–12:30 PM')).toBeVisible();
  const chips = dialog.locator('.participant-chip');
  await expect(chips).toHaveText([/Okafor, Chidi/, /نور الهدى/, /Jürgen Müller/]);
  await expect(dialog.getByRole('button', { name: /^Add Lena Fischer \(organizer\)$/u })).toBeVisible();
  await dialog.getByRole('button', { name: /Import occasion/ }).click();
  await expect(dialog).toBeHidden();

  const { items } = await rpc(page, 'occasions.list', {});
  const occasion = await rpc(page, 'occasions.get', { id: items[0]!.id });
  expect(occasion.endsAt).toBe('2026-10-30T16:30:00.000Z');
  expect(occasion.participants.map((p) => [p.fullName, p.email, p.thankYou!.dueAt])).toEqual([
    ['Okafor, Chidi', 'chidi.okafor@tailspin.example', '2026-10-31T16:30:00.000Z'],
    ['نور الهدى', 'noor@tailspin.example', '2026-10-31T16:30:00.000Z'],
    ['Jürgen Müller', 'juergen.mueller@tailspin.example', '2026-10-31T16:30:00.000Z'],
  ]);
});

test('a file with several events lets the user pick one; a broken file and a file of another kind are refused with a message', async ({ app }) => {
  const { page } = app;
  await dropFile(page, 'resume.pdf', '%PDF-1.7', 'application/pdf');
  await expect(page.getByRole('alert').filter({ hasText: '“resume.pdf” is not a file Thankful can import.' })).toBeVisible();

  await dropFile(page, 'broken.ics', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026-13-45\r\nEND:VEVENT\r\n', 'text/calendar');
  const dialog = page.getByRole('dialog', { name: 'Import a calendar invite' });
  await expect(dialog.getByRole('alert')).toBeVisible();
  expect(await rpc(page, 'occasions.list', {})).toMatchObject({ total: 0 });

  const event = (uid: string, day: string, summary: string) =>
    [`BEGIN:VEVENT`, `UID:${uid}`, `DTSTAMP:20261101T000000Z`, `DTSTART:202612${day}T150000Z`, `DTEND:202612${day}T160000Z`, `SUMMARY:${summary}`, `ATTENDEE;CN=Ana Lima:mailto:ana@example.com`, `END:VEVENT`].join('\r\n');
  const two = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', event('a@x', '07', 'Phone screen with Ana'), event('b@x', '09', 'On-site & lunch #2'), 'END:VCALENDAR', ''].join('\r\n');
  await dropFile(page, 'two.ics', two);
  await expect(dialog.getByText('This file holds 2 events.')).toBeVisible();
  // Another file dropped now would throw away what is on screen: it is refused, with a word why.
  await dropFile(page, 'other.ics', sample('interview-google.ics'), 'text/calendar');
  await expect(page.getByRole('alert').filter({ hasText: 'Finish or close the import that is open before starting another one.' })).toBeVisible();
  await expect(dialog.getByText('This file holds 2 events.')).toBeVisible();
  await dialog.getByRole('button', { name: /On-site & lunch #2/ }).click();
  await expect(dialog.getByLabel('Title')).toHaveValue('On-site & lunch #2');
  await expect(dialog.getByRole('radio', { name: 'On-site' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Choose another event' }).click();
  await dialog.getByRole('button', { name: /Phone screen with Ana/ }).click();
  await expect(dialog.getByRole('radio', { name: 'Phone screen' })).toBeChecked();
  await dialog.getByRole('button', { name: /Import occasion/ }).click();
  await expect(dialog).toBeHidden();
  const { items } = await rpc(page, 'occasions.list', {});
  expect(items.map((o) => [o.title, o.interviewFormat])).toEqual([['Phone screen with Ana', 'phone-screen']]);
});

test('"Your email addresses" in Settings refuses a wrong address by name and keeps what was typed', async ({ app }) => {
  const { page } = app;
  await setMyAddress(page, 'sam@example.org, not-an-address');
  const field = page.getByLabel('Your email addresses');
  await expect(page.getByText(/“not-an-address”/)).toBeVisible();
  await expect(field).toHaveValue('sam@example.org, not-an-address');
  await expect(field).toBeFocused();
  await field.fill('sam@example.org; Sam@Example.org  sam.work@example.com');
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(page.getByText('Saved your details.')).toBeVisible();
  expect((await rpc(page, 'settings.get', {})).myAddresses).toEqual(['sam@example.org', 'sam.work@example.com']);
  await expect(field).toHaveValue('sam@example.org, sam.work@example.com');
});
