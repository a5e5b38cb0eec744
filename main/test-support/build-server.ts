import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the real browser-mode server entry (main/server/serve.ts) the way scripts/build.mjs
 * does, into a temp folder, so a test can run it as its own process without a full build.
 */
export async function buildServerBundle(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'server', 'serve.mjs');
  await build({
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
  });
  return outfile;
}
