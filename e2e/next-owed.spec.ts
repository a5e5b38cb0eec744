import type { Page } from '@playwright/test';
import { timeText } from '../renderer/src/lib/time-text';
import { expect, test } from './support/app-fixture';
import { fakeMailClient } from './support/fake-mail-client';
import { rpc, rpcEach } from './support/rpc';

const HOUR = 3_600_000;
const PANEL = ['Aisha Patel', 'Marcus Chen', 'Lena Park'];

// Specific enough that the hand-off guard does not ask "Send anyway?" (see handoff-guard.spec.ts).
const AISHA_NOTE =
  'Dear Aisha,\n\nThank you for the panel today. Your question about moving the Northwind billing service off its 2014 monolith made me rethink my answer, and I sketched a two-phase plan on the train home.\n\nBest,\nSam';

/** A panel interview two hours ago with three interviewers, listed in PANEL's order; Aisha's note is drafted. */
async function seedPanel(page: Page): Promise<{ ids: number[]; dueAt: string; occasionId: number }> {
  await rpc(page, 'settings.update', { yourName: 'Sam Lee' });
  const people = await rpcEach(
    page,
    'people.create',
    PANEL.map((fullName) => ({ fullName, emails: [`${fullName.split(' ')[0]!.toLowerCase()}@northwind.example`], company: 'Northwind' })),
  );
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    interviewFormat: 'panel',
    startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    participants: people.map((person) => ({ personId: person.id })),
  });
  const ids = occasion.participants.map((participant) => participant.thankYou!.id);
  await rpc(page, 'thanks.saveDraft', { id: ids[0]!, subject: 'Thank you, Aisha', body: AISHA_NOTE, recipient: null, draftRevision: 0 });
  return { ids, dueAt: occasion.participants[1]!.thankYou!.dueAt, occasionId: occasion.id };
}

const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const nextLink = (page: Page, name: string) => page.getByRole('link', { name: new RegExp(`^Next: ${name}, due `, 'u') });
const noteEditor = (page: Page, name: string) => page.getByRole('textbox', { name: `Note to ${name}` });

/** "Sat 10:00 AM" as the page writes it (renderer/src/lib/time-text.ts's `soon`, in the page's locale and zone). */
async function soonInPage(page: Page, iso: string): Promise<string> {
  const [locale, zone] = await page.evaluate(() => [navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone]);
  return timeText(locale, zone).soon(iso, new Date());
}

// The first test hands the note to a faked mail client, which only the page does (browser mode);
// in the desktop app the main process opens the system's real one.
const PAGE_SIDE = 'Opening the mail app is the page’s job only in browser mode; the Next link itself is covered by the tests below on both targets.';

