import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

const HOUR = 3_600_000;

interface Seeded {
  occasionId: number;
  thankYouId: number;
}

/** Priya interviewed you two hours ago; what you talked about and what you promised are recorded. */
async function seedInterview(page: Page, extra: { body?: string; sent?: boolean } = {}): Promise<Seeded> {
  await rpc(page, 'settings.update', { yourName: 'Sam Lee' });
  const person = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya@northwind.example'], company: 'Northwind' });
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    discussionPoints: ['the move to event sourcing'],
    participants: [{ personId: person.id }],
  });
  const thankYouId = occasion.participants[0]!.thankYou!.id;
  if (extra.body !== undefined) await rpc(page, 'thanks.saveDraft', { id: thankYouId, subject: 'Thank you', body: extra.body, recipient: null, draftRevision: 0 });
  if (extra.sent) await rpc(page, 'thanks.markSent', { id: thankYouId, sentAt: new Date(Date.now() - HOUR).toISOString(), channel: 'email' });
  return { occasionId: occasion.id, thankYouId };
}

const goTo = (page: Page, route: string) => page.goto(`${page.url().replace(/#.*$/u, '')}#${route}`);

/** The Markdown editor (CodeMirror's content, inside the editor's shadow root). */
const noteEditor = (page: Page) => page.getByRole('textbox', { name: 'Note to Priya Raman' });

/** The note's text as the editor holds it: one element per line. */
async function editorText(editor: Locator): Promise<string> {
  return (await editor.locator('.cm-line').allTextContents()).join('\n');
}

async function typeAtEnd(page: Page, text: string) {
  await noteEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Console errors and requests that leave the app, for a test to assert there were none. */
function watch(page: Page) {
  const errors: string[] = [];
  const external: string[] = [];
  const origin = new URL(page.url()).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) external.push(request.url());
  });
  return { errors, external };
}

test('a new interview note starts from the template with the name and a discussion point; typing is saved and survives a reload', async ({ app }) => {
  const { page } = app;
  const watched = watch(page);
  const { occasionId, thankYouId } = await seedInterview(page);

  await goTo(page, `/occasions/${occasionId}`);
  await page.getByRole('link', { name: 'Write note to Priya Raman' }).click();
  await expect(page).toHaveURL(new RegExp(`#/thanks/${thankYouId}$`, 'u'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank-you to Priya Raman');

  const editor = noteEditor(page);
  await expect(editor).toContainText('Dear Priya,');
  await expect(editor).toContainText('the move to event sourcing');
  await expect(page.getByLabel('Subject')).toHaveValue(/^Thank you for our conversation on /u);
  // The template's prompt is still there, and marked.
  await expect(editor.locator('.cm-unfilled-prompt')).toContainText('[One sentence on what you would bring to the team]');
  // Opening alone saves nothing.
  await expect(page.getByTestId('save-indicator')).toHaveText('New draft');
  expect((await rpc(page, 'thanks.get', { id: thankYouId })).status).toBe('pending');

  await typeAtEnd(page, '\nP.S. Our talk about on-call & 100% uptime? #1 priority 🎉 שלום');
  await expect(page.getByTestId('save-indicator')).toHaveText('Saved');
  const saved = await rpc(page, 'thanks.get', { id: thankYouId });
  expect(saved.status).toBe('drafted');
  expect(saved.body).toContain('P.S. Our talk about on-call & 100% uptime? #1 priority 🎉 שלום');
  expect(saved.body).toContain('Dear Priya,');
  expect(saved.subject).toMatch(/^Thank you for our conversation on /u);

  await page.reload();
  await expect(noteEditor(page)).toContainText('P.S. Our talk about on-call');
  expect(await editorText(noteEditor(page))).toBe(saved.body);
  await expect(page.locator('.editor-kicker .status-badge')).toHaveText('Drafted');
  await expect(page.getByTestId('save-indicator')).toHaveText('Saved');

  expect(watched.errors).toEqual([]);
  expect(watched.external).toEqual([]);
});

test('a phone screen with nothing recorded starts from a note with no empty section and one sign-off', async ({ app }) => {
  const { page } = app;
  await rpc(page, 'settings.update', { yourName: 'Sam Lee', signature: 'Best regards,\nSam Lee' });
  const person = await rpc(page, 'people.create', { fullName: 'Priya Raman', emails: ['priya@northwind.example'], company: 'Northwind' });
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    interviewFormat: 'phone-screen',
    startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    participants: [{ personId: person.id }],
  });
  await goTo(page, `/thanks/${occasion.participants[0]!.thankYou!.id}`);

  const editor = noteEditor(page);
  await expect(editor).toContainText('Dear Priya,');
  // The exact text is held by shared/templates/built-in-templates.test.ts; here, what the draft must not have.
  const text = await editorText(editor);
  expect(text).toContain('Thank you for making time to talk with me about the role at Northwind. [Something from our conversation');
  expect(text).not.toMatch(/\n{3}|:\n\n|\babout\s*[;.]|\bthe +role at +\./u);
  expect(text.split('\n').filter((line) => /^(?:Warm regards|Best regards|Best|Thanks again),?$/u.test(line))).toEqual(['Best regards,']);
  expect(text.trimEnd().endsWith('\n\nBest regards,\nSam Lee')).toBe(true);
  await expect(editor).not.toContainText('As promised');
  await expect(editor).not.toContainText('{{');
  await expect(editor.locator('.cm-unfilled-prompt').first()).toContainText('Something from our conversation');
});

