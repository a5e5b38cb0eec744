import { expect, test } from './support/app-fixture';
import { rpc } from './support/rpc';

test.describe('browser mode only', () => {
  test.beforeEach(({ target }) => test.skip(target !== 'browser', 'Tests the local HTTP server of browser mode (launch token, session key, Host and Origin checks); the desktop app has no server, it talks over IPC (main/electron/ipc.test.ts).'));

  test('the printed address opens the app, and its token leaves the address bar', async ({ app }) => {
    await expect(app.page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(app.page.url()).not.toContain('token=');
    expect(new URL(app.page.url()).origin).toBe(new URL(app.printedAddress!).origin);
  });

  test('a reload keeps working without the token', async ({ app }) => {
    await rpc(app.page, 'people.create', { fullName: 'Priya Raman' });
    await app.page.goto(`${app.page.url().replace(/#.*$/u, '')}#/people`);
    await app.page.reload();
    await expect(app.page.getByText('Priya Raman')).toBeVisible();
    expect(app.page.url()).not.toContain('token=');
  });

  test('the printed address works once: another browser gets a written explanation and no data', async ({ app, browser }) => {
    await rpc(app.page, 'people.create', { fullName: 'Priya Raman' });
    const stranger = await browser.newContext();
    const page = await stranger.newPage();
    const rpcAnswers: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/rpc/')) rpcAnswers.push(response.status());
    });
    await page.goto(app.printedAddress!);
    await expect(page.getByRole('heading', { name: 'This link was already used' })).toBeVisible();
    await expect(page.getByText('stop “npm run serve” (Ctrl+C), start it again')).toBeVisible();
    expect(page.url()).not.toContain('token=');
    await expect(page.getByText('Priya Raman')).toHaveCount(0);
    expect(rpcAnswers.every((status) => status === 401)).toBe(true);
    // Its own calls are refused too: it has no key.
    const status = await page.evaluate(async () => (await fetch('/api/rpc/people.list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
    expect(status).toBe(401);
    await stranger.close();
  });

  test('the bare address in a new browser says to open the printed one', async ({ app, browser }) => {
    const stranger = await browser.newContext();
    const page = await stranger.newPage();
    await page.goto(`${new URL(app.printedAddress!).origin}/`);
    await expect(page.getByRole('heading', { name: 'Open Thankful with the address it printed' })).toBeVisible();
    await stranger.close();
  });

  test('another tab of the same browser opened on the bare address works', async ({ app }) => {
    await rpc(app.page, 'people.create', { fullName: 'Priya Raman' });
    const tab = await app.page.context().newPage();
    await tab.goto(`${new URL(app.printedAddress!).origin}/#/people`);
    await expect(tab.getByText('Priya Raman')).toBeVisible();
  });

  test('no cookie is set, so no other server on 127.0.0.1 is sent a key', async ({ app }) => {
    await expect(app.page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await app.page.context().cookies()).toEqual([]);
  });
});
