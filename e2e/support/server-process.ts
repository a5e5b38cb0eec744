import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SESSION_STORAGE_KEY } from './rpc';

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the built browser-mode server (`npm run serve` minus the build) on a free port, with
 * the test clock enabled so specs can move the backend's "now" (see `setServerClock`).
 */
export function startServer(dataDir: string): Promise<RunningServer> {
  const child = spawn(process.execPath, [path.resolve('dist/server/serve.mjs'), '--port', '0', '--data-dir', dataDir, '--test-clock'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/\S+)/u.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        resolve({
          url: match[1]!,
          process: child,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              // Ctrl+C-like stop first; a server that does not stop in time is a bug, but must
              // not hang the suite.
              const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
              child.once('exit', () => {
                clearTimeout(force);
                done();
              });
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The server exited (${code}) before it was ready:\n${output}`)));
  });
}

/**
 * Moves the backend's clock of a server started by `startServer` (null: back to real time), with
 * the session key of a page that opened it (the printed token works once, for that page).
 */
export async function setServerClock(page: Page, now: string | null): Promise<void> {
  const answer = await page.evaluate(
    async ([storageKey, body]) => {
      const storage = (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage;
      const response = await fetch('/api/test/clock', {
        method: 'POST',
        headers: { Authorization: `Bearer ${storage.getItem(storageKey)}`, 'Content-Type': 'application/json' },
        body,
      });
      return { ok: response.ok, text: `${response.status} ${await response.text()}` };
    },
    [SESSION_STORAGE_KEY, JSON.stringify({ now })] as const,
  );
  if (!answer.ok) throw new Error(`Could not set the test clock: ${answer.text}`);
}