test('text typed just before the window closes is back when the note reopens', async ({ app }) => {
  const { page } = app;
  const { thankYouId } = await seedInterview(page, { body: 'Dear Priya,\n\nThank you.' });
  await goTo(page, `/thanks/${thankYouId}`);
  await typeAtEnd(page, ' Typed right before closing.');
  // No pause for the autosave: the reload comes at once.
  await page.reload();
  await expect(noteEditor(page)).toContainText('Thank you. Typed right before closing.');
  await expect(page.getByTestId('save-indicator')).toHaveText('Saved');
  expect((await rpc(page, 'thanks.get', { id: thankYouId })).body).toBe('Dear Priya,\n\nThank you. Typed right before closing.');
});

test('the coach turns the discussion-point check green when a recorded point is added', async ({ app }) => {
  const { page } = app;
  const { thankYouId } = await seedInterview(page, { body: 'Dear Priya,\n\nThank you for the interview yesterday.\n\nBest,\nSam' });
  await goTo(page, `/thanks/${thankYouId}`);
  const check = page.locator('[data-check="discussion-point"]');
  await expect(check).toHaveAttribute('data-ok', 'false');
  await expect(check).toContainText('needs attention');

  await noteEditor(page).locator('.cm-line', { hasText: 'Thank you for the interview yesterday.' }).click();
  await page.keyboard.press('End');
  // Inflected and in another order than recorded ("the move to event sourcing").
  await page.keyboard.type(' I keep thinking about how your team is moving to event sourcing.');
  await expect(check).toHaveAttribute('data-ok', 'true');
  await expect(check).toContainText('fine');
});

