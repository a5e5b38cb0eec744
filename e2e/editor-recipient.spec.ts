import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { fakeMailClient, parseMailto } from './support/fake-mail-client';
import { rpc } from './support/rpc';

const HOUR = 3_600_000;

const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);

/** Ada has no email address yet; her note is drafted. */
async function seedWithoutEmail(page: Page) {
  await rpc(page, 'settings.update', { yourName: 'Sam Lee' });
  const person = await rpc(page, 'people.create', { fullName: 'Ada Lovelace', emails: [], company: 'Analytical', phone: '+44 20 7946 0000', tags: ['mentor'] });
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    participants: [{ personId: person.id }],
  });
  const thankYouId = occasion.participants[0]!.thankYou!.id;
  await rpc(page, 'thanks.saveDraft', {
    id: thankYouId,
    subject: 'Thank you, Ada',
    body: 'Dear Ada,\n\nThank you for the coffee and the advice on the engine.\n\nBest,\nSam',
    recipient: null,
    draftRevision: 0,
  });
  return { personId: person.id, thankYouId };
}

test('an address typed in To for a person with none is checked, kept while wrong, stored on the person when right, and the note goes to it', async ({ app, target }) => {
  const { page } = app;
  const { personId, thankYouId } = await seedWithoutEmail(page);
  await goTo(page, `/thanks/${thankYouId}`);
  const to = page.getByRole('textbox', { name: 'To', exact: true });
  await expect(to).toBeEditable();
  await expect(to).toHaveAccessibleDescription('No email address yet: one typed here is saved on their page.');

  // Not an address: said at the field, and what was typed stays to correct.
  await to.fill('ada@');
  await to.press('Enter');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(to).toHaveAccessibleDescription(/Enter an email address like name@example\.com/u);
  await expect(to).toHaveValue('ada@');
  expect((await rpc(page, 'people.get', { id: personId })).emails).toEqual([]);

  // Characters a mail link would read as its own (& ? # %) are not an address either.
  await to.fill('ada&co?x#1%@example.com');
  await to.blur();
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(to).toHaveValue('ada&co?x#1%@example.com');
  expect((await rpc(page, 'people.get', { id: personId })).emails).toEqual([]);

  // A valid one (a + included) is stored on Ada, her other fields as they were, and is the note's To.
  await to.fill('ada+thanks@example.com');
  await to.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /Saved .ada\+thanks@example\.com. as .Ada Lovelace.’s email address/u })).toBeVisible();
  await expect(to).toHaveValue('ada+thanks@example.com');
  await expect(to).toHaveAttribute('readonly', '');
  const ada = await rpc(page, 'people.get', { id: personId });
  expect(ada.emails).toEqual(['ada+thanks@example.com']);
  expect(ada).toMatchObject({ fullName: 'Ada Lovelace', company: 'Analytical', phone: '+44 20 7946 0000', tags: ['mentor'] });
  await expect.poll(async () => (await rpc(page, 'thanks.get', { id: thankYouId })).recipient).toBe('ada+thanks@example.com');

  if (target === 'browser') {
    const mail = await fakeMailClient(page);
    await page.getByRole('button', { name: 'Open in mail app' }).click();
    // The coach may ask first about so short a note; that is not what this test is about.
    const ask = page.getByRole('dialog', { name: 'Send it anyway?' });
    await expect.poll(async () => (await mail.links()).length > 0 || (await ask.isVisible())).toBe(true);
    if (await ask.isVisible()) await ask.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => mail.links()).toHaveLength(1);
    expect(parseMailto((await mail.links())[0]!).to).toEqual(['ada+thanks@example.com']);
  }
});
