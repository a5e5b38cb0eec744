// `npm run bench`: bundles bench/bench.ts (TypeScript, imports the real backend) and runs it.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/bench.ts'],
  outfile: 'dist/bench/bench.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning',
  // esbuild itself bundles the editor's code for the note-editor figures (bench/editor-bench.ts).
  external: ['better-sqlite3', '@playwright/test', 'playwright-core', 'esbuild'],
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
});
// The backup worker beside the bench, as the app has it beside its bundle (bench/backups-bench.ts).
await build({
  entryPoints: ['main/backend/backups/backup-worker.ts'],
  outfile: 'dist/bench/backup-worker.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  logLevel: 'warning',
  external: ['better-sqlite3'],
});
const run = spawnSync(process.execPath, ['dist/bench/bench.mjs'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
