import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { axeViolations, sidewaysOverflow } from './support/axe';
import { rpc } from './support/rpc';

/**
 * axe-core (WCAG 2.2 A and AA) on every screen and every dialog and menu, in light and dark, at
 * 1280 px and at 320 px (a 1280 px window at 400% zoom), with names from several scripts and the
 * characters people really type. Each state also has to fit the window's width (Reflow).
 */

const HOUR = 3_600_000;

interface Seeded {
  personId: number;
  occasionId: number;
  opportunityId: number;
  pendingId: number;
  draftedId: number;
  sentId: number;
  sentOccasionId: number;
  skippedOccasionId: number;
}

/** Someone owed for every kind of state: overdue, due soon, drafted, snoozed, sent with a follow-up due, skipped; and someone to tell how it went. */
async function seed(page: Page): Promise<Seeded> {
  const now = Date.now();
  const person = (fullName: string, company: string, emails: string[] = []) => rpc(page, 'people.create', { fullName, company, emails });
  const ada = await person('Ada Lovelace', 'Analytical Engines & Co', ['ada@example.com']);
  const grace = await person('Grace Hopper 🚢', 'Navy ? # % +', ['grace@example.com']);
  const noor = await person('نور الهدى', 'شركة الأمل', ['noor@example.com']);
  const yuki = await person('山田 由紀', 'Kaisha');
  const opportunity = await rpc(page, 'opportunities.create', { company: 'Analytical Engines & Co', role: 'Staff engineer' });
  const occasion = (kind: 'interview' | 'referral' | 'advocacy-call' | 'mentoring', endedHoursAgo: number, personIds: number[]) =>
    rpc(page, 'occasions.create', {
      kind,
      startsAt: new Date(now - (endedHoursAgo + 1) * HOUR).toISOString(),
      endsAt: new Date(now - endedHoursAgo * HOUR).toISOString(),
      participants: personIds.map((personId) => ({ personId })),
      opportunityId: opportunity.id,
    });
  const panel = await occasion('interview', 2, [ada.id, grace.id]);
  const referral = await occasion('referral', 30, [noor.id]);
  const call = await occasion('advocacy-call', 50, [yuki.id]);
  const mentoring = await occasion('mentoring', 5, [yuki.id]);
  const thankYou = (detail: typeof panel, index = 0) => detail.participants[index]!.thankYou!.id;
  await rpc(page, 'thanks.saveDraft', { id: thankYou(panel, 1), subject: 'Thank you', body: 'Dear Grace,\n\nThank you for the **tour** of the lab.', draftRevision: 0 });
  await rpc(page, 'thanks.snooze', { id: thankYou(mentoring), until: new Date(now + 20 * HOUR).toISOString() });
  await rpc(page, 'thanks.markSent', {
    id: thankYou(call),
    sentAt: new Date(now - 40 * HOUR).toISOString(),
    channel: 'email',
    followUp: { text: 'Ask how the call went', dueAt: new Date(now - HOUR).toISOString() },
  });
  await rpc(page, 'thanks.skip', { id: thankYou(referral), reason: 'Thanked in person' });
  // Ada recommended you for a job that has made an offer: "Tell them how it went" asks about her.
  const offer = await rpc(page, 'opportunities.create', { company: 'Globex', role: 'Designer', stage: 'offer' });
  const recommended = await rpc(page, 'occasions.create', { kind: 'recommendation', startsAt: new Date(now - 80 * HOUR).toISOString(), opportunityId: offer.id, participants: [{ personId: ada.id }] });
  await rpc(page, 'thanks.markSent', { id: thankYou(recommended), sentAt: new Date(now - 70 * HOUR).toISOString(), channel: 'email' });
  return {
    personId: ada.id,
    occasionId: panel.id,
    opportunityId: opportunity.id,
    pendingId: thankYou(panel),
    draftedId: thankYou(panel, 1),
    sentId: thankYou(call),
    sentOccasionId: call.id,
    skippedOccasionId: referral.id,
  };
}

interface State {
  name: string;
  /** Where it is, from a freshly loaded screen. */
  route: (seeded: Seeded) => string;
  /** Opens the dialog or menu and waits for it; screens alone have nothing to do. */
  open?: (page: Page) => Promise<void>;
}

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
async function opens(page: Page, button: string | RegExp, dialogName: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: button }).first().click({ timeout: 10_000 });
  await expect(dialog(page, dialogName)).toBeVisible();
}
async function opensMenu(page: Page, button: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: button }).first().click({ timeout: 10_000 });
  await expect(page.getByRole('menu')).toBeVisible();
}
/** A dialog behind a "More actions" menu item. */
async function opensFromMenu(page: Page, button: string | RegExp, item: string | RegExp, dialogName: string | RegExp): Promise<void> {
  await opensMenu(page, button);
  await page.getByRole('menuitem', { name: item }).click();
  await expect(dialog(page, dialogName)).toBeVisible();
}

