import type { Locator, Page } from '@playwright/test';
import type { OccasionKind } from '../shared';
import { expect, test, type AppHandle } from './support/app-fixture';
import { rpc } from './support/rpc';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A fixed "now" for the tests that move the clocks: a Tuesday morning. */
const T0 = Date.parse('2026-03-10T09:00:00+01:00');

const rows = (page: Page) => page.locator('[data-outstanding-row]');
const row = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(`^${name}`, 'u') });
const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`, 'u'));
const figure = (page: Page, label: string) => page.getByRole('list', { name: 'What is owed' }).getByRole('listitem').filter({ hasText: label });

/** A thank-you owed by `name` for an occasion that ended `endedHoursAgo` (on `now`), made fast through the API. */
async function owe(page: Page, name: string, endedHoursAgo: number, options: { kind?: OccasionKind; company?: string; now?: number } = {}): Promise<number> {
  const now = options.now ?? Date.now();
  const person = await rpc(page, 'people.create', { fullName: name, company: options.company ?? '' });
  const end = now - endedHoursAgo * HOUR;
  const occasion = await rpc(page, 'occasions.create', {
    kind: options.kind ?? 'interview',
    startsAt: new Date(end - HOUR).toISOString(),
    endsAt: new Date(end).toISOString(),
    participants: [{ personId: person.id }],
  });
  return occasion.participants[0]!.thankYou!.id;
}

/** Both clocks at `at`: the backend's (test clock) and the page's (Playwright's fake timers), then a fresh load. */
async function startClocksAt(app: AppHandle, at: number): Promise<void> {
  await app.setBackendClock(new Date(at).toISOString());
  await app.page.clock.install({ time: at });
  await app.page.reload();
}

async function dashboard(page: Page): Promise<void> {
  await page.goto(`${page.url().replace(/#.*$/u, '')}#/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

/** The date and time boxes' text for an instant, in the page's zone. */
async function wallClock(page: Page, ms: number): Promise<{ date: string; time: string }> {
  return page.evaluate((at) => {
    const d = new Date(at);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
  }, ms);
}

test('a new user logs an interview that ended 25 hours ago: overdue on top, then marked sent from the dashboard', async ({ app }) => {
  const { page } = app;
  await dashboard(page);

  // (a) The empty state says what the app does and offers the first step.
  const welcome = page.getByRole('region', { name: 'Thank everyone who helps you land the job' });
  await expect(welcome).toContainText('timely, personal thank-you');
  await welcome.getByRole('button', { name: 'Log an interview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an occasion' });
  await expect(dialog.getByRole('radio', { name: 'Interview', exact: true })).toBeChecked();
  const box = dialog.getByRole('combobox', { name: 'Who helped?' });
  await box.fill('Priya Raman priya@example.com');
  await expect(dialog.getByRole('listbox', { name: 'Matching people' }).getByRole('option', { selected: true })).toContainText(/as a new person/u);
  await box.press('Enter');
  const end = Math.floor((Date.now() - 25 * HOUR) / MINUTE) * MINUTE;
  const start = await wallClock(page, end - HOUR);
  const finish = await wallClock(page, end);
  await field(dialog, 'Date').fill(start.date);
  await field(dialog, 'Start').fill(start.time);
  await field(dialog, 'End').fill(finish.time);
  if (finish.date !== start.date) {
    await dialog.getByRole('button', { name: 'Ends on another day?' }).click();
    await field(dialog, 'End date').fill(finish.date);
  }
  await box.press('Control+Enter');
  await expect(dialog).toBeHidden();

  // Others are owed too, due later; the overdue one is listed first.
  await owe(page, 'Jonas Weber', 2);
  await owe(page, 'Mei Tanaka', 1, { kind: 'referral' });
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).first()).toHaveAccessibleName(/^Priya Raman\. Interview: .*Priya Raman\. Overdue by 1 h\. To do, Email\.$/u);
  await expect(rows(page).first()).toContainText('Overdue by 1 h');
  await expect(rows(page).first()).toHaveClass(/urgency-overdue/u);
  await expect(figure(page, 'overdue')).toContainText('1');
  await expect(figure(page, 'due in the next 24 h')).toContainText('1');
  await expect(figure(page, 'later')).toContainText('1');
  const onTime = page.getByTestId('on-time');
  await expect(onTime).toContainText('—');
  await expect(onTime).toContainText('Nothing sent in the last 90 days yet.');

  // (b) Mark it sent from its row: the time defaults to now; it leaves the list, the figures follow.
  await row(page, 'Priya Raman').getByRole('button', { name: 'Mark sent: thank-you to Priya Raman' }).click();
  const sent = page.getByRole('dialog', { name: /^Mark the thank-you to \W?Priya Raman\W? as sent$/u });
  const now = await wallClock(page, Date.now());
  await expect(field(sent, 'Sent date')).toHaveValue(now.date);
  await sent.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(sent).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'marked as sent' })).toContainText('Priya Raman');
  await expect(rows(page)).toHaveCount(2);
  await expect(row(page, 'Priya Raman')).toHaveCount(0);
  await expect(onTime).toContainText('0 %');
  await expect(onTime).toContainText('of 1 in the last 90 days');
  await expect(page.getByTestId('median-time')).toContainText(/2[56] h/u);
  await expect(figure(page, 'overdue')).toContainText('0');

  // It shows under "Recently sent", folded away at first, marked late.
  const recent = page.locator('details.recently-sent');
  await expect(recent).not.toHaveAttribute('open', '');
  await recent.locator('summary').click();
  await expect(recent.getByRole('listitem').filter({ hasText: 'Priya Raman' })).toContainText('late');
});