test('after "Sent", the editor offers the next panelist as its main action, and the link opens their note', async ({ app, target }) => {
  test.skip(target === 'electron', PAGE_SIDE);
  const { page } = app;
  const mail = await fakeMailClient(page);
  const { ids, dueAt } = await seedPanel(page);
  await goTo(page, `/thanks/${ids[0]}`);
  await expect(heading(page)).toHaveText('Thank-you to Aisha Patel');

  await page.getByRole('button', { name: 'Open in mail app' }).click();
  await expect.poll(() => mail.links()).toHaveLength(1);
  await page.getByRole('region', { name: 'Did you send it?' }).getByRole('button', { name: 'Sent', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Mark the thank-you to \W?Aisha Patel\W? as sent$/u });
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(dialog).toBeHidden();

  // The way on is the header's main action, with its shortcut; focus lands on it.
  const next = nextLink(page, 'Marcus Chen');
  await expect(next).toHaveAccessibleName(`Next: Marcus Chen, due ${await soonInPage(page, dueAt)}`);
  await expect(next).toHaveClass(/\bprimary\b/u);
  await expect(next).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
  await expect(next.locator('kbd')).toHaveText('Alt+N');
  await expect(next).toBeFocused();
  await expect(page.getByText('The next one from this occasion')).toBeVisible();
  // Sending it again is still possible, but no longer the main action.
  const header = page.locator('.editor-header');
  await expect(header.getByRole('button', { name: 'Open in mail app' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Open in mail app' })).not.toHaveClass(/\bprimary\b/u);
  await expect(header.locator('.primary')).toHaveCount(1);

  await next.click();
  await expect(page).toHaveURL(new RegExp(`#/thanks/${ids[1]}$`, 'u'));
  await expect(heading(page)).toHaveText('Thank-you to Marcus Chen');
  // Marcus's note is still owed: the usual actions, and nothing about a next one yet.
  await expect(header.getByRole('button', { name: 'Open in mail app' })).toHaveClass(/\bprimary\b/u);
  await expect(page.getByRole('link', { name: /^Next: /u })).toHaveCount(0);
});

test('Alt+N moves on; Skip in the editor leads on too; the last one owed says all caught up', async ({ app }) => {
  const { page } = app;
  const { ids } = await seedPanel(page);
  await rpc(page, 'thanks.markSent', { id: ids[0]!, sentAt: new Date(Date.now() - HOUR).toISOString(), channel: 'email' });

  // A note that was already sent offers the way on as soon as it opens.
  await goTo(page, `/thanks/${ids[0]}`);
  await expect(nextLink(page, 'Marcus Chen')).toBeVisible();
  await page.keyboard.press('Alt+N');
  await expect(heading(page)).toHaveText('Thank-you to Marcus Chen');
  await expect(noteEditor(page, 'Marcus Chen')).toBeFocused();

  // Skip, with the dashboard's dialog: then Lena is next.
  await page.getByRole('button', { name: 'Skip…' }).click();
  const skip = page.getByRole('dialog', { name: /^Skip the thank-you to \W?Marcus Chen\W?\?$/u });
  await skip.getByLabel('Why is no thank-you needed?').fill('Only sat in for five minutes');
  await skip.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(skip).toBeHidden();
  await expect(nextLink(page, 'Lena Park')).toBeFocused();
  // From inside the note too (a skipped note can still be edited); it types nothing there.
  const skippedBody = (await rpc(page, 'thanks.get', { id: ids[1]! })).body;
  await noteEditor(page, 'Marcus Chen').click();
  await page.keyboard.press('Alt+N');
  await expect(heading(page)).toHaveText('Thank-you to Lena Park');
  await expect(noteEditor(page, 'Lena Park')).toBeFocused();
  expect((await rpc(page, 'thanks.get', { id: ids[1]! })).body).toBe(skippedBody);
  await page.keyboard.type('Dear Lena,');

  // Sent from elsewhere (another window): the open note follows, and nothing is left.
  await rpc(page, 'thanks.markSent', { id: ids[2]!, sentAt: new Date().toISOString(), channel: 'email' });
  const caughtUp = page.getByRole('status').filter({ hasText: 'That was the last one owed — all caught up.' });
  await expect(caughtUp).toBeVisible();
  await caughtUp.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/u);
});

test('Escape returns to where the note was opened from, with what was typed saved; in a dialog or menu it only closes that', async ({ app }) => {
  const { page } = app;
  const { ids } = await seedPanel(page);
  await goTo(page, '/dashboard');
  await page.getByRole('button', { name: 'Write note to Marcus Chen' }).click();
  await expect(heading(page)).toHaveText('Thank-you to Marcus Chen');
  const editor = noteEditor(page, 'Marcus Chen');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Dear Marcus, thank you for the whiteboard session.');

  // Escape in the Skip dialog closes the dialog only.
  await page.getByRole('button', { name: 'Skip…' }).click();
  const skip = page.getByRole('dialog', { name: /^Skip the thank-you to/u });
  await expect(skip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(skip).toBeHidden();
  await expect(heading(page)).toHaveText('Thank-you to Marcus Chen');

  // Escape in the Send menu closes the menu only.
  await page.getByRole('button', { name: 'More ways to send' }).click();
  const menu = page.getByRole('menu', { name: 'Ways to send' });
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(heading(page)).toHaveText('Thank-you to Marcus Chen');

  // In the note, Escape first collapses a selection (CodeMirror's meaning); the next one leaves.
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText('Thank-you to Marcus Chen');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' See you soon.');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/dashboard$/u);
  await expect(page.getByRole('button', { name: 'Write note to Aisha Patel' })).toBeVisible();
  const saved = async () => (await rpc(page, 'thanks.get', { id: ids[1]! })).body;
  await expect.poll(saved).toContain('Dear Marcus, thank you for the whiteboard session.');
  await expect.poll(saved).toMatch(/ See you soon\.$/u);
});
