import type { Locator, Page } from '@playwright/test';
import type { OccasionKind } from '../shared';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);
const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`, 'u'));
const offersOn = (page: Page) => page.getByRole('region', { name: /^Tell them how it went/u });

/** `name` helped with the opportunity (`kind`), and their thank-you was sent; its id. */
async function helpedWith(page: Page, kind: OccasionKind, name: string, opportunityId: number): Promise<number> {
  const person = await rpc(page, 'people.create', { fullName: name });
  const occasion = await rpc(page, 'occasions.create', { kind, startsAt: hoursAgo(72), opportunityId, participants: [{ personId: person.id }] });
  const id = occasion.participants[0]!.thankYou!.id;
  await rpc(page, 'thanks.markSent', { id, sentAt: hoursAgo(48), channel: 'email' });
  return id;
}

/** Today's date as the date box shows it, on the page's clock and zone. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

test('an offer: who referred or recommended you is asked about (an interviewer is not); plan a follow-up, or decline for good', async ({ app }) => {
  const { page } = app;
  const { id } = await rpc(page, 'opportunities.create', { company: 'Acme', role: 'Engineer', stage: 'interviewing' });
  await helpedWith(page, 'referral', 'Sam Lee', id);
  await helpedWith(page, 'recommendation', 'Ana Lima', id);
  await helpedWith(page, 'interview', 'Priya Raman', id);

  // Nothing to tell before there is an outcome.
  await goTo(page, `/opportunities/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engineer at Acme');
  await expect(offersOn(page)).toHaveCount(0);

  // The stage set to Offer on the page: the people who vouched are listed at once.
  await page.getByRole('combobox', { name: 'Stage' }).selectOption('offer');
  const onPage = offersOn(page);
  await expect(onPage.getByRole('listitem')).toHaveCount(2);
  await expect(onPage.getByRole('listitem').filter({ hasText: 'Sam Lee' })).toContainText('Tell Sam Lee how it went');
  await expect(onPage.getByRole('listitem').filter({ hasText: 'Sam Lee' })).toContainText('Referred you');
  await expect(onPage.getByRole('listitem').filter({ hasText: 'Ana Lima' })).toContainText('Recommended you');
  await expect(onPage).not.toContainText('Priya Raman');

  // The dashboard lists them too, with the outcome.
  await goTo(page, '/dashboard');
  const offers = offersOn(page);
  const sam = offers.getByRole('listitem').filter({ hasText: 'Sam Lee' });
  await expect(sam).toContainText('Tell Sam Lee how it went — Offer for Engineer at Acme');
  await expect(offers.getByRole('listitem')).toHaveCount(2);
  await expect(offers).not.toContainText('Priya Raman');

  // Plan follow-up: written for you, due today; it joins the follow-ups and is not offered again.
  await sam.getByRole('button', { name: 'Plan follow-up: tell Sam Lee how it went' }).click();
  const dialog = page.getByRole('dialog', { name: /^Tell \W?Sam Lee\W? how it went$/u });
  await expect(field(dialog, 'What')).toHaveValue('Tell Sam Lee how it went: offer for Engineer at Acme');
  await expect(field(dialog, 'Follow-up date')).toHaveValue(await today(page));
  await dialog.getByRole('button', { name: 'Plan follow-up' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'planned for' })).toContainText('Sam Lee');
  const followUps = page.getByRole('region', { name: /Follow-ups due/u });
  await expect(followUps).toContainText('Tell Sam Lee how it went: offer for Engineer at Acme');
  await expect(offers.getByRole('listitem')).toHaveCount(1);
  await expect(offers).not.toContainText('Sam Lee');

  // No thanks: gone, and still gone after a reload.
  await offers.getByRole('button', { name: 'No thanks: no follow-up with Ana Lima' }).click();
  await expect(offers).toHaveCount(0);
  await page.reload();
  await expect(followUps).toContainText('Tell Sam Lee how it went');
  await expect(offersOn(page)).toHaveCount(0);
  await goTo(page, `/opportunities/${id}`);
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('offer');
  await expect(offersOn(page)).toHaveCount(0);
  expect((await rpc(page, 'thanks.howItWent', {})).items).toEqual([]);
});

