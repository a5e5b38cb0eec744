import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

const HOUR = 3_600_000;

const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);
const noteEditor = (page: Page) => page.getByRole('textbox', { name: 'Note to Priya Raman' });

/** A drafted interview note to Priya with the template's placeholders still in it. */
async function seedDraft(page: Page, startsAt = new Date(Date.now() - 2 * HOUR)): Promise<number> {
  await rpc(page, 'settings.update', { yourName: 'Sam Lee' });
  const person = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya@northwind.example'], company: 'Northwind' });
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    startsAt: startsAt.toISOString(),
    discussionPoints: ['the move to event sourcing'],
    participants: [{ personId: person.id }],
  });
  const id = occasion.participants[0]!.thankYou!.id;
  const body = 'Dear Priya,\n\nThank you for the interview. [One sentence on what you would bring to the team]\n\nBest,\nSam';
  await rpc(page, 'thanks.saveDraft', { id, subject: 'Thank you', body, recipient: null, draftRevision: 0 });
  return id;
}

/** WCAG 2.2 A and AA, as axe checks them, within the editor's screen. */
async function editorViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include('.editor-screen')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}: ${violation.help}`));
}

test('the editor passes axe (WCAG 2.2 AA) with its coach tab, and on a wide window with coach and preview together', async ({ app }) => {
  const { page } = app;
  const id = await seedDraft(page);
  // Long enough for the text, the coach and the preview each to scroll.
  const paragraphs = Array.from({ length: 30 }, (_, n) => `Paragraph ${n + 1} about the move to event sourcing and the on-call rotation.`).join('\n\n');
  const body = `Dear Priya,\n\nThank you for the interview. [One sentence on what you would bring to the team]\n\n${paragraphs}\n\nBest,\nSam`;
  await rpc(page, 'thanks.saveDraft', { id, subject: 'Thank you', body, recipient: null, draftRevision: 1 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await goTo(page, `/thanks/${id}`);
  await expect(noteEditor(page)).toContainText('Dear Priya,');
  await expect(page.getByRole('tab', { name: 'Coach' })).toHaveAttribute('aria-selected', 'true');
  expect(await editorViolations(page)).toEqual([]);

  // Wide: no tabs, both panels at once, each a named region the keyboard can reach and scroll.
  await page.setViewportSize({ width: 1500, height: 900 });
  await expect(page.getByRole('tablist')).toHaveCount(0);
  const coach = page.getByRole('region', { name: 'Coach' });
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(coach).toBeVisible();
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Thank you for the interview.');
  await expect(coach).toHaveAttribute('tabindex', '0');
  expect(await editorViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 1700, height: 900 });
  await expect(coach).toBeVisible();
  await expect(preview).toBeVisible();
  expect(await editorViolations(page)).toEqual([]);
});

test('the coach lists what needs work first; the checks that pass are one disclosure; no uppercase labels', async ({ app }) => {
  const { page } = app;
  const id = await seedDraft(page);
  await goTo(page, `/thanks/${id}`);
  const coach = page.getByRole('tabpanel', { name: 'Coach' });
  const placeholders = coach.locator('[data-check="no-placeholders"]');
  await expect(placeholders).toHaveAttribute('data-ok', 'false');
  await expect(placeholders).toBeVisible();

  const passing = coach.locator('details.coach-passing');
  const summary = passing.locator('summary');
  await expect(summary).toHaveText(/^\d+ checks? pass(es)?$/u);
  const greeting = coach.locator('[data-check="addressed-by-name"]');
  await expect(greeting).toHaveAttribute('data-ok', 'true');
  await expect(greeting).toBeHidden();
  // Every check needing work comes before the disclosure.
  const order = await coach.locator('[data-check], details').evaluateAll((nodes) =>
    nodes.map((node) => ((node as unknown as { tagName: string }).tagName === 'DETAILS' ? 'details' : (node as unknown as { dataset: { ok: string } }).dataset.ok)),
  );
  expect(order.indexOf('details')).toBe(order.lastIndexOf('false') + 1);

  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(passing).toHaveAttribute('open', '');
  await expect(greeting).toBeVisible();

  const transforms = await page
    .locator('.side-panel-title, .coach-suggestion-action, .coach-summary, .coach-passing summary')
    .evaluateAll((nodes) => nodes.map((node) => (globalThis as unknown as { getComputedStyle(n: unknown): { textTransform: string } }).getComputedStyle(node).textTransform));
  expect(transforms.length).toBeGreaterThan(0);
  expect(transforms.every((value) => value === 'none')).toBe(true);
});

test('the countdown is not a live region; becoming overdue while the note is open is announced once', async ({ app }) => {
  const { page } = app;
  const id = await seedDraft(page);
  const { dueAt } = await rpc(page, 'thanks.get', { id });
  await page.clock.install({ time: new Date() });
  await page.reload();
  await goTo(page, `/thanks/${id}`);
  const due = page.locator('.editor-due');
  await expect(due).toContainText(/Due in /u);
  expect(await due.evaluate((node) => (node as unknown as { closest(s: string): unknown }).closest('[role="status"], [aria-live]'))).toBeNull();
  const announcement = page.getByTestId('due-announcement');
  await expect(announcement).toHaveAttribute('aria-live', 'polite');
  await expect(announcement).toHaveText('');

  // A minute goes by: the text changes, nothing is announced.
  const before = await due.textContent();
  await page.clock.fastForward(61_000);
  await expect(due).not.toHaveText(before ?? '');
  await expect(announcement).toHaveText('');

  // Past the due time: said once.
  await page.clock.fastForward(Date.parse(dueAt) - Date.now() + 2 * 60_000);
  await expect(due).toContainText(/Overdue by /u);
  await expect(announcement).toHaveText('This note is now overdue.');
});

test('"Did you send it?" is announced politely by a region that was there before it, and the focus stays put', async ({ app, target }) => {
  test.skip(target === 'electron', 'Copies from the page, which only browser mode does; in the desktop app the main process copies (main/electron/desktop.test.ts) and the same SentQuestion region announces it.');
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = await seedDraft(page);
  await rpc(page, 'thanks.saveDraft', { id, subject: 'Thank you', body: 'Dear Priya,\n\nThank you for the interview and the talk about event sourcing.\n\nBest,\nSam', recipient: null, draftRevision: 1 });
  await goTo(page, `/thanks/${id}`);
  const announcement = page.getByTestId('sent-question-announcement');
  await expect(announcement).toHaveAttribute('aria-live', 'polite');
  await expect(announcement).toHaveText('');
  await page.getByRole('button', { name: 'More ways to send' }).click();
  await page.getByRole('menu', { name: 'Ways to send' }).getByRole('menuitem', { name: 'Copy as plain text' }).click();
  const ask = page.getByRole('dialog', { name: 'Send it anyway?' });
  await expect.poll(async () => (await ask.isVisible()) || (await page.getByRole('region', { name: 'Did you send it?' }).isVisible())).toBe(true);
  if (await ask.isVisible()) await ask.getByRole('button', { name: 'Send anyway' }).click();
  await expect(page.getByRole('region', { name: 'Did you send it?' })).toBeVisible();
  await expect(announcement).toHaveText(/^You copied it .*Did you send it\?$/u);
});

test('narrow windows: the header is compact (Skip beside Send at 760 px), nothing scrolls sideways at 320 px, light or dark', async ({ app }) => {
  const { page } = app;
  const id = await seedDraft(page);
  await goTo(page, `/thanks/${id}`);
  await expect(noteEditor(page)).toContainText('Dear Priya,');
  const sideways = () =>
    page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number }; getElementById(id: string): { scrollWidth: number; clientWidth: number } | null } }).document;
      const boxes = [doc.documentElement, doc.getElementById('main')].filter((box) => box !== null);
      return Math.max(...boxes.map((box) => box.scrollWidth - box.clientWidth));
    });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 760, height: 900 });
    const skip = await page.getByRole('button', { name: 'Skip…' }).boundingBox();
    const send = await page.getByRole('button', { name: 'Open in mail app' }).boundingBox();
    expect(Math.abs(skip!.y - send!.y)).toBeLessThan(4);
    expect(await sideways()).toBe(0);
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(page.getByRole('button', { name: 'Open in mail app' })).toBeVisible();
    expect(await sideways()).toBe(0);
    expect(await editorViolations(page)).toEqual([]);
  }
});