test('a coach suggestion is inserted with one click, and Ctrl+B makes text bold', async ({ app }) => {
  const { page } = app;
  const { thankYouId } = await seedInterview(page, { body: 'To whom it may concern,\n\nThank you for the interview.\n\nBest,\nSam' });
  await goTo(page, `/thanks/${thankYouId}`);
  const greeting = page.locator('[data-check="addressed-by-name"]');
  await expect(greeting).toHaveAttribute('data-ok', 'false');
  await greeting.getByRole('button', { name: /Use greeting/u }).click();
  await expect(greeting).toHaveAttribute('data-ok', 'true');
  await expect(noteEditor(page).locator('.cm-line').first()).toHaveText('Dear Priya,');

  await noteEditor(page).locator('.cm-line', { hasText: 'Thank you for the interview.' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await page.keyboard.press('Control+b');
  await expect(noteEditor(page)).toContainText('Thank you for the **interview**.');
  await expect(page.getByTestId('save-indicator')).toHaveText('Saved');
});

test('<img src=x onerror=…> in a note does not run, and nothing leaves the app', async ({ app }) => {
  const { page } = app;
  const watched = watch(page);
  const { thankYouId } = await seedInterview(page, { body: 'Dear Priya,\n\n' });
  await goTo(page, `/thanks/${thankYouId}`);
  await typeAtEnd(page, '<img src=x onerror="window.__pwned=1"> ![pixel](https://tracker.example/p.png) [x](javascript:window.__pwned=2) <script>window.__pwned=3</script>');
  await page.getByRole('tab', { name: 'Preview' }).click();
  const preview = page.locator('.note-preview-body');
  await expect(preview).toContainText('Image not loaded: pixel');
  await expect(preview.locator('img, script')).toHaveCount(0);
  await expect(preview.locator('a')).not.toHaveAttribute('href');
  await preview.locator('a').click();
  await expect(page.getByTestId('save-indicator')).toHaveText('Saved');
  expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(page.url()).toContain(`#/thanks/${thankYouId}`);
  expect(watched.errors).toEqual([]);
  expect(watched.external).toEqual([]);
});

test('a sent note is read-only', async ({ app }) => {
  const { page } = app;
  const { thankYouId } = await seedInterview(page, { body: 'Dear Priya,\n\nThank you for the conversation.\n\nSam', sent: true });
  await goTo(page, `/thanks/${thankYouId}`);
  const editor = noteEditor(page);
  await expect(editor).toContainText('Thank you for the conversation.');
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByText(/This is the note as it was sent, so it can’t be changed/u)).toBeVisible();
  await expect(page.getByLabel('Subject')).toHaveAttribute('readonly', '');
  await expect(page.getByLabel('Template')).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toHaveCount(0);

  await editor.click();
  await page.keyboard.type('changed');
  await expect(editor).not.toContainText('changed');
  const after = await rpc(page, 'thanks.get', { id: thankYouId });
  expect(after.status).toBe('sent');
  expect(after.body).toBe('Dear Priya,\n\nThank you for the conversation.\n\nSam');
});

test('picking a template asks before replacing what was written, and Ctrl+Z brings it back', async ({ app }) => {
  const { page } = app;
  const { thankYouId } = await seedInterview(page, { body: 'Hi Priya, my own words.' });
  await goTo(page, `/thanks/${thankYouId}`);
  await page.getByLabel('Template').selectOption({ label: 'Interview: thank your interviewer' });
  const dialog = page.getByRole('dialog', { name: 'Start again from this template?' });
  // A destructive question starts on the safe choice.
  await expect(dialog.getByRole('button', { name: 'Keep my text' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(noteEditor(page)).toHaveText('Hi Priya, my own words.');

  await page.getByLabel('Template').selectOption({ label: 'Interview: thank your interviewer' });
  await dialog.getByRole('button', { name: 'Replace my text' }).click();
  await expect(noteEditor(page)).toContainText('Dear Priya,');
  await expect(noteEditor(page)).toContainText('the move to event sourcing');
  await page.keyboard.press('Control+z');
  await expect(noteEditor(page)).toHaveText('Hi Priya, my own words.');
  await expect(page.getByTestId('save-indicator')).toHaveText('Saved');
  expect((await rpc(page, 'thanks.get', { id: thankYouId })).body).toBe('Hi Priya, my own words.');
});

test('templates: an unknown merge field is flagged, an edited template starts new notes, and the original can be restored', async ({ app }) => {
  const { page } = app;
  const { thankYouId } = await seedInterview(page);
  await goTo(page, '/settings');
  const card = page.getByRole('region', { name: 'Templates' });
  await card.getByRole('button', { name: 'Edit “Interview: thank your interviewer”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit built-in template' });
  const body = dialog.getByLabel('Note', { exact: true });
  await body.fill('Hi {{person.addressAs}} from {{company}},\n\nThanks for talking about {{discussionPoint}}.');
  await expect(dialog.getByText(/Unknown merge field \{\{company\}\} \(did you mean \{\{person\.company\}\}\?\)/u)).toBeVisible();
  await body.fill('Hi {{person.addressAs}},\n\n{{#discussionPoint}}Thanks for talking about {{discussionPoint}}.');
  await expect(dialog.getByText('{{#discussionPoint}} is never closed: end the section with {{/discussionPoint}}.')).toBeVisible();
  await body.fill('Hi {{person.addressAs}},\n\n{{#discussionPoint}}Thanks for talking about {{discussionPoint}}.{{/discussionPoint}}');
  await expect(dialog.getByText(/Unknown merge field|never closed/u)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByText('Built-in · edited')).toBeVisible();

  await goTo(page, `/thanks/${thankYouId}`);
  await expect(noteEditor(page)).toContainText('Hi Priya,');
  await expect(noteEditor(page)).toContainText('Thanks for talking about the move to event sourcing.');

  await goTo(page, '/settings');
  await card.getByRole('button', { name: 'Restore original' }).click();
  await page.getByRole('dialog', { name: 'Restore the original template?' }).getByRole('button', { name: 'Restore original' }).click();
  await expect(card.getByText('Built-in · edited')).toHaveCount(0);
});