test('a snoozed thank-you leaves the list and comes back by itself when the snooze ends', async ({ app }) => {
  const { page } = app;
  await owe(page, 'Jonas Weber', 2, { now: T0, company: 'Globex' });
  await owe(page, 'Mei Tanaka', 3, { now: T0 });
  await startClocksAt(app, T0);
  await dashboard(page);
  await expect(rows(page)).toHaveCount(2);

  await row(page, 'Jonas Weber').getByRole('button', { name: 'Snooze the thank-you to Jonas Weber' }).click();
  const dialog = page.getByRole('dialog', { name: /^Snooze the thank-you to \W?Jonas Weber\W?$/u });
  await expect(dialog.getByRole('button', { name: /^This evening/u })).toBeVisible();
  await dialog.getByRole('button', { name: /^1 hour/u }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'Jonas Weber')).toHaveCount(0);
  await expect(rows(page)).toHaveCount(1);
  await expect(figure(page, 'later')).toContainText('+ 1 snoozed');

  // Asking for snoozed ones shows it, with when it comes back.
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Snoozed' }).click();
  await expect(row(page, 'Jonas Weber')).toContainText('until');
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Snoozed' }).click();
  await expect(row(page, 'Jonas Weber')).toHaveCount(0);

  // Two hours later on both clocks: the next refresh of the figures brings it back, no reload.
  await app.setBackendClock(new Date(T0 + 2 * HOUR).toISOString());
  await page.clock.fastForward('02:00:00');
  await expect(row(page, 'Jonas Weber')).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await expect(figure(page, 'later')).not.toContainText('snoozed');
});

