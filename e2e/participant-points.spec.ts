import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

// Each interviewer of a panel gets a note built on what they themselves asked or said.

const HOUR = 3_600_000;

const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);

/** The note's text as the editor holds it (CodeMirror: one element per line). */
async function editorText(editor: Locator): Promise<string> {
  return (await editor.locator('.cm-line').allTextContents()).join('\n');
}

async function addPerson(dialog: Locator, name: string) {
  const box = dialog.getByRole('combobox', { name: 'Who helped?' });
  await box.fill(name);
  await expect(dialog.getByRole('listbox', { name: 'Matching people' }).getByRole('option', { selected: true })).toContainText(/as a new person/);
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

const POINTS: Record<string, string> = {
  'Marcus Chen': 'how you would test the intake form with older patients',
  'Priya Raman': 'screen readers on the insurance step',
  'Tom Ng': 'the on-call rotation for the scheduling service',
};

test('a panel logged with a different point per person starts three different notes, each with its person’s point', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /Log an occasion/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an occasion' });
  await dialog.getByRole('radio', { name: 'Panel' }).check();
  for (const name of Object.keys(POINTS)) await addPerson(dialog, name);
  await dialog.getByRole('textbox', { name: 'Discussion point 1' }).fill('redesigning the patient intake flow');

  for (const [name, point] of Object.entries(POINTS)) {
    const toggle = dialog.getByRole('button', { name: `Their points for ${name}` });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // By keyboard: the disclosure opens with Enter, and the person's first point is named after them.
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await dialog.getByRole('textbox', { name: `Points for ${name} 1` }).fill(point);
    await expect(dialog.getByRole('button', { name: `Their points for ${name} (1)` })).toBeVisible();
  }
  await dialog.getByRole('button', { name: /Log occasion/ }).click();

  const toast = page.getByRole('status').filter({ hasText: '3 thank-yous due by' });
  await toast.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Panel interview with Marcus Chen/ })).toBeVisible();
  const occasionRoute = new URL(page.url()).hash.slice(1);
  for (const [name, point] of Object.entries(POINTS)) {
    await expect(page.getByRole('list', { name: `Points for ${name}` })).toHaveText(point);
  }

  const drafts: string[] = [];
  for (const [name, point] of Object.entries(POINTS)) {
    await goTo(page, occasionRoute);
    await page.getByRole('link', { name: `Write note to ${name}` }).click();
    const editor = page.getByRole('textbox', { name: `Note to ${name}` });
    await expect(editor).toContainText(point);
    const text = await editorText(editor);
    for (const [other, otherPoint] of Object.entries(POINTS)) if (other !== name) expect(text).not.toContain(otherPoint);
    drafts.push(text);
  }
  expect(new Set(drafts).size).toBe(3);
});

test('a person’s point edited on their note shows on the occasion page; a point too long is explained at the input and kept', async ({ app }) => {
  const { page } = app;
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    interviewFormat: 'panel',
    startsAt: new Date(Date.now() - 3 * HOUR).toISOString(),
    discussionPoints: ['redesigning the patient intake flow'],
    participants: [{ newPerson: { fullName: 'Marcus Chen' }, points: ['asked about testing'] }, { newPerson: { fullName: 'Priya Raman' } }],
  });
  const marcus = occasion.participants[0]!.thankYou!.id;
  await goTo(page, `/thanks/${marcus}`);
  await expect(page.getByRole('textbox', { name: 'Note to Marcus Chen' })).toContainText('asked about testing');

  await page.getByRole('button', { name: 'What Marcus Chen asked or said (1)' }).click();
  const first = page.getByRole('textbox', { name: 'Points for Marcus Chen 1' });
  await expect(first).toHaveValue('asked about testing');

  // Too long: the message sits at the input, which keeps every character typed.
  const tooLong = `${'a'.repeat(496)} long`; // 501 characters
  await first.fill(tooLong);
  await page.getByRole('button', { name: 'Save points' }).click();
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Point can be at most 500 characters.')).toBeVisible();
  await expect(first).toHaveValue(tooLong);
  expect((await rpc(page, 'occasions.get', { id: occasion.id })).participants[0]!.points).toEqual(['asked about testing']);

  // Fixed, with a second point and a promise to him: saved, and the occasion page shows them under his name.
  await first.fill('how you would test the intake form');
  await first.press('Enter');
  await page.getByRole('textbox', { name: 'Points for Marcus Chen 2' }).fill('pairing with QA');
  await page.getByRole('button', { name: '+ Add something you promised them' }).click();
  await page.getByRole('textbox', { name: 'Follow-up promised to Marcus Chen 1', exact: true }).fill('my test plan sketch');
  await page.getByRole('button', { name: 'Save points' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'What Marcus Chen asked or said (3)' })).toBeVisible();

  await goTo(page, `/occasions/${occasion.id}`);
  const points = page.getByRole('list', { name: 'Points for Marcus Chen' });
  await expect(points).toContainText('how you would test the intake form');
  await expect(points).toContainText('pairing with QA');
  await expect(points).toContainText('my test plan sketch');
  await expect(page.getByRole('list', { name: 'Points for Priya Raman' })).toHaveCount(0);
});

test('a point too long in the occasion form is explained at that person’s input, with everything typed kept', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /Log an occasion/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an occasion' });
  await addPerson(dialog, 'Marcus Chen');
  await dialog.getByRole('button', { name: 'Their points for Marcus Chen' }).click();
  const tooLong = 'b'.repeat(501);
  await dialog.getByRole('textbox', { name: 'Points for Marcus Chen 1' }).fill(tooLong);
  // Closed again before saving: the message opens it and takes the focus there.
  await dialog.getByRole('button', { name: 'Their points for Marcus Chen (1)' }).click();
  await dialog.getByRole('button', { name: /Log occasion/ }).click();
  const input = dialog.getByRole('textbox', { name: 'Points for Marcus Chen 1' });
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Point can be at most 500 characters.')).toBeVisible();
  await expect(input).toHaveValue(tooLong);
  await expect(dialog).toBeVisible();
});
