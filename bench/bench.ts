import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { chromium, type Page } from '@playwright/test';
import { createBackend } from '../main/backend/backend';
import { DATABASE_FILE_NAME, openDatabase } from '../main/backend/database/open-database';
import { createBrowserModeServer } from '../main/server/http-server';
import { editorBench } from './editor-bench';
import { handoffBench } from './handoff-bench';
import { backupsBench } from './backups-bench';
import { importsBench } from './imports-bench';
import { median, ms, report, timeRuns } from './measure';
import { seedDatabase } from './seed';

/**
 * `npm run bench`: seeds a large database (10,000 people, 50,000 occasions, ~100,000
 * thank-yous) and prints medians for the budgets in the issues (People search: issue 3;
 * outstanding list, dashboard load: issue 4; note preview and coach: issue 5; imports: issue 13; backups: issue 14). Figures, not pass/fail tests:
 * the machines are shared and noisy, so compare medians and ratios.
 */
const SIZE = { people: 10_000, occasions: 50_000 };
const BACKEND_RUNS = 51;
const BROWSER_RUNS = 7;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thankful-bench-'));
  const now = Date.now();
  console.log(`Thankful benchmark — ${os.cpus().length} cores, Node ${process.version}`);

  const seedStart = performance.now();
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
  const { thankYous } = seedDatabase(db, SIZE, now);
  db.close();
  report('seeded people / occasions / thank-yous', `${SIZE.people} / ${SIZE.occasions} / ${thankYous} in ${ms(performance.now() - seedStart)}`);

  // Built beside this bundle by scripts/bench.mjs: backups are copied off the main thread, as in the app.
  const backupWorker = path.join(import.meta.dirname, 'backup-worker.cjs');
  const backend = createBackend({ dataDir, appVersion: 'bench', shell: 'browser', backupWorker });
  try {
    await peopleSearch(backend.dispatch, path.join(dataDir, DATABASE_FILE_NAME));
    await outstandingList(backend.dispatch, path.join(dataDir, DATABASE_FILE_NAME));
    await browserScreens(backend);
    await editorBench(CHROMIUM);
    await handoffBench(backend.dispatch);
    await importsBench(backend.dispatch);
    await backupsBench(backend.dispatch);
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function peopleSearch(dispatch: ReturnType<typeof createBackend>['dispatch'], file: string): Promise<void> {
  console.log('\nPeople list and search (backend: validation + SQLite + mapping, median of 51):');
  const cases: [string, object][] = [
    ['first page, by name', { limit: 50 }],
    ['search "an" (common substring)', { search: 'an', limit: 50 }],
    ['search "globex" (company)', { search: 'globex', limit: 50 }],
    ['search "person4242@" (email)', { search: 'person4242@', limit: 50 }],
    ['search "zz-no-match"', { search: 'zz-no-match', limit: 50 }],
    ['sorted by thanks still owed', { sort: 'thanked', direction: 'desc', limit: 50 }],
    ['sorted by last occasion, page 20', { sort: 'lastOccasion', direction: 'desc', limit: 50, offset: 950 }],
  ];
  for (const [label, input] of cases) {
    const result = await dispatch('people.list', input);
    if (!result.ok) throw new Error(`${label}: ${result.error.message}`);
    const value = median(await timeRuns(BACKEND_RUNS, () => dispatch('people.list', input)));
    report(`  ${label} (${(result.value as { total: number }).total} match)`, ms(value), '10 ms', value < 10);
  }

  // The same search as the simplest hand-written SQL, for a sense of the overhead.
  const raw = new BetterSqlite3(file, { readonly: true });
  const statement = raw.prepare(
    `SELECT p.id, p.full_name, p.company FROM people p WHERE p.archived_at IS NULL AND instr(p.search_text, ?) > 0
     ORDER BY p.full_name COLLATE NOCASE LIMIT 50`,
  );
  const count = raw.prepare('SELECT count(*) FROM people p WHERE p.archived_at IS NULL AND instr(p.search_text, ?) > 0').pluck();
  const handWritten = median(await timeRuns(BACKEND_RUNS, () => [statement.all('an'), count.get('an')]));
  const ours = median(await timeRuns(BACKEND_RUNS, () => dispatch('people.list', { search: 'an', limit: 50 })));
  report('  hand-written SQL for search "an"', `${ms(handWritten)} (ours ${ms(ours)}, ratio ${(ours / handWritten).toFixed(2)})`);
  raw.close();
}

/** The dashboard's outstanding list against the simplest hand-written SQL for the same rows. */
async function outstandingList(dispatch: ReturnType<typeof createBackend>['dispatch'], file: string): Promise<void> {
  console.log('\nOutstanding thank-yous (backend, median of 51; ratio = ours / hand-written SQL, budget < 1.5):');
  const raw = new BetterSqlite3(file, { readonly: true });
  const base = `FROM thank_yous t JOIN people p ON p.id = t.person_id JOIN occasions o ON o.id = t.occasion_id
    WHERE t.status IN ('pending', 'drafted') AND (t.snoozed_until IS NULL OR t.snoozed_until <= @now) AND p.archived_at IS NULL`;
  const cases: [string, object, string][] = [
    ['first page, overdue first', { limit: 100 }, ''],
    ['filtered: interviews, overdue only', { kinds: ['interview'], overdueOnly: true, limit: 100 }, "AND o.kind = 'interview' AND t.due_at < @now"],
    ['filtered: text "globex"', { text: 'globex', limit: 100 }, "AND (instr(p.search_text, 'globex') > 0 OR instr(lower(o.title), 'globex') > 0)"],
  ];
  for (const [label, input, extra] of cases) {
    const page = raw.prepare(`SELECT t.id, t.status, t.due_at, t.snoozed_until, p.full_name, p.company, o.id AS occasion_id, o.kind, o.title, o.ends_at
      ${base} ${extra} ORDER BY t.due_at, t.id LIMIT 100`);
    const count = raw.prepare(`SELECT count(*) ${base} ${extra}`).pluck();
    const now = Date.now();
    const first = await dispatch('dashboard.outstanding', input);
    if (!first.ok) throw new Error(`${label}: ${first.error.message}`);
    const handWritten = median(await timeRuns(BACKEND_RUNS, () => [page.all({ now }), count.get({ now })]));
    const ours = median(await timeRuns(BACKEND_RUNS, () => dispatch('dashboard.outstanding', input)));
    const ratio = ours / handWritten;
    report(`  ${label} (${(first.value as { total: number }).total} match)`, `${ms(ours)} vs ${ms(handWritten)}, ratio ${ratio.toFixed(2)}`, '1.5', ratio < 1.5);
  }
  const summary = median(await timeRuns(BACKEND_RUNS, () => dispatch('dashboard.summary', {})));
  report('  summary figures (counts, 90-day on-time share, median)', ms(summary));
  raw.close();
}

async function browserScreens(backend: ReturnType<typeof createBackend>): Promise<void> {
  const staticDir = path.resolve('dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new Error('Build the UI first (npm run build).');
  const launchToken = 'bench-launch-token';
  const server = createBrowserModeServer({ dispatch: backend.dispatch, events: backend.events, staticDir, launchToken });
  const port = await server.listen(0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const base = `http://127.0.0.1:${port}/`;
    // Opening the printed address once gives the context its session key; then warms the HTTP cache.
    await page.goto(`${base}?token=${launchToken}#/settings`);
    await page.locator('h1').first().waitFor();
    const shell: number[] = [];
    const people: number[] = [];
    const dashboard: number[] = [];
    for (let i = 0; i < BROWSER_RUNS; i++) {
      shell.push(await timeToVisible(page, `${base}#/settings`, 'h1'));
      people.push(await timeToVisible(page, `${base}#/people`, 'table tbody tr'));
      dashboard.push(await timeToVisible(page, `${base}#/dashboard`, '[data-outstanding-row]'));
    }
    const heap = () => page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;
    const dashboardRows = await page.locator('[data-outstanding-row]').count();
    const dashboardHeap = await heap();
    await page.goto(`${base}#/people`);
    await page.locator('table tbody tr').first().waitFor();
    const peopleRows = await page.locator('table tbody tr').count();
    const peopleHeap = await heap();

    console.log(`\nIn browser mode (Chromium, median of ${BROWSER_RUNS} loads, from navigation to visible):`);
    report('  empty shell (Settings) visible', ms(median(shell)));
    report('  Dashboard, first outstanding rows visible', ms(median(dashboard)), '1000 ms', median(dashboard) < 1000);
    report('  Dashboard ratio to the empty shell', `${(median(dashboard) / median(shell)).toFixed(2)}×`, '3×', median(dashboard) / median(shell) < 3);
    report('  Dashboard rows in the DOM', String(dashboardRows), '100', dashboardRows < 100);
    report('  Dashboard JS heap after load', mib(dashboardHeap));
    report('  People screen, first rows visible', ms(median(people)), '1000 ms', median(people) < 1000);
    report('  People ratio to the empty shell', `${(median(people) / median(shell)).toFixed(2)}×`);
    report('  People table rows in the DOM', String(peopleRows));
    report('  People JS heap after load', mib(peopleHeap));
  } finally {
    await browser.close();
    await server.close();
  }
}

/** From starting navigation to the selector being visible, measured in the page's own clock. */
async function timeToVisible(page: Page, url: string, selector: string): Promise<number> {
  await page.goto('about:blank');
  const start = Date.now();
  await page.goto(url);
  await page.locator(selector).first().waitFor({ state: 'visible' });
  return Date.now() - start;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