test('keyboard only: move through the rows, the help overlay, mark sent with s and Enter, snooze with z', async ({ app }) => {
  const { page } = app;
  await owe(page, 'Ada Lovelace', 30);
  await owe(page, 'Grace Hopper', 20);
  await owe(page, 'Alan Turing', 10);
  await dashboard(page);
  await expect(rows(page)).toHaveCount(3);
  const focused = page.locator('[data-outstanding-row]:focus');

  // j with nothing focused goes into the list; ↓, j, k move; the active row is the focused one.
  await page.keyboard.press('j');
  await expect(focused).toHaveAccessibleName(/^Ada Lovelace/u);
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAccessibleName(/^Grace Hopper/u);
  await page.keyboard.press('j');
  await expect(focused).toHaveAccessibleName(/^Alan Turing/u);
  await page.keyboard.press('k');
  await expect(focused).toHaveAccessibleName(/^Grace Hopper/u);
  await expect(focused).toHaveAttribute('tabindex', '0');

  // ? lists the shortcuts; Escape closes it and focus comes back to the row.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Mark sent');
  await expect(help).toContainText('Snooze');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(focused).toHaveAccessibleName(/^Grace Hopper/u);

  // x selects, and again unselects.
  await page.keyboard.press('x');
  await expect(page.getByRole('region', { name: 'Selected thank-yous' })).toContainText('1 selected');
  await page.keyboard.press('x');
  await expect(page.getByRole('region', { name: 'Selected thank-yous' })).toHaveCount(0);

  // s opens "Mark sent" on the focused row; Enter in the dialog saves it.
  await page.keyboard.press('s');
  const sent = page.getByRole('dialog', { name: /^Mark the thank-you to \W?Grace Hopper\W? as sent$/u });
  await expect(field(sent, 'Sent date')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sent).toBeHidden();
  await expect(row(page, 'Grace Hopper')).toHaveCount(0);
  // Focus moves on to the next one.
  await expect(focused).toHaveAccessibleName(/^Alan Turing/u);

  // z snoozes it; the first choice (1 hour) has focus.
  await page.keyboard.press('z');
  const snooze = page.getByRole('dialog', { name: /^Snooze the thank-you to \W?Alan Turing\W?$/u });
  await expect(snooze.getByRole('button', { name: /^1 hour/u })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(snooze).toBeHidden();
  await expect(rows(page)).toHaveCount(1);
  await expect(focused).toHaveAccessibleName(/^Ada Lovelace/u);

  // / goes to the filter; typing there is not taken for shortcuts.
  await page.keyboard.press('/');
  const filter = page.getByRole('searchbox', { name: 'Filter by person, company or occasion' });
  await expect(filter).toBeFocused();
  await page.keyboard.type('zs');
  await expect(filter).toHaveValue('zs');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('No thank-yous match these filters.')).toBeVisible();

  // Enter on a row opens the note editor for that thank-you.
  await page.keyboard.press('Escape');
  await expect(filter).toHaveValue('');
  await expect(rows(page)).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAccessibleName(/^Ada Lovelace/u);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/thanks\/\d+$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank-you to Ada Lovelace');
});

test('several at once: select two and mark them sent; a partial failure is reported by name', async ({ app }) => {
  const { page } = app;
  await owe(page, 'Ada Lovelace', 30);
  await owe(page, 'Grace Hopper', 20);
  const alan = await owe(page, 'Alan Turing', 10);
  await owe(page, 'Barbara Liskov', 5);
  await dashboard(page);
  await expect(rows(page)).toHaveCount(4);

  await row(page, 'Ada Lovelace').getByRole('checkbox', { name: 'Select the thank-you to Ada Lovelace' }).check();
  await row(page, 'Grace Hopper').getByRole('checkbox', { name: 'Select the thank-you to Grace Hopper' }).check();
  const bar = page.getByRole('region', { name: 'Selected thank-yous' });
  await expect(bar).toContainText('2 selected');
  await expect(row(page, 'Ada Lovelace')).toHaveAttribute('aria-selected', 'true');
  await bar.getByRole('button', { name: 'Mark sent' }).click();
  let dialog = page.getByRole('dialog', { name: 'Mark 2 thank-yous as sent' });
  await expect(field(dialog, 'Sent date')).toBeFocused();
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Marked 2 thank-yous as sent.' })).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await expect(bar).toHaveCount(0);

  // Select all loaded, then one of them is sent elsewhere while the dialog is open.
  await page.getByRole('checkbox', { name: 'Select all 2 loaded' }).check();
  await expect(bar).toContainText('2 selected');
  await bar.getByRole('button', { name: 'Skip' }).click();
  dialog = page.getByRole('dialog', { name: 'Skip 2 thank-yous?' });
  // Like one thank-you's Skip, it starts on the safe choice.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await rpc(page, 'thanks.markSent', { id: alan, sentAt: new Date(Date.now() - MINUTE).toISOString(), channel: 'email' });
  await dialog.getByRole('button', { name: 'Thanked in person already' }).click();
  await dialog.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(dialog).toBeHidden();
  const alert = page.getByRole('alert').filter({ hasText: 'Skipped 1 of 2 thank-yous.' });
  await expect(alert).toContainText('Alan Turing');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText('All caught up')).toBeVisible();
});

