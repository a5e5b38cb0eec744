import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the real browser-mode server entry (main/server/serve.ts) the way scripts/build.mjs
 * does, into a temp folder, so a test can run it as its own process without a full build. The
 * backup worker goes beside it, where serve.ts looks for it.
 */
export async function buildServerBundle(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'server', 'serve.mjs');
  await Promise.all([
    build({
      entryPoints: [path.resolve(import.meta.dirname, '../server/serve.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      logLevel: 'silent',
      external: ['better-sqlite3'],
      define: { THANKFUL_VERSION: '"test"' },
      banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
    }),
    buildBackupWorker(path.join(outDir, 'server')),
  ]);
  return outfile;
}

/**
 * Bundles the backup worker (main/backend/backups/backup-worker.ts) as scripts/build.mjs does, into
 * `outDir/backup-worker.cjs`, for tests that make backups off the main thread as the app does.
 */
export async function buildBackupWorker(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'backup-worker.cjs');
  await build({
    entryPoints: [path.resolve(import.meta.dirname, '../backend/backups/backup-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'silent',
    external: ['better-sqlite3'],
  });
  return outfile;
}
