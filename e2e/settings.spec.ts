import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

const openSettings = (page: Page) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
const deadlines = (page: Page) => page.getByRole('form', { name: 'Deadlines', exact: true });
const HOUR = 3_600_000;

test('the interview deadline changed to 48 hours is kept after a reload and moves unsent thank-yous', async ({ app }) => {
  const { page } = app;
  const endsAt = new Date(Date.now() - 2 * HOUR);
  const occasion = await rpc(page, 'occasions.create', {
    kind: 'interview',
    startsAt: new Date(endsAt.getTime() - HOUR).toISOString(),
    endsAt: endsAt.toISOString(),
    participants: [{ newPerson: { fullName: 'Priya Raman' } }],
  });
  expect(Date.parse(occasion.participants[0]!.thankYou!.dueAt)).toBe(endsAt.getTime() + 24 * HOUR);

  await openSettings(page);
  const form = deadlines(page);
  await expect(form).toContainText('interview thank-yous are due 24 hours after the interview ends');
  await expect(form).toContainText('unless you set their due time by hand');
  const interview = form.getByLabel('Interview', { exact: true });
  await expect(interview).toHaveValue('24');
  await expect(interview).toHaveAccessibleDescription('24 h = 1 day');
  await expect(form.getByRole('button', { name: 'Save deadlines' })).toBeDisabled();

  await interview.fill('48');
  await expect(interview).toHaveAccessibleDescription('48 h = 2 days · Default 24 h');
  await form.getByRole('button', { name: 'Save deadlines' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deadlines saved.' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save deadlines' })).toBeDisabled();

  await page.reload();
  await expect(deadlines(page).getByLabel('Interview', { exact: true })).toHaveValue('48');
  const occasions = await rpc(page, 'occasions.list', {});
  const detail = await rpc(page, 'occasions.get', { id: occasions.items[0]!.id });
  expect(Date.parse(detail.participants[0]!.thankYou!.dueAt)).toBe(endsAt.getTime() + 48 * HOUR);

  // Back to the defaults in one step.
  await deadlines(page).getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(deadlines(page).getByLabel('Interview', { exact: true })).toHaveValue('24');
  await deadlines(page).getByRole('button', { name: 'Save deadlines' }).click();
  await expect(deadlines(page).getByRole('button', { name: 'Reset to defaults' })).toBeDisabled();
});

test('invalid hours are explained at their fields, what was typed stays, and nothing is saved', async ({ app }) => {
  const { page } = app;
  await openSettings(page);
  const form = deadlines(page);
  const interview = form.getByLabel('Interview', { exact: true });
  const referral = form.getByLabel('Referral or introduction');
  const mentoring = form.getByLabel('Mentoring session');
  await interview.fill('0');
  await referral.fill('1.5');
  await mentoring.fill('2000');
  await form.getByLabel('Other help').fill('36');
  await form.getByRole('button', { name: 'Save deadlines' }).click();

  await expect(interview).toHaveAttribute('aria-invalid', 'true');
  await expect(interview).toHaveAccessibleDescription('At least 1 hour.');
  await expect(interview).toBeFocused();
  await expect(referral).toHaveAccessibleDescription('Use whole hours.');
  await expect(mentoring).toHaveAccessibleDescription('At most 1440 hours (60 days).');
  await expect(interview).toHaveValue('0');
  await expect(referral).toHaveValue('1.5');
  await expect(mentoring).toHaveValue('2000');
  await expect(form.getByLabel('Other help')).toHaveValue('36');

  // One request, all or nothing: the valid 36 was not saved either.
  expect((await rpc(page, 'settings.get', {})).dueHours).toMatchObject({ interview: 24, referral: 48, mentoring: 48, other: 72 });

  await interview.fill('12');
  await expect(interview).toHaveAttribute('aria-invalid', 'false');
  await expect(interview).toHaveAccessibleDescription('12 hours · Default 24 h');
});

test('your name, signature and usual channel are saved and kept', async ({ app }) => {
  const { page } = app;
  await openSettings(page);
  const you = page.getByRole('form', { name: 'You', exact: true });
  await you.getByLabel('Your name').fill('Zoë Ångström-O’Brien');
  await you.getByLabel('Signature').fill('Best regards,\nZoë\n+1 555 0100');
  await you.getByLabel('Usually sent by').selectOption('handwritten');
  await you.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved your details.' })).toBeVisible();

  await page.reload();
  const reloaded = page.getByRole('form', { name: 'You', exact: true });
  await expect(reloaded.getByLabel('Your name')).toHaveValue('Zoë Ångström-O’Brien');
  await expect(reloaded.getByLabel('Signature')).toHaveValue('Best regards,\nZoë\n+1 555 0100');
  await expect(reloaded.getByLabel('Usually sent by')).toHaveValue('handwritten');
});