/** Mark sent with a follow-up promised: what, and a suggested date picked. */
async function promisesFollowUp(page: Page): Promise<void> {
  await opens(page, /^Mark sent/u, /as sent$/u);
  await dialog(page, /as sent$/u).getByLabel(/^What/u).fill('Send the article on intake forms');
  await dialog(page, /as sent$/u).getByRole('group', { name: 'Follow-up date suggestions' }).getByRole('button').first().click();
}

/** A snooze typed for three days from now, after the thank-you is due: the dialog's question that it will be late. */
async function asksAboutLateSnooze(page: Page, dialogName: RegExp): Promise<void> {
  const scope = dialog(page, dialogName);
  const inThreeDays = await page.evaluate(() => {
    const d = new Date(Date.now() + 3 * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await scope.getByLabel(/^Until date/u).fill(inThreeDays);
  await scope.getByLabel(/^Until time/u).press('Enter');
  await expect(scope.getByRole('alert')).toContainText('will be late');
}

/** Every loaded row of the dashboard selected (still, after the last state), then one of the selection bar's actions. */
async function opensForSelection(page: Page, button: string, dialogName: RegExp): Promise<void> {
  await page.getByRole('checkbox', { name: /^(Select|Unselect) all/u }).check({ timeout: 10_000 });
  await page.getByRole('region', { name: 'Selected thank-yous' }).getByRole('button', { name: button }).click();
  await expect(dialog(page, dialogName)).toBeVisible();
}

/**
 * The editor's conflict view: its save is held on the way (as on a slow disk) while the same note
 * is saved from elsewhere, as another window would, so it was written on an old revision.
 */
async function conflicts(page: Page): Promise<void> {
  // The desktop app saves over its bridge, where a save cannot be held: the browser target covers this view.
  if (await page.evaluate(() => 'thankful' in globalThis)) return;
  const id = Number(/#\/thanks\/(\d+)/u.exec(page.url())![1]);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let arrived = () => {};
  const editorSaving = new Promise<void>((resolve) => (arrived = resolve));
  let first = true;
  await page.route('**/api/rpc/thanks.saveDraft', async (route) => {
    if (first) {
      first = false;
      arrived();
      await held;
    }
    await route.continue();
  });
  await page.getByRole('textbox', { name: /^Note to/u }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Written here.');
  // "Saving…" shows from the first key; the save itself leaves after a pause, and is held only then.
  await editorSaving;
  const { draftRevision } = await rpc(page, 'thanks.get', { id });
  await rpc(page, 'thanks.saveDraft', { id, subject: 'Thank you', body: 'Dear Ada,\n\nWritten in the other window.', draftRevision });
  release();
  await expect(page.getByRole('alert').filter({ hasText: 'This note was changed in another window' })).toBeVisible();
  await page.unrouteAll({ behavior: 'wait' });
}

const SAMPLES = path.resolve('main/backend/imports/samples/shared');

/** An import dialog with a file chosen, showing what it read. */
async function importsFile(page: Page, button: string, dialogName: string, file: string, shown: RegExp): Promise<void> {
  await opens(page, button, dialogName);
  await dialog(page, dialogName).locator('input[type="file"]').setInputFiles(path.join(SAMPLES, file));
  await expect(dialog(page, dialogName).getByText(shown).first()).toBeVisible();
}

const STATES: State[] = [
  { name: 'dashboard', route: () => '/dashboard' },
  { name: 'dashboard: shortcuts', route: () => '/dashboard', open: (page) => opens(page, 'Keyboard shortcuts', 'Keyboard shortcuts') },
  { name: 'dashboard: mark sent', route: () => '/dashboard', open: (page) => opens(page, /^Mark sent/u, /as sent$/u) },
  { name: 'dashboard: snooze', route: () => '/dashboard', open: (page) => opens(page, /^Snooze the thank-you/u, /^Snooze the thank-you/u) },
  { name: 'dashboard: skip', route: () => '/dashboard', open: (page) => opens(page, /^Skip the thank-you/u, /^Skip the thank-you/u) },
  { name: 'dashboard: mark sent, a follow-up promised', route: () => '/dashboard', open: promisesFollowUp },
  { name: 'dashboard: tell them how it went', route: () => '/dashboard', open: (page) => opens(page, /^Plan follow-up: tell/u, /how it went$/u) },
  { name: 'dashboard: bulk mark sent', route: () => '/dashboard', open: (page) => opensForSelection(page, 'Mark sent', /^Mark \d+ thank-yous as sent$/u) },
  {
    name: 'dashboard: a snooze that would be late',
    route: () => '/dashboard',
    open: async (page) => {
      await opens(page, /^Snooze the thank-you/u, /^Snooze the thank-you/u);
      await asksAboutLateSnooze(page, /^Snooze the thank-you/u);
    },
  },
  { name: 'dashboard: bulk snooze', route: () => '/dashboard', open: (page) => opensForSelection(page, 'Snooze', /^Snooze \d+ thank-yous$/u) },
  {
    name: 'dashboard: a bulk snooze that would be late',
    route: () => '/dashboard',
    open: async (page) => {
      await opensForSelection(page, 'Snooze', /^Snooze \d+ thank-yous$/u);
      await asksAboutLateSnooze(page, /^Snooze \d+ thank-yous$/u);
    },
  },
  { name: 'dashboard: bulk skip', route: () => '/dashboard', open: (page) => opensForSelection(page, 'Skip', /^Skip \d+ thank-yous\?$/u) },
  { name: 'log an occasion', route: () => '/dashboard', open: (page) => opens(page, 'Log an occasion', 'Log an occasion') },
  { name: 'people', route: () => '/people' },
  { name: 'people: import', route: () => '/people', open: (page) => importsFile(page, 'Import people', 'Import people', 'linkedin-connections.csv', /Connections|people/u) },
  { name: 'person', route: (s) => `/people/${s.personId}` },
  { name: 'person: delete', route: (s) => `/people/${s.personId}`, open: (page) => opensFromMenu(page, 'More actions', 'Delete person…', /^Delete /u) },
  { name: 'occasions', route: () => '/occasions' },
  { name: 'occasions: import invite', route: () => '/occasions', open: (page) => importsFile(page, 'Import invite', 'Import a calendar invite', 'interview-google.ics', /Interview/u) },
  { name: 'occasion', route: (s) => `/occasions/${s.occasionId}` },
  { name: 'occasion: more actions', route: (s) => `/occasions/${s.occasionId}`, open: (page) => opensMenu(page, 'More actions') },
  { name: 'occasion: delete', route: (s) => `/occasions/${s.occasionId}`, open: (page) => opensFromMenu(page, 'More actions', 'Delete occasion…', 'Delete this occasion?') },
  { name: 'occasion: a row’s actions', route: (s) => `/occasions/${s.occasionId}`, open: (page) => opensMenu(page, 'More actions for Ada Lovelace') },
  {
    name: 'occasion: change due',
    route: (s) => `/occasions/${s.occasionId}`,
    open: (page) => opensFromMenu(page, 'More actions for Ada Lovelace', 'Change due time…', /^When is the thank-you/u),
  },
  {
    name: 'occasion: snooze',
    route: (s) => `/occasions/${s.occasionId}`,
    open: (page) => opensFromMenu(page, 'More actions for Ada Lovelace', 'Snooze…', /^Snooze the thank-you/u),
  },
  {
    name: 'occasion: a sent thank-you’s follow-up',
    route: (s) => `/occasions/${s.sentOccasionId}`,
    open: (page) => opensFromMenu(page, 'More actions for 山田 由紀', 'Edit follow-up…', /^Follow-up with/u),
  },
  { name: 'occasion: reopen a sent one', route: (s) => `/occasions/${s.sentOccasionId}`, open: (page) => opensFromMenu(page, 'More actions for 山田 由紀', 'Reopen…', /^Reopen the thank-you/u) },
  { name: 'occasion: reopen a skipped one', route: (s) => `/occasions/${s.skippedOccasionId}`, open: (page) => opensFromMenu(page, 'More actions for نور الهدى', 'Reopen…', /^Reopen the thank-you/u) },
  { name: 'opportunities', route: () => '/opportunities' },
  { name: 'opportunity', route: (s) => `/opportunities/${s.opportunityId}` },
  { name: 'opportunity: delete', route: (s) => `/opportunities/${s.opportunityId}`, open: (page) => opensFromMenu(page, 'More actions', 'Delete opportunity…', /^Delete/u) },
  { name: 'editor', route: (s) => `/thanks/${s.pendingId}` },
  { name: 'editor: ways to send', route: (s) => `/thanks/${s.pendingId}`, open: (page) => opensMenu(page, 'More ways to send') },
  { name: 'editor: skip', route: (s) => `/thanks/${s.pendingId}`, open: (page) => opens(page, /^Skip/u, /^Skip the thank-you/u) },
  { name: 'editor: sent note', route: (s) => `/thanks/${s.sentId}` },
  {
    name: 'editor: template question',
    route: (s) => `/thanks/${s.draftedId}`,
    open: async (page) => {
      // Grace's draft is her own words, so a template asks before replacing them.
      await page.getByLabel('Template').selectOption({ label: 'Interview: thank your interviewer' });
      await expect(dialog(page, 'Start again from this template?')).toBeVisible();
    },
  },
  // Grace's short draft could go to anyone: the coach asks before it goes to the mail app.
  { name: 'editor: send anyway', route: (s) => `/thanks/${s.draftedId}`, open: (page) => opens(page, 'Open in mail app', 'Send it anyway?') },
  // Last of the editor's: the note is left in conflict.
  { name: 'editor: changed in another window', route: (s) => `/thanks/${s.pendingId}`, open: conflicts },
  { name: 'settings', route: () => '/settings' },
  { name: 'settings: new template', route: () => '/settings', open: (page) => opens(page, /^New template/u, /template/iu) },
  { name: 'settings: edit template', route: () => '/settings', open: (page) => opens(page, /^Edit “/u, /template/iu) },
  {
    name: 'settings: restore a backup',
    route: () => '/settings',
    open: async (page) => {
      await page.getByRole('button', { name: 'Back up now' }).click();
      await opens(page, /^Restore the backup of/u, 'Restore your data?');
    },
  },
];

/** The element that reaches furthest past the content's right edge, to say what overflows. */
function widest(page: Page): Promise<string> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { getElementById(id: string): Element | null } }).document;
    interface Element {
      className: unknown;
      tagName: string;
      getBoundingClientRect(): { right: number };
      querySelectorAll(selector: string): Iterable<Element>;
    }
    const main = doc.getElementById('main');
    if (!main) return 'no main';
    const edge = main.getBoundingClientRect().right;
    const culprits = [...main.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > edge + 1);
    const last = culprits.at(-1);
    return last ? `${last.tagName.toLowerCase()}.${String(last.className)}` : 'none found';
  });
}

