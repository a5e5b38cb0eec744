// Builds everything the app runs from dist/: the UI with Vite, and the Node/Electron entry
// points with esbuild (one file each, so the sandboxed preload has no imports but `electron`).
import { readFile, rm } from 'node:fs/promises';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const started = performance.now();
await rm('dist', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { THANKFUL_VERSION: JSON.stringify(pkg.version) },
  // Native module: loaded from node_modules at run time (unpacked from the asar when packaged).
  external: ['better-sqlite3', 'electron'],
};

await Promise.all([
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
  esbuild({ ...common, entryPoints: ['main/server/serve.ts'], outfile: 'dist/server/serve.mjs', format: 'esm',
    // better-sqlite3 is CommonJS; give the ESM bundle a `require` for it.
    banner: { js: "import { createRequire as __thankfulCreateRequire } from 'node:module'; const require = __thankfulCreateRequire(import.meta.url);" } }),
  esbuild({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/main.cjs', format: 'cjs' }),
  // The thread that copies backups off the main thread, beside each entry that starts it
  // (Electron loads it from inside app.asar; better-sqlite3 comes from node_modules as for main.cjs).
  ...['dist/main', 'dist/server'].map((dir) =>
    esbuild({ ...common, entryPoints: ['main/backend/backups/backup-worker.ts'], outfile: `${dir}/backup-worker.cjs`, format: 'cjs' })),
  esbuild({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/preload/preload.cjs', format: 'cjs', platform: 'browser', external: ['electron'] }),
]);

console.log(`Built Thankful ${pkg.version} into dist/ in ${Math.round(performance.now() - started)} ms.`);
