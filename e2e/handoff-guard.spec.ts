import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { fakeMailClient, parseMailto } from './support/fake-mail-client';
import { seedCopiedPanelNote } from './support/copied-panel-note';
import { rpc } from './support/rpc';

const HOUR = 3_600_000;

const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);
const openInMailApp = (page: Page) => page.getByRole('button', { name: 'Open in mail app' }).click();
const question = (page: Page) => page.getByRole('region', { name: 'Did you send it?' });

test.describe('browser mode, the mail client faked', () => {
  test.skip(({ target }) => target === 'electron', 'The page opens the mailto: link only in browser mode; the refusal itself is the backend’s, tested in main/backend/handoff.');

  test('a note with a {{merge field}} and a [prompt] left is refused by every hand-off with the reason; once filled in it goes out', async ({ app }) => {
    const { page } = app;
    const mail = await fakeMailClient(page);
    const occasion = await rpc(page, 'occasions.create', {
      kind: 'interview',
      startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
      participants: [{ newPerson: { fullName: 'Priya Raman', email: 'priya@northwind.example' } }],
    });
    const id = occasion.participants[0]!.thankYou!.id;
    const body = 'Dear Priya,\n\nThank you for your thoughts on {{discussionPoint}}.\n\n[One sentence on what you would bring to the team]\n\nBest,\nSam';
    await rpc(page, 'thanks.saveDraft', { id, subject: 'Thank you', body, recipient: null, draftRevision: 0 });
    await goTo(page, `/thanks/${id}`);

    await openInMailApp(page);
    const reason = page.getByRole('alert').filter({ hasText: 'The note still has' });
    await expect(reason).toHaveText(
      'The note still has “{{discussionPoint}}” and “[One sentence on what you would bring…]” to fill in. Replace them with your own words before it goes out (F8 goes to each). Go to the next one',
    );
    await page.getByRole('button', { name: 'More ways to send' }).click();
    await page.getByRole('menu', { name: 'Ways to send' }).getByRole('menuitem', { name: /Copy as plain text/u }).click();
    await expect(reason).toBeVisible();
    await expect(question(page)).toHaveCount(0);
    expect(await mail.links()).toEqual([]);
    expect(await rpc(page, 'thanks.get', { id })).toMatchObject({ body, handedOffAt: null });

    // "Go to the next one" (and F8) select what is left, so typing replaces it.
    await reason.getByRole('button', { name: 'Go to the next one' }).click();
    await page.keyboard.type('the intake flow');
    await expect(reason).toHaveCount(0);
    await page.keyboard.press('F8');
    await page.keyboard.type('I rebuilt a similar intake form at Caremark & cut drop-off by 17%.');
    await openInMailApp(page);
    await expect.poll(() => mail.links()).toHaveLength(1);
    const sent = parseMailto((await mail.links())[0]!).body;
    expect(sent).toContain('Thank you for your thoughts on the intake flow.');
    expect(sent).toContain('I rebuilt a similar intake form at Caremark & cut drop-off by 17%.');
    expect(sent).not.toMatch(/\{\{|\[/u);
    await expect(question(page)).toBeVisible();
  });

  test('a panel note duplicated from a colleague’s needs “Send anyway”; keeping on editing hands nothing off', async ({ app }) => {
    const { page } = app;
    const mail = await fakeMailClient(page);
    const { colleague: zoe } = await seedCopiedPanelNote(page, { fullName: 'Zoë Okafor', email: 'zoe@northwind.example' });
    await goTo(page, `/thanks/${zoe}`);
    await expect(page.getByRole('textbox', { name: 'Note to Zoë Okafor' })).toContainText('Dear Zoë,');
    await expect(page.locator('[data-check="not-copied"]')).toHaveAttribute('data-ok', 'false');

    await openInMailApp(page);
    const ask = page.getByRole('dialog', { name: 'Send it anyway?' });
    await expect(ask).toContainText('Before this note goes to Zoë Okafor, the coach found:');
    await expect(ask).toContainText(/Your own words, not a copy: \d+% the same as your note to Marcus Chen/u);
    await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await expect(ask).toBeHidden();
    expect(await mail.links()).toEqual([]);
    expect(await rpc(page, 'thanks.get', { id: zoe })).toMatchObject({ handedOffAt: null, status: 'drafted' });

    await openInMailApp(page);
    await ask.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => mail.links()).toHaveLength(1);
    expect(parseMailto((await mail.links())[0]!).body).toMatch(/^Dear Zoë,/u);
    await expect(question(page)).toBeVisible();
    expect((await rpc(page, 'thanks.get', { id: zoe })).handedOffAt).not.toBeNull();
  });
});