async function visit(page: Page, base: string, hash: string): Promise<void> {
  await page.goto(`${base}#${hash}`);
  // A screen has arrived when its heading has; the data behind it comes with it.
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** The screen a state is on ("dashboard", "people", "editor"…), from its route. */
function area(state: State): string {
  const segment = state.route({ personId: 0, occasionId: 0, opportunityId: 0, pendingId: 0, draftedId: 0, sentId: 0, sentOccasionId: 0, skippedOccasionId: 0 }).split('/')[1]!;
  return segment === 'thanks' ? 'editor' : segment;
}
const AREAS = [...new Set(STATES.map(area))];

/** Runs axe and the sideways check on the page as it is now, naming what it found after `name`. */
async function findProblems(page: Page, name: string, problems: string[]): Promise<void> {
  for (const violation of await axeViolations(page)) problems.push(`${name}: ${violation}`);
  const overflow = await sidewaysOverflow(page);
  if (overflow > 0) problems.push(`${name}: scrolls sideways by ${overflow} px (${await widest(page)})`);
}

// One test per screen and scheme and width, so each stays short and they share the workers.
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 320]) {
    const setUp = async (page: Page) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 800 });
      return page.url().replace(/#.*$/u, '');
    };

    test(`axe finds no WCAG 2.2 AA violation on the empty screens a new user sees, ${scheme}, ${width} px wide, and nothing scrolls sideways`, async ({ app }) => {
      const { page } = app;
      const base = await setUp(page);
      const problems: string[] = [];
      for (const hash of ['/dashboard', '/people', '/occasions', '/opportunities']) {
        await visit(page, base, hash);
        await findProblems(page, `empty ${hash}`, problems);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });

    for (const screen of AREAS) {
      test(`axe finds no WCAG 2.2 AA violation on the ${screen} screens, dialogs and menus, ${scheme}, ${width} px wide, and nothing scrolls sideways`, async ({ app }) => {
        test.setTimeout(180_000); // up to fifteen states, each loaded afresh
        const { page } = app;
        const base = await setUp(page);
        const seeded = await seed(page);
        const problems: string[] = [];
        for (const state of STATES.filter((s) => area(s) === screen)) {
          await visit(page, base, state.route(seeded));
          await state.open?.(page);
          await findProblems(page, state.name, problems);
          if (state.open) await page.keyboard.press('Escape');
        }
        expect(problems, problems.join('\n')).toEqual([]);
      });
    }
  }
}

test('axe finds no WCAG 2.2 AA violation on the error screen for an unreadable data file, light and dark, 1280 and 320 px', async ({ launch }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thankful-e2e-a11y-damaged-'));
  try {
    // Another program's half-written file where the data file should be.
    fs.writeFileSync(path.join(dataDir, 'thankful.sqlite3'), Buffer.alloc(64 * 1024, 0x5a), { mode: 0o600 });
    const { page } = await launch(dataDir);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.title()).toMatch(/– Thankful$/u);
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1280, 320]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 800 });
        for (const violation of await axeViolations(page)) problems.push(`${scheme} ${width}: ${violation}`);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) problems.push(`${scheme} ${width}: scrolls sideways by ${overflow} px`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