test('Snooze and Skip from the dashboard warn of a late snooze and can be undone, one at a time or a selection at once', async ({ app }) => {
  const { page } = app;
  const ada = await owe(page, 'Ada Lovelace', 23.5); // due in half an hour
  const grace = await owe(page, 'Grace Hopper', 20);
  await owe(page, 'Alan Turing', 10);
  // Grace's note was copied to the mail app and "did you send it?" is not answered yet.
  const draft = await rpc(page, 'thanks.saveDraft', { id: grace, subject: 'Thank you', body: 'Dear Grace,\n\nThank you.', recipient: null, draftRevision: 0 });
  const { handedOffAt } = await rpc(page, 'handoff.copy', { id: grace, format: 'plain' });
  expect(draft.draftRevision).toBeGreaterThan(0);
  await dashboard(page);
  await expect(rows(page)).toHaveCount(3);

  // A snooze past the due time is not taken silently, as on the occasion page.
  await row(page, 'Ada Lovelace').getByRole('button', { name: 'Snooze the thank-you to Ada Lovelace' }).click();
  let dialog = page.getByRole('dialog', { name: /^Snooze the thank-you to \W?Ada Lovelace\W?$/u });
  await dialog.getByRole('button', { name: /^1 hour/u }).click();
  await expect(dialog.getByRole('alert')).toContainText('the thank-you will be late');
  await dialog.getByRole('button', { name: /anyway$/u }).click();
  await expect(dialog).toBeHidden();
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('status').filter({ hasText: /Snoozed the thank-you to \W?Ada Lovelace/u }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Snooze undone/u })).toBeVisible();
  await expect(rows(page)).toHaveCount(3);
  expect(await rpc(page, 'thanks.get', { id: ada })).toMatchObject({ status: 'pending', snoozedUntil: null });

  // Undo of a skip puts the unanswered hand-off back with the draft.
  await row(page, 'Grace Hopper').getByRole('button', { name: 'Skip the thank-you to Grace Hopper' }).click();
  dialog = page.getByRole('dialog', { name: /^Skip the thank-you to \W?Grace Hopper\W?\?$/u });
  await dialog.getByRole('button', { name: 'Thanked in person already' }).click();
  await dialog.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('status').filter({ hasText: /Skipped the thank-you to \W?Grace Hopper/u }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Skip undone: the thank-you to \W?Grace Hopper/u })).toBeVisible();
  await expect(rows(page)).toHaveCount(3);
  expect(await rpc(page, 'thanks.get', { id: grace })).toMatchObject({ status: 'drafted', skipReason: null, handedOffAt, handoffMethod: 'copy-plain' });

  // A selection: snoozed together, then back as it was with one Undo.
  const bar = page.getByRole('region', { name: 'Selected thank-yous' });
  await page.getByRole('checkbox', { name: 'Select all 3 loaded' }).check();
  await bar.getByRole('button', { name: 'Snooze' }).click();
  dialog = page.getByRole('dialog', { name: 'Snooze 3 thank-yous' });
  // Ada's is due in half an hour: the selection's snooze asks too.
  await expect(dialog.getByRole('button', { name: /^1 hour/u })).toContainText('after some are due');
  await dialog.getByRole('button', { name: /^1 hour/u }).click();
  await expect(dialog.getByRole('alert')).toContainText('This is after one of them is due');
  await dialog.getByRole('button', { name: /anyway$/u }).click();
  await expect(dialog).toBeHidden();
  await expect(rows(page)).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Snoozed 3 thank-yous.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Snooze undone: 3 thank-yous back as before.' })).toBeVisible();
  await expect(rows(page)).toHaveCount(3);

  // Skipped together, and back together, Grace's hand-off too.
  await page.getByRole('checkbox', { name: 'Select all 3 loaded' }).check();
  await bar.getByRole('button', { name: 'Skip' }).click();
  dialog = page.getByRole('dialog', { name: 'Skip 3 thank-yous?' });
  await dialog.getByRole('button', { name: 'Thanked in person already' }).click();
  await dialog.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('All caught up')).toBeVisible();
  await page.getByRole('status').filter({ hasText: 'Skipped 3 thank-yous.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Skip undone: 3 thank-yous back as before.' })).toBeVisible();
  await expect(rows(page)).toHaveCount(3);
  expect(await rpc(page, 'thanks.get', { id: grace })).toMatchObject({ status: 'drafted', handedOffAt, handoffMethod: 'copy-plain' });
  await expect(bar).toHaveCount(0);
});

