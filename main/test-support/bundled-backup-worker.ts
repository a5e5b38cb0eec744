import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildBackupWorker } from './build-server';

/**
 * Bundles the backup worker once for the calling test file, as scripts/build.mjs does, and answers
 * a function giving its path (known once `beforeAll` ran). The folder is removed after the file.
 */
export function useBundledBackupWorker(): () => string {
  let dir: string | undefined;
  let workerPath: string | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thankful-worker-'));
    // The bundle lives outside the project; let it find better-sqlite3 in our node_modules.
    fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
    workerPath = await buildBackupWorker(dir);
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!workerPath) throw new Error('The backup worker is bundled in beforeAll; ask for its path inside a test.');
    return workerPath;
  };
}
