import { expect, test } from './support/app-fixture';

test.describe('browser mode only', () => {
  test.beforeEach(({ target }) => test.skip(target !== 'browser', 'Tests the local HTTP server of browser mode (token, Host and Origin checks); the desktop app has no server, it talks over IPC (main/electron/ipc.test.ts).'));

  test('an address without the launch secret is refused', async ({ app, browser }) => {
    const url = new URL(app.page.url());
    const stranger = await browser.newContext();
    const page = await stranger.newPage();
    const response = await page.goto(`${url.origin}/`);
    expect(response?.status()).toBe(401);
    await expect(page.getByText('Open Thankful with the full address')).toBeVisible();
    await stranger.close();
  });

  test('the secret does not stay in the address bar', async ({ app }) => {
    expect(app.page.url()).not.toContain('token=');
  });
});
