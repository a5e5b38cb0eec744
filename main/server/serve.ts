import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend/backend';
import { createClock } from '../backend/clock';
import { readFlag, resolveDataDir } from '../backend/data-dir';
import { createBrowserModeServer } from './http-server';
import { newKey } from './session-keys';

/**
 * `npm run serve`: the whole app in a browser. Starts the real backend on the data folder,
 * serves the built UI on 127.0.0.1 and prints the one address (with this launch's single-use token) to open.
 */
declare const THANKFUL_VERSION: string;

async function main(argv: string[]): Promise<void> {
  const portFlag = readFlag(argv, '--port');
  const port = portFlag === undefined ? 4317 : Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    fail(`--port needs a whole number from 0 to 65535 (got "${portFlag ?? ''}").`);
  }
  if (argv.includes('--data-dir') && !readFlag(argv, '--data-dir')) fail('--data-dir needs a folder, e.g. --data-dir ~/Thankful.');
  const dataDir = resolveDataDir(argv, process.env);

  // --test-clock: for end-to-end tests only; lets them move the backend's "now".
  const testClock = argv.includes('--test-clock') ? createClock() : undefined;
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Built beside serve.mjs by scripts/build.mjs: backups are copied off the main thread.
  const backupWorker = path.join(here, 'backup-worker.cjs');
  const backend = createBackend({ dataDir, appVersion: THANKFUL_VERSION, shell: 'browser', now: testClock?.now, backupWorker });
  const launchToken = newKey();
  const server = createBrowserModeServer({
    dispatch: backend.dispatch,
    events: backend.events,
    staticDir: path.resolve(here, '../renderer'),
    launchToken,
    testClock,
    onClockSet: () => backend.recheckReminders(),
  });

  let bound: number;
  try {
    bound = await server.listen(port);
  } catch (error) {
    backend.close();
    const code = (error as { code?: string }).code;
    fail(code === 'EADDRINUSE' ? `Port ${port} is already in use; pick another with --port N (0 picks a free one).` : `Could not start: ${String(error)}`);
  }

  const address = `http://127.0.0.1:${bound}/?token=${launchToken}`;
  if (backend.database.status === 'error') console.error(`Warning: ${backend.database.message}`);
  console.log(`Thankful is running in browser mode. Data: ${dataDir}`);
  console.log(`Open ${address}`);
  console.log('The address works once: the page trades it for a key of its own. Other tabs of that browser can use');
  console.log(`http://127.0.0.1:${bound}/ while this runs; another browser needs a restart of "npm run serve".`);
  if (testClock) console.log('Test clock enabled: POST /api/test/clock moves "now" (for end-to-end tests only).');
  console.log('Press Ctrl+C to stop.');

  const stop = () => {
    void server.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

void main(process.argv.slice(2));