test('sorting and filters are remembered after a reload, and a damaged setting is ignored', async ({ app }) => {
  const { page } = app;
  await owe(page, 'Zoe Adams', 30, { company: 'Globex' });
  await owe(page, 'Adam Zhou', 2, { company: 'Globex' });
  await owe(page, 'Mia Globe', 1, { kind: 'referral', company: 'Initech' });
  await owe(page, 'Olu Bello', 3, { company: 'Initech' });
  await dashboard(page);
  await expect(rows(page)).toHaveCount(4);

  await page.getByRole('columnheader', { name: /Person/u }).getByRole('button', { name: 'Person' }).click();
  await expect(page.getByRole('columnheader', { name: /Person/u })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows(page).first()).toHaveAccessibleName(/^Adam Zhou/u);
  await page.getByRole('columnheader', { name: /Person/u }).getByRole('button', { name: 'Person' }).click();
  await expect(page.getByRole('columnheader', { name: /Person/u })).toHaveAttribute('aria-sort', 'descending');
  await expect(rows(page).first()).toHaveAccessibleName(/^Zoe Adams/u);

  await page.getByRole('button', { name: /^Kind: All/u }).click();
  await page.getByRole('checkbox', { name: 'Interview', exact: true }).check();
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Filter by person, company or occasion' }).fill('glob');
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Overdue only' }).check();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAccessibleName(/^Zoe Adams/u);

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Filter by person, company or occasion' })).toHaveValue('glob');
  await expect(page.getByRole('button', { name: /^Kind: Interview/u })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Overdue only' })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: /Person/u })).toHaveAttribute('aria-sort', 'descending');
  await expect(rows(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(rows(page)).toHaveCount(4);
  await expect(rows(page).first()).toHaveAccessibleName(/^Zoe Adams/u); // the sort stays

  // Whatever is stored, the dashboard starts.
  await page.evaluate(() => localStorage.setItem('thankful.dashboard.view', '{"sort":"salary","statuses":[],"kinds":"all"'));
  await page.reload();
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByRole('columnheader', { name: /Due/u })).toHaveAttribute('aria-sort', 'ascending');
});

test('the countdown follows the page clock without reading the list again', async ({ app }) => {
  const { page } = app;
  await owe(page, 'Ada Lovelace', 2, { now: T0 });
  await owe(page, 'Grace Hopper', 23.5, { now: T0 });
  await startClocksAt(app, T0);
  await dashboard(page);
  await expect(row(page, 'Ada Lovelace')).toContainText('Due in 22 h');
  await expect(row(page, 'Grace Hopper')).toContainText('Due in 30 min');

  const listReads: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/rpc/dashboard.outstanding')) listReads.push(request.url());
  });
  await page.clock.fastForward('01:00:00');
  await expect(row(page, 'Ada Lovelace')).toContainText('Due in 21 h');
  await expect(row(page, 'Grace Hopper')).toContainText('Overdue by 30 min');
  await expect(row(page, 'Grace Hopper')).toHaveClass(/urgency-overdue/u);
  expect(listReads).toEqual([]);
});

test('follow-ups due are listed with Done, and nothing owed reads "All caught up"', async ({ app }) => {
  const { page } = app;
  const id = await owe(page, 'Ada Lovelace', 30);
  await rpc(page, 'thanks.markSent', { id, sentAt: new Date(Date.now() - 20 * HOUR).toISOString(), channel: 'email', followUp: { text: 'Call to touch base', dueAt: new Date(Date.now() - HOUR).toISOString() } });
  await dashboard(page);
  await expect(page.getByText('All caught up')).toBeVisible();
  const followUps = page.getByRole('region', { name: /Follow-ups due/u });
  await expect(followUps).toContainText('Call to touch base');
  await expect(followUps.getByRole('link', { name: 'Ada Lovelace', exact: true })).toHaveAttribute('href', /#\/people\/\d+$/u);
  await expect(figure(page, 'follow-up due')).toContainText('1');
  await followUps.getByRole('button', { name: 'Done: Call to touch base with Ada Lovelace' }).press('Enter');
  await expect(followUps).toHaveCount(0);
  // Its button went with it: focus waits on the main content, not on <body> at the top of the document.
  await expect(page.locator('#main')).toBeFocused();
  await page.getByRole('status').filter({ hasText: 'Follow-up with' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: /Follow-ups due/u })).toContainText('Call to touch base');
});

