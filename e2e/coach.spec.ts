import { expect, test } from './support/app-fixture';
import { seedCopiedPanelNote } from './support/copied-panel-note';
import { rpc } from './support/rpc';

const HOUR = 3_600_000;

test('a note duplicated from a panel colleague’s sent note is flagged as copied, naming the colleague and how similar', async ({ app }) => {
  const { page } = app;
  // "Duplicate as new draft": the same note, greeting changed to Priya.
  const { colleague: priya } = await seedCopiedPanelNote(page, { fullName: 'Priya Raman', email: 'priya@northwind.example' });
  expect((await rpc(page, 'thanks.get', { id: priya })).body).toMatch(/^Dear Priya,/u);

  await page.goto(`${page.url().replace(/#.*$/u, '')}#/thanks/${priya}`);
  await expect(page.getByRole('textbox', { name: 'Note to Priya Raman' })).toContainText('Dear Priya,');
  const copied = page.locator('[data-check="not-copied"]');
  await expect(copied).toHaveAttribute('data-ok', 'false');
  await expect(copied).toContainText(/\d+% the same as your note to Marcus Chen/u);
  await expect(copied).toContainText('Your own words, not a copy');
  // The greeting was changed, so it is not addressed to Marcus.
  await expect(page.locator('[data-check="right-person"]')).toHaveAttribute('data-ok', 'true');
});

test('a greeting naming another panelist is flagged, naming who it seems to be for', async ({ app }) => {
  const { page } = app;
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    startsAt: new Date(Date.now() - 3 * HOUR).toISOString(),
    participants: [{ newPerson: { fullName: 'Priya Raman' } }, { newPerson: { fullName: 'Marcus Chen' } }],
  });
  const priya = occasion.participants.find((participant) => participant.fullName === 'Priya Raman')!.thankYou!.id;
  await rpc(page, 'thanks.saveDraft', { id: priya, subject: 'Thank you', body: 'Dear Marcus,\n\nThank you for the panel on the intake flow.\n\nBest,\nSam', recipient: null, draftRevision: 0 });
  await page.goto(`${page.url().replace(/#.*$/u, '')}#/thanks/${priya}`);
  const rightPerson = page.locator('[data-check="right-person"]');
  await expect(rightPerson).toHaveAttribute('data-ok', 'false');
  await expect(rightPerson).toContainText('The greeting is to Marcus Chen, not Priya');
});

test('a suggestion lands where it belongs, not at the cursor: a next step above the sign-off, a point after the opening thanks', async ({ app }) => {
  const { page } = app;
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    startsAt: new Date(Date.now() - 3 * HOUR).toISOString(),
    discussionPoints: ['the intake flow'],
    participants: [{ newPerson: { fullName: 'Priya Raman' } }],
  });
  const id = occasion.participants[0]!.thankYou!.id;
  const body = 'Dear Priya,\n\nThank you for the interview on Tuesday.\n\nWarm regards,\nSam Lee';
  await rpc(page, 'thanks.saveDraft', { id, subject: 'Thank you', body, recipient: null, draftRevision: 0 });
  await page.goto(`${page.url().replace(/#.*$/u, '')}#/thanks/${id}`);
  const editor = page.getByRole('textbox', { name: 'Note to Priya Raman' });
  // The cursor is put on the greeting line, and then after the signature: neither is where a sentence goes.
  await editor.locator('.cm-line', { hasText: 'Dear Priya,' }).click();
  const nextStep = page.locator('[data-check="next-step"]');
  await nextStep.getByRole('button', { name: /Insert/u }).click();
  await editor.locator('.cm-line', { hasText: 'Sam Lee' }).click();
  await page.keyboard.press('End');
  await page.locator('[data-check="discussion-point"]').getByRole('button', { name: /Insert/u }).click();
  await expect(nextStep).toHaveAttribute('data-ok', 'true');

  await expect(page.getByTestId('save-indicator')).toHaveText('Saved');
  const saved = (await rpc(page, 'thanks.get', { id })).body;
  expect(saved).toBe(
    'Dear Priya,\n\nThank you for the interview on Tuesday. I especially enjoyed our conversation about the intake flow.\n\n' +
      'I would welcome a short call next week to touch base.\n\nWarm regards,\nSam Lee',
  );
});