test('someone who called on your behalf is asked about too, in words that fit a call', async ({ app }) => {
  const { page } = app;
  const { id } = await rpc(page, 'opportunities.create', { company: 'Globex', role: 'Designer', stage: 'interviewing' });
  const call = await helpedWith(page, 'advocacy-call', 'Noa Levi', id);

  await goTo(page, `/opportunities/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Designer at Globex');
  await expect(offersOn(page)).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Stage' }).selectOption('rejected');
  const noa = offersOn(page).getByRole('listitem').filter({ hasText: 'Noa Levi' });
  await expect(noa).toContainText('Tell Noa Levi how it went');
  await expect(noa).toContainText('Called on your behalf');
  await expect(offersOn(page)).toContainText('They spoke up for you.');

  await noa.getByRole('button', { name: 'Plan follow-up: tell Noa Levi how it went' }).click();
  const dialog = page.getByRole('dialog', { name: /^Tell \W?Noa Levi\W? how it went$/u });
  await expect(field(dialog, 'What')).toHaveValue('Tell Noa Levi how it went: no offer for Designer at Globex');
  await dialog.getByRole('button', { name: 'Plan follow-up' }).click();
  await expect(dialog).toBeHidden();
  await expect(offersOn(page)).toHaveCount(0);
  expect((await rpc(page, 'thanks.get', { id: call })).followUp).toMatchObject({ text: 'Tell Noa Levi how it went: no offer for Designer at Globex' });
});

test('a note handed to the mail app asks "sent?" on its dashboard row, and answering marks it sent', async ({ app }) => {
  const { page } = app;
  const owed = async (name: string) => {
    const person = await rpc(page, 'people.create', { fullName: name, emails: [`${name.split(' ')[0]!.toLowerCase()}@example.com`] });
    const occasion = await rpc(page, 'occasions.create', { kind: 'interview', startsAt: hoursAgo(3), participants: [{ personId: person.id }] });
    const id = occasion.participants[0]!.thankYou!.id;
    await rpc(page, 'thanks.saveDraft', { id, subject: 'Thank you', body: `Dear ${name},\n\nThank you for your time.`, recipient: null, draftRevision: 0 });
    return id;
  };
  const jonas = await owed('Jonas Weber');
  await owed('Mei Tanaka');
  await rpc(page, 'handoff.copy', { id: jonas, format: 'rich' });

  await goTo(page, '/dashboard');
  const row = page.getByRole('row', { name: /^Jonas Weber/u });
  await expect(row).toHaveAccessibleName(/Drafted, Email\. Handed off (just now|\d+ min ago), not marked sent yet\.$/u);
  await expect(row.getByText('Handed off', { exact: true })).toBeVisible();
  const other = page.getByRole('row', { name: /^Mei Tanaka/u });
  await expect(other).toContainText('Drafted');
  await expect(other).not.toContainText('Handed off');
  await expect(other).not.toHaveAccessibleName(/Handed off/u);

  await row.getByRole('button', { name: /sent\?\s*Mark the thank-you to Jonas Weber as sent$/u }).click();
  const dialog = page.getByRole('dialog', { name: /^Mark the thank-you to \W?Jonas Weber\W? as sent$/u });
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(other).toHaveCount(1);
  expect((await rpc(page, 'thanks.get', { id: jonas })).status).toBe('sent');
});

test('the person’s timeline and the occasion’s thank-yous link the sent note, which opens read-only', async ({ app }) => {
  const { page } = app;
  const person = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya@northwind.example'] });
  const occasion = await rpc(page, 'occasions.create', { kind: 'interview', title: 'Panel at Northwind', startsAt: hoursAgo(30), participants: [{ personId: person.id }] });
  const id = occasion.participants[0]!.thankYou!.id;
  await rpc(page, 'thanks.saveDraft', { id, subject: 'Thank you, Priya', body: 'Dear Priya,\n\nThank you for the panel.', recipient: null, draftRevision: 0 });
  await rpc(page, 'thanks.markSent', { id, sentAt: hoursAgo(2), channel: 'email' });

  const expectReadOnlyNote = async () => {
    await expect(page).toHaveURL(new RegExp(`#/thanks/${id}$`, 'u'));
    await expect(page.getByLabel('Subject')).toHaveValue('Thank you, Priya');
    await expect(page.getByLabel('Subject')).toHaveAttribute('readonly', '');
  };

  await goTo(page, `/people/${person.id}`);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText(/Thanked: sent on .+ via Email/u);
  const fromTimeline = timeline.getByRole('link', { name: 'View sent note' });
  await expect(fromTimeline).toHaveAttribute('href', `#/thanks/${id}`);
  await fromTimeline.click();
  await expectReadOnlyNote();

  await goTo(page, `/occasions/${occasion.id}`);
  const item = page.getByRole('listitem', { name: 'Priya Raman' });
  await expect(item).toContainText(/Sent .+ · Email/u);
  await item.getByRole('link', { name: 'View sent note to Priya Raman' }).click();
  await expectReadOnlyNote();
});