test('a long list is read from SQLite page by page as it scrolls, with few rows in the page at any time', async ({ app }) => {
  const { page } = app;
  // Seeded from a screen that reads no dashboard list, so no announcement of these changes can
  // reach a dashboard late (on a busy machine) and count as a second read of the first page.
  await page.goto(`${page.url().replace(/#.*$/u, '')}#/settings`);
  for (let batch = 0; batch < 5; batch++) {
    await rpc(page, 'occasions.create', {
      kind: 'interview',
      interviewFormat: 'panel',
      startsAt: new Date(Date.now() - (30 - batch) * HOUR).toISOString(),
      participants: Array.from({ length: 50 }, (_, i) => ({ newPerson: { fullName: `Panelist ${String(batch * 50 + i + 1).padStart(3, '0')}` } })),
    });
  }
  const pages: unknown[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/rpc/dashboard.outstanding')) pages.push(request.postDataJSON());
  });
  // A fresh page (its event stream opens after the changes), then the dashboard: one read.
  await page.reload();
  await dashboard(page);
  const grid = page.getByRole('grid', { name: 'To send' });
  await expect(grid).toHaveAttribute('aria-rowcount', '251');
  await expect(rows(page).first()).toBeVisible();
  expect(await rows(page).count()).toBeLessThan(100);
  expect(pages).toEqual([expect.objectContaining({ limit: 100, offset: 0 })]);

  // Scrolling to the end reads the next pages; the page never holds more than a window of rows.
  const viewport = grid.locator('.grid-viewport');
  const last = page.locator('[data-outstanding-row][aria-rowindex="251"]');
  await expect(async () => {
    await viewport.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(last).toBeVisible({ timeout: 500 });
  }).toPass();
  expect(await rows(page).count()).toBeLessThan(100);
  expect(pages).toEqual([
    expect.objectContaining({ offset: 0 }),
    expect.objectContaining({ limit: 100, offset: 100 }),
    expect.objectContaining({ limit: 100, offset: 200 }),
  ]);

  // The keyboard reaches rows far from view: Home goes back to the first, focused and scrolled in.
  await last.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('[data-outstanding-row]:focus')).toHaveAttribute('aria-rowindex', '2');
  await expect(page.locator('[data-outstanding-row]:focus')).toBeInViewport();
});

/** Whether keyboard focus is inside the grid of thank-yous to send. */
const focusInGrid = (page: Page) =>
  page.evaluate(() => {
    const active = (globalThis as unknown as { document: { activeElement: { closest(selector: string): unknown } | null } }).document.activeElement;
    return active?.closest('[role="grid"]') !== null && active?.closest('[role="grid"]') !== undefined;
  });

