import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH } from './e2e/support/chromium';

/**
 * The same specs run against two targets:
 * - `browser`: the app in browser mode (real backend, real SQLite file) in Debian's Chromium;
 * - `electron`: the desktop app through Playwright's Electron driver, where Electron's binary
 *   exists. Where it does not (our CI machines cannot download it), each test reports itself as
 *   skipped with the reason.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // A whole scenario (log a panel, edit it, mark sent, reload…) can take well over 30 s on a busy
  // 2-core machine; this limit only catches a hang. Each step still waits at most expect.timeout.
  timeout: 90_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Root on CI needs --no-sandbox; the rest keeps Chromium off the (closed) network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'browser', use: { target: 'browser' } as object },
    { name: 'electron', use: { target: 'electron' } as object },
  ],
});
