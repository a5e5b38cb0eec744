import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { markdownToPlainText, type OccasionKind } from '../shared';
import { expect, test } from './support/app-fixture';
import { fakeMailClient, parseMailto } from './support/fake-mail-client';
import { readClipboardFlavours, readClipboardText, refuseClipboardWrites } from './support/page-clipboard';
import { rpc } from './support/rpc';

// What the page itself does with a hand-off (open the link, download, write the clipboard) is
// browser mode's; in the desktop app the main process does it, with the system's real mail app.
const PAGE_SIDE =
  'The page opens the link, downloads the .eml and writes the clipboard only in browser mode; in the desktop app the main process does it, tested in main/electron/desktop.test.ts.';

const HOUR = 3_600_000;

const NOTE = [
  'Dear Priya,',
  '',
  'Thank you for talking with me about the **Staff Engineer** role. I enjoyed hearing about the move to event sourcing.',
  '',
  '- the on-call rotation',
  '- [the design doc](https://example.com/doc)',
  '',
  'Best,',
  'Sam',
].join('\n');

interface Seed {
  name?: string;
  emails?: string[];
  subject?: string;
  /** null: no draft yet. */
  body?: string | null;
  sent?: boolean;
  kind?: OccasionKind;
}

/** A person who helped, the occasion, and its thank-you (drafted unless `body: null`), made through the API. */
async function seedNote(page: Page, seed: Seed = {}): Promise<{ thankYouId: number; personId: number; occasionId: number }> {
  await rpc(page, 'settings.update', { yourName: 'Sam Lee' });
  const person = await rpc(page, 'people.create', { fullName: seed.name ?? 'Priya Raman', emails: seed.emails ?? ['priya@northwind.example'], company: 'Northwind' });
  const occasion = await rpc(page, 'occasions.create', {
    kind: seed.kind ?? 'interview',
    startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    participants: [{ personId: person.id }],
  });
  const thankYouId = occasion.participants[0]!.thankYou!.id;
  const body = seed.body === undefined ? NOTE : seed.body;
  if (body !== null) await rpc(page, 'thanks.saveDraft', { id: thankYouId, subject: seed.subject ?? 'Thank you, Priya', body, recipient: null, draftRevision: 0 });
  if (seed.sent) await rpc(page, 'thanks.markSent', { id: thankYouId, sentAt: new Date(Date.now() - HOUR).toISOString(), channel: 'email' });
  return { thankYouId, personId: person.id, occasionId: occasion.id };
}

const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);
const openInMailApp = (page: Page) => page.getByRole('button', { name: 'Open in mail app' }).click();
const question = (page: Page) => page.getByRole('region', { name: 'Did you send it?' });

async function chooseFromSendMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'More ways to send' }).click();
  await page.getByRole('menu', { name: 'Ways to send' }).getByRole('menuitem', { name: item }).click();
}

const sendAnyway = (page: Page) => page.getByRole('dialog', { name: 'Send it anyway?' }).getByRole('button', { name: 'Send anyway' }).click();

/** The plain text a mail client receives in a link: CRLF line breaks (RFC 6068). */
const crlf = (text: string) => text.replace(/\r?\n/gu, '\r\n');