test('the list is one Tab stop: arrow keys move between rows and cells, Tab out and back returns to the same place, Enter opens the note', async ({ app }) => {
  const { page } = app;
  await owe(page, 'Ada Lovelace', 30);
  await owe(page, 'Grace Hopper', 20);
  await owe(page, 'Alan Turing', 10);
  await dashboard(page);
  await expect(rows(page)).toHaveCount(3);
  const grid = page.getByRole('grid', { name: 'To send' });
  const focusedRow = page.locator('[data-outstanding-row]:focus');
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);

  // From the filter, Tab goes through the toolbar; from its last control one Tab is in the list, the next one out of it.
  await page.getByRole('searchbox', { name: 'Filter by person, company or occasion' }).focus();
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await sort.evaluate((element) => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)) break;
  }
  await expect(sort).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focusedRow).toHaveAccessibleName(/^Ada Lovelace/u);
  await page.keyboard.press('Tab');
  expect(await focusInGrid(page)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(focusedRow).toHaveAccessibleName(/^Ada Lovelace/u);

  // ↓ to the next row; → into its cells and controls; ↓ keeps the column; End/Home the ends of the row; ← back to the row.
  await page.keyboard.press('ArrowDown');
  await expect(focusedRow).toHaveAccessibleName(/^Grace Hopper/u);
  await page.keyboard.press('ArrowRight');
  await expect(row(page, 'Grace Hopper').getByRole('checkbox', { name: 'Select the thank-you to Grace Hopper' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(row(page, 'Grace Hopper').getByRole('link', { name: 'Grace Hopper' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'Alan Turing').getByRole('link', { name: 'Alan Turing' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(row(page, 'Alan Turing').getByRole('button', { name: 'Skip the thank-you to Alan Turing' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(row(page, 'Alan Turing').getByRole('button', { name: 'Snooze the thank-you to Alan Turing' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(row(page, 'Alan Turing').getByRole('checkbox', { name: 'Select the thank-you to Alan Turing' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(focusedRow).toHaveAccessibleName(/^Alan Turing/u);

  // Ctrl+Home: the first cell of the list (the header's "Select all"); ↓ into the first row; Ctrl+End: the last cell.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+Home');
  await expect(page.getByRole('checkbox', { name: 'Select all 3 loaded' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('columnheader', { name: 'Person' }).getByRole('button', { name: 'Person' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'Ada Lovelace').getByRole('link', { name: 'Ada Lovelace' })).toBeFocused();
  await page.keyboard.press('Control+End');
  const skipAlan = row(page, 'Alan Turing').getByRole('button', { name: 'Skip the thank-you to Alan Turing' });
  await expect(skipAlan).toBeFocused();

  // Still one Tab stop, where focus was last: Tab out and Shift+Tab back return to the same button.
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  expect(await focusInGrid(page)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(skipAlan).toBeFocused();

  // The row's shortcuts work from any of its cells: x selects it.
  await page.keyboard.press('x');
  await expect(page.getByRole('region', { name: 'Selected thank-yous' })).toContainText('1 selected');
  await expect(row(page, 'Alan Turing')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('x');
  await expect(page.getByRole('region', { name: 'Selected thank-yous' })).toHaveCount(0);

  // Enter on a cell without a control of its own (the occasion) opens the note editor.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const occasion = page.locator('[role="gridcell"]:focus');
  await expect(occasion).toContainText('Interview with Alan Turing');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/thanks\/\d+$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank-you to Alan Turing');
});

test('a filter remembered from last time says what it hides, and one button clears every filter', async ({ app }) => {
  const { page } = app;
  await owe(page, 'Zoe Adams', 30, { company: 'Globex' });
  await owe(page, 'Adam Zhou', 2, { company: 'Globex' });
  await owe(page, 'Mia Globe', 1, { kind: 'referral', company: 'Initech' });
  await owe(page, 'Olu Bello', 3, { company: 'Initech' });
  await dashboard(page);
  await expect(rows(page)).toHaveCount(4);
  const hidden = page.getByText(/hidden by filters/u);
  await expect(hidden).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  // The status chips are named like the status badges.
  await expect(page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'To do' })).toHaveAttribute('aria-pressed', 'true');
  await expect(rows(page).first().locator('.status-badge')).toHaveText('To do');

  await page.getByRole('checkbox', { name: 'Overdue only' }).check();
  await expect(rows(page)).toHaveCount(1);
  await page.reload();
  await expect(rows(page)).toHaveCount(1);
  const note = page.locator('.filter-note');
  await expect(note).toContainText(/Showing 1 of 4\W+3 hidden by filters/u);
  await expect(note).toContainText('overdue only');

  // A second filter is named too, and the count follows.
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Drafted' }).click();
  await expect(note).toContainText(/Showing 1 of 4\W+3 hidden by filters: To do\W+overdue only/u);

  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows(page)).toHaveCount(4);
  await expect(hidden).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Overdue only' })).not.toBeChecked();
  await expect(page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Drafted' })).toHaveAttribute('aria-pressed', 'true');
});

test('at 1280, 760 and 320 px nothing scrolls sideways, and names and states wrap rather than being cut', async ({ app }) => {
  const { page } = app;
  await owe(page, 'فاطمة الزهراء عبد الرحمن الهاشمي', 30, { company: 'شركة المستقبل للتقنية والاستشارات' });
  const snoozed = await owe(page, 'Maximilian Alexander Featherstonehaugh-Worthington', 3, { company: 'Initech International Holdings' });
  await rpc(page, 'thanks.snooze', { id: snoozed, until: new Date(Date.now() + 5 * HOUR).toISOString() });
  await page.evaluate(() =>
    (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem(
      'thankful.dashboard.view',
      JSON.stringify({ statuses: ['pending', 'drafted', 'snoozed'] }),
    ),
  );
  await dashboard(page);
  await page.reload();
  await expect(rows(page)).toHaveCount(2);
  for (const width of [1280, 760, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
          return root.scrollWidth - root.clientWidth;
        }),
      )
      .toBeLessThanOrEqual(0);
    // Nothing in a row is cut: no text wider than its box.
    const cut = await page.locator('[data-outstanding-row] :is(.row-person, .row-company, .row-title, .row-when, .status-badge, .row-channel, .countdown)').evaluateAll((elements) =>
      (elements as unknown as { scrollWidth: number; clientWidth: number; textContent: string }[])
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.textContent),
    );
    expect(cut, `at ${width} px`).toEqual([]);
    await expect(row(page, 'Maximilian')).toContainText('Snoozed');
  }
});
