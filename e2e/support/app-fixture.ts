import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, test as base, type Page } from '@playwright/test';
import { ELECTRON_MISSING_REASON, findElectronBinary } from './electron-binary';
import { SESSION_STORAGE_KEY } from './rpc';
import { setServerClock, startServer, type RunningServer } from './server-process';

export interface AppHandle {
  page: Page;
  dataDir: string;
  /** Browser target: the address the server printed (its token already used by `page`). */
  printedAddress?: string;
  /** Quits the app (server or Electron) and starts it again on the same data folder. */
  restart(): Promise<Page>;
  /**
   * Moves the backend's clock (browser target only: the server runs with --test-clock). Move the
   * page's clock too (`page.clock`) when what is shown depends on it.
   */
  setBackendClock(now: string | null): Promise<void>;
}

interface Options {
  target: 'browser' | 'electron';
}

/**
 * Opens the address the server printed and waits until the page has traded its launch token for
 * a session key: the trade runs after the page loads, and a test's first `rpc` must not race it.
 */
async function openPrinted(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await page.waitForFunction(
    (key) => (globalThis as unknown as { localStorage: { getItem(name: string): string | null } }).localStorage.getItem(key) !== null,
    SESSION_STORAGE_KEY,
  );
}

/**
 * `app`: Thankful started on a fresh, empty data folder, for either target. Tests that need a
 * prepared data folder call `launch(dataDir)` themselves.
 */
export const test = base.extend<Options & { electronPresent: void; app: AppHandle; launch: (dataDir: string) => Promise<AppHandle> }>({
  target: ['browser', { option: true }],

  // Runs before any other fixture, so a missing Electron skips the test before anything starts.
  electronPresent: [
    async ({ target }, use) => {
      base.skip(target === 'electron' && !findElectronBinary(), ELECTRON_MISSING_REASON);
      await use();
    },
    { auto: true },
  ],

  launch: async ({ target, page, browser }, use) => {
    const stops: (() => Promise<void>)[] = [];
    await use(async (dataDir) => {
      if (target === 'electron') {
        const binary = findElectronBinary();
        const start = async () => {
          const app = await electron.launch({ executablePath: binary!, args: [path.resolve('.'), '--data-dir', dataDir] });
          stops.push(() => app.close());
          return { app, page: await app.firstWindow() };
        };
        let current = await start();
        return {
          page: current.page,
          dataDir,
          setBackendClock: async () => base.skip(true, 'The desktop app has no test clock; the browser target covers time-dependent behaviour.'),
          restart: async () => {
            await current.app.close();
            current = await start();
            return current.page;
          },
        };
      }
      let server: RunningServer = await startServer(dataDir);
      stops.push(() => server.stop());
      let current = page;
      await openPrinted(current, server.url);
      return {
        page,
        dataDir,
        printedAddress: server.url,
        setBackendClock: (now) => setServerClock(current, now),
        restart: async () => {
          await server.stop();
          server = await startServer(dataDir);
          stops.push(() => server.stop());
          // A new launch has new keys: the old tab is locked out, as it should be.
          current = await browser.newPage();
          await openPrinted(current, server.url);
          return current;
        },
      };
    });
    for (const stop of stops.reverse()) await stop().catch(() => {});
  },

  app: async ({ launch }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thankful-e2e-'));
    await use(await launch(dataDir));
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