test.describe('browser mode', () => {
  test.skip(({ target }) => target === 'electron', PAGE_SIDE);

  test('with the mail client faked: "Open in mail app" hands the drafted note over as a mailto: link, and "Sent" moves it from the dashboard into the person’s history', async ({ app }) => {
    const { page } = app;
    const mail = await fakeMailClient(page);
    const { thankYouId, personId } = await seedNote(page);
    await seedNote(page, { name: 'Ada Lovelace', emails: ['ada@example.com'], body: null });

    await goTo(page, `/thanks/${thankYouId}`);
    await openInMailApp(page);
    await expect.poll(() => mail.links()).toHaveLength(1);
    const link = parseMailto((await mail.links())[0]!);
    expect(link.to).toEqual(['priya@northwind.example']);
    expect(link.subject).toBe('Thank you, Priya');
    expect(link.body).toBe(crlf(markdownToPlainText(NOTE)));
    expect(link.body).toBe(
      'Dear Priya,\r\n\r\nThank you for talking with me about the Staff Engineer role. I enjoyed hearing about the move to event sourcing.\r\n\r\n' +
        '- the on-call rotation\r\n- the design doc (https://example.com/doc)\r\n\r\nBest,\r\nSam',
    );

    await expect(question(page)).toContainText(/You opened it in your mail app at \d{1,2}:\d\d(\s[AP]M)?\. Did you send it\?/u);
    await question(page).getByRole('button', { name: 'Sent', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^Mark the thank-you to \W?Priya Raman\W? as sent$/u });
    await expect(dialog.getByLabel('How')).toHaveValue('email');
    // A follow-up fitting an interview is suggested with the date.
    await expect(dialog.getByLabel('What')).toHaveAttribute('placeholder', 'Check in on the hiring decision');
    await dialog.getByRole('button', { name: 'In 1 week' }).click();
    await expect(dialog.getByLabel('What')).toHaveValue('Check in on the hiring decision');
    await dialog.getByRole('button', { name: 'Mark as sent' }).click();
    await expect(dialog).toBeHidden();

    // The editor shows it as sent: read-only, no question.
    await expect(page.getByRole('button', { name: 'Duplicate as new draft' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Note to Priya Raman' })).toHaveAttribute('contenteditable', 'false');
    await expect(question(page)).toHaveCount(0);
    const saved = await rpc(page, 'thanks.get', { id: thankYouId });
    expect(saved).toMatchObject({ status: 'sent', channel: 'email', handedOffAt: null, followUp: { text: 'Check in on the hiring decision' } });

    await goTo(page, '/dashboard');
    await expect(page.getByRole('row', { name: /^Ada Lovelace/u })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Priya Raman/u })).toHaveCount(0);

    await goTo(page, `/people/${personId}`);
    await page.getByRole('link', { name: 'View sent note' }).click();
    await expect(page).toHaveURL(new RegExp(`#/thanks/${thankYouId}$`, 'u'));
    await expect(page.getByText(/This is the note as it was sent, so it can’t be changed/u)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Note to Priya Raman' })).toHaveAttribute('contenteditable', 'false');
    await expect(page.getByRole('button', { name: 'Duplicate as new draft' })).toBeVisible();
  });

  test('with the mail client faked: characters & ? # % +, emoji and right-to-left text reach the mailto: link intact', async ({ app }) => {
    const { page } = app;
    const mail = await fakeMailClient(page);
    const subject = 'Q&A? #1 at 100% + more 🎉 שלום';
    const body = 'Dear Priya,\n\nQ&A? #1 at 100% + more 🎉 a=b\n\nשלום עולם, مرحبا';
    const { thankYouId } = await seedNote(page, { subject, body });
    await goTo(page, `/thanks/${thankYouId}`);
    await openInMailApp(page);
    await expect.poll(() => mail.links()).toHaveLength(1);
    const link = parseMailto((await mail.links())[0]!);
    expect(link.subject).toBe(subject);
    expect(link.body).toBe('Dear Priya,\r\n\r\nQ&A? #1 at 100% + more 🎉 a=b\r\n\r\nשלום עולם, مرحبا');
    // Each of them escaped, so none can end a field or start another; spaces are %20, never +.
    expect(link.raw.subject).toBe('Q%26A%3F%20%231%20at%20100%25%20%2B%20more%20%F0%9F%8E%89%20%D7%A9%D7%9C%D7%95%D7%9D');
    expect(Object.keys(link.raw)).toEqual(['subject', 'body']);
  });

  test('with the mail client faked: a 3,000-character note goes without its body, which waits on the clipboard to be pasted', async ({ app }) => {
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const mail = await fakeMailClient(page);
    const long = `Dear Priya,\n\n${'Thank you for the conversation about event sourcing & on-call. '.repeat(48)}\n\nBest,\nSam`;
    expect(long.length).toBeGreaterThan(3_000);
    const { thankYouId } = await seedNote(page, { body: long });
    await goTo(page, `/thanks/${thankYouId}`);
    await openInMailApp(page);
    // Filler that could go to anyone: the coach asks first.
    await sendAnyway(page);
    await expect.poll(() => mail.links()).toHaveLength(1);
    const href = (await mail.links())[0]!;
    expect(href).not.toContain('body=');
    expect(parseMailto(href)).toMatchObject({ to: ['priya@northwind.example'], subject: 'Thank you, Priya', body: undefined });

    const message = page.getByRole('status').filter({ hasText: 'too long for a mail link' });
    await expect(message).toHaveText(/only the address and subject went to your mail app: paste the note \((Ctrl\+V|⌘V)\) into the message\./u);
    expect(await readClipboardText(page)).toBe(markdownToPlainText(long));
    // It stays, next to the question, until dismissed.
    await expect(question(page)).toBeVisible();
    await page.waitForTimeout(6_000);
    await expect(message).toBeVisible();
    await message.getByRole('button', { name: 'Dismiss' }).click();
    await expect(message).toHaveCount(0);
  });

  test('when the browser refuses the clipboard, it says so and the text is there to copy by hand', async ({ app }) => {
    const { page } = app;
    await refuseClipboardWrites(page);
    await page.reload();
    const mail = await fakeMailClient(page);
    const long = `Dear Priya,\n\n${'So much to say about event sourcing. '.repeat(80)}`;
    const { thankYouId } = await seedNote(page, { body: long });
    await goTo(page, `/thanks/${thankYouId}`);
    await openInMailApp(page);
    // Filler that could go to anyone: the coach asks first.
    await sendAnyway(page);
    await expect.poll(() => mail.links()).toHaveLength(1);
    const alert = page.getByRole('alert').filter({ hasText: 'did not let Thankful copy the note' });
    await expect(alert).toContainText('Write permission denied');
    await expect(alert.getByRole('textbox', { name: 'The note as plain text' })).toHaveValue(markdownToPlainText(long));
  });

  test('Save as email draft downloads an .eml in browser mode, with X-Unsent, the subject and both parts', async ({ app }) => {
    const { page } = app;
    const { thankYouId } = await seedNote(page);
    await goTo(page, `/thanks/${thankYouId}`);
    await page.getByRole('button', { name: 'More ways to send' }).click();
    const item = page.getByRole('menuitem', { name: 'Save as email draft (.eml)' });
    await expect(item).toHaveAccessibleDescription(/Your browser downloads it/u);
    const download = page.waitForEvent('download');
    await item.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.eml$/u);
    const content = await fs.readFile((await file.path())!, 'utf8');
    expect(content).toMatch(/^X-Unsent: 1\r$/mu);
    expect(content).toMatch(/^Subject: Thank you, Priya\r$/mu);
    expect(content).toMatch(/^To: priya@northwind\.example\r$/mu);
    expect(content).toContain('multipart/alternative');
    expect(content).toMatch(/Content-Type: text\/plain[\s\S]*Content-Type: text\/html/u);
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText('.eml');
    await expect(question(page)).toContainText('You saved it as an email draft');
  });

  test('Copy as rich text puts HTML and plain text on the clipboard; Copy as plain text only the text', async ({ app }) => {
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const { thankYouId } = await seedNote(page);
    await goTo(page, `/thanks/${thankYouId}`);

    // From the keyboard: the menu opens with ↓ and its items are reached with the arrows.
    await page.getByRole('button', { name: 'More ways to send' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Open in mail app' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Copy as rich text' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied as rich text' })).toBeVisible();
    const clipboard = await readClipboardFlavours(page);
    expect(Object.keys(clipboard)).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(clipboard['text/html']).toContain('<strong');
    expect(clipboard['text/html']).toContain('href="https://example.com/doc"');
    expect(clipboard['text/plain']).toBe(markdownToPlainText(NOTE));
    await expect(question(page)).toContainText('You copied it');

    await chooseFromSendMenu(page, 'Copy as plain text');
    await expect(page.getByRole('status').filter({ hasText: 'Copied as plain text' })).toBeVisible();
    expect(await readClipboardText(page)).toBe(markdownToPlainText(NOTE));
  });

  test('Copy as rich text logs no Content Security Policy error, and the HTML keeps its inline styles', async ({ app }) => {
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const { thankYouId } = await seedNote(page);
    await goTo(page, `/thanks/${thankYouId}`);
    await expect(page.getByRole('textbox', { name: 'Note to Priya Raman' })).toContainText('Dear Priya,');
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    await chooseFromSendMenu(page, 'Copy as rich text');
    await expect(page.getByRole('status').filter({ hasText: 'Copied as rich text' })).toBeVisible();
    const clipboard = await readClipboardFlavours(page);
    expect(clipboard['text/html']).toContain('<strong');
    expect(clipboard['text/html']).toMatch(/style="[^"]*font-family/u);
    expect(errors.filter((text) => /Content Security Policy|inline style/iu.test(text))).toEqual([]);
  });

  test('an address the mail link refuses is explained at the To field, and nothing is opened', async ({ app }) => {
    const { page } = app;
    const mail = await fakeMailClient(page);
    // A valid email to store (the contract's check), but a domain label ending in "-", which a mail link refuses.
    const { thankYouId } = await seedNote(page, { emails: ['priya@northwind-.example'] });
    await goTo(page, `/thanks/${thankYouId}`);
    await openInMailApp(page);
    const to = page.getByRole('textbox', { name: 'To', exact: true });
    await expect(to).toHaveAccessibleDescription(/“priya@northwind-\.example” cannot be used in a mail link/u);
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(await mail.links()).toEqual([]);
    await expect(question(page)).toHaveCount(0);
    expect((await rpc(page, 'thanks.get', { id: thankYouId })).handedOffAt).toBeNull();
  });

  test('when the desktop app finds no mail app, the other ways are offered and work', async ({ app }) => {
    const { page } = app;
    // Only the desktop app can tell that no mail app took the link: its answer is played here.
    await page.route('**/api/rpc/handoff.openInMailApp', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'UNAVAILABLE', message: 'Your computer could not open a mail app: there may be none set up for email links.' } }),
      }),
    );
    const { thankYouId } = await seedNote(page);
    await goTo(page, `/thanks/${thankYouId}`);
    await openInMailApp(page);
    const alert = page.getByRole('alert').filter({ hasText: 'could not open a mail app' });
    await expect(alert).toBeVisible();
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Save as email draft' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.eml$/u);
    await expect(question(page)).toContainText('You saved it as an email draft');
  });

  test('"Did you send it?" is asked again after a reload until answered; "Not yet" puts it away for good', async ({ app }) => {
    const { page } = app;
    const mail = await fakeMailClient(page);
    const { thankYouId } = await seedNote(page);
    await goTo(page, `/thanks/${thankYouId}`);
    await openInMailApp(page);
    await expect.poll(() => mail.links()).toHaveLength(1);
    await expect(question(page)).toBeVisible();

    // The app closed before the answer: the note asks again when it opens.
    await page.reload();
    await expect(question(page)).toContainText(/You opened it in your mail app at \d{1,2}:\d\d(\s[AP]M)?\. Did you send it\?/u);
    await question(page).getByRole('button', { name: 'Not yet' }).click();
    await expect(question(page)).toHaveCount(0);
    expect(await rpc(page, 'thanks.get', { id: thankYouId })).toMatchObject({ status: 'drafted', handedOffAt: null });
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Note to Priya Raman' })).toContainText('Dear Priya,');
    await expect(question(page)).toHaveCount(0);
  });
});

test('an empty note cannot be sent, and says why', async ({ app }) => {
  const { page } = app;
  const { thankYouId } = await seedNote(page, { body: '' });
  await goTo(page, `/thanks/${thankYouId}`);
  const editor = page.getByRole('textbox', { name: 'Note to Priya Raman' });
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('button', { name: 'Open in mail app' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Open in mail app' })).toHaveAccessibleDescription('The note is empty: write it first.');
  await expect(page.getByRole('button', { name: 'More ways to send' })).toBeDisabled();
});

test('Duplicate as new draft copies a sent note into another thank-you, greeting them by name, and asks before replacing a draft', async ({ app }) => {
  const { page } = app;
  await rpc(page, 'settings.update', { yourName: 'Sam Lee' });
  const [priya, ada, grace] = await Promise.all(
    ['Priya Raman', 'Ada Lovelace', 'Grace Hopper'].map((fullName) => rpc(page, 'people.create', { fullName, emails: [] })),
  );
  const panel = await rpc(page, 'occasions.create', {
    kind: 'interview',
    title: 'Panel at Northwind',
    startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    participants: [{ personId: priya!.id }, { personId: ada!.id }, { personId: grace!.id }],
  });
  const idOf = (personId: number) => panel.participants.find((p) => p.personId === personId)!.thankYou!.id;
  await rpc(page, 'thanks.saveDraft', { id: idOf(priya!.id), subject: 'Thank you', body: 'Dear Priya,\n\nThank you for the panel today.', recipient: null, draftRevision: 0 });
  await rpc(page, 'thanks.markSent', { id: idOf(priya!.id), sentAt: new Date(Date.now() - HOUR).toISOString(), channel: 'email' });
  await rpc(page, 'thanks.saveDraft', { id: idOf(grace!.id), subject: 'Hi', body: 'Dear Grace, my own start', recipient: null, draftRevision: 0 });

  await goTo(page, `/thanks/${idOf(priya!.id)}`);
  await page.getByRole('button', { name: 'Duplicate as new draft' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duplicate as new draft' });
  const sameOccasion = dialog.getByRole('region', { name: /Others from \W?Panel at Northwind/u });
  await expect(sameOccasion.getByRole('button')).toHaveCount(2);
  await expect(sameOccasion.getByRole('button', { name: /Grace Hopper/u })).toContainText('Has a draft, which this would replace');

  await sameOccasion.getByRole('button', { name: /Grace Hopper/u }).click();
  const confirm = page.getByRole('dialog', { name: /^Replace the draft you started for \W?Grace Hopper\W?\?$/u });
  // It starts on the safe choice, not on the (then busy, disabled) one that replaces.
  await expect(confirm.getByRole('button', { name: 'Back' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Back' }).click();
  await expect(dialog).toBeVisible();
  expect((await rpc(page, 'thanks.get', { id: idOf(grace!.id) })).body).toBe('Dear Grace, my own start');

  await sameOccasion.getByRole('button', { name: /Ada Lovelace/u }).click();
  await expect(page).toHaveURL(new RegExp(`#/thanks/${idOf(ada!.id)}$`, 'u'));
  const editor = page.getByRole('textbox', { name: 'Note to Ada Lovelace' });
  await expect(editor).toContainText('Dear Ada,');
  await expect(editor).toContainText('Thank you for the panel today.');
  await expect(page.getByLabel('Subject')).toHaveValue('Thank you');
  // Back leads where the sent note was opened from, not to the sent note.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).and(page.locator('.back-link')).click();
  await expect(page).toHaveURL(/#\/dashboard$/u);
});

test('Duplicate as new draft with nothing left to write explains it and offers to log an occasion', async ({ app }) => {
  const { page } = app;
  const { thankYouId } = await seedNote(page, { sent: true });
  await goTo(page, `/thanks/${thankYouId}`);
  await page.getByRole('button', { name: 'Duplicate as new draft' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duplicate as new draft' });
  await expect(dialog).toContainText('No thank-you is waiting to be written');
  await dialog.getByRole('button', { name: 'Log an occasion' }).click();
  await expect(page.getByRole('dialog', { name: 'Log an occasion' })).toBeVisible();
});
