// `npm start`: build, then open Thankful in Electron. Electron's npm package installs without
// its binary on machines that cannot reach Electron's download host, so this script checks for
// the binary, tries one download, and otherwise explains in one sentence what to do instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const NO_BINARY =
  "Thankful's desktop window needs Electron's binary, which could not be downloaded on this machine; run `npm run serve` to use the same app in your browser instead.";

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = findElectronBinary();
if (!binary && existsSync(path.join(electronDir, 'install.js'))) {
  console.log("Fetching Electron's binary (first start only)…");
  // Output captured, not shown: on failure it is a stack trace that says less than our sentence.
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: electronDir, stdio: 'pipe', timeout: 15 * 60_000 });
  binary = findElectronBinary();
}
if (!binary) {
  console.error(NO_BINARY);
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE (set by some editors' terminals) would start Electron as plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env, windowsHide: false });
child.on('error', () => {
  console.error(NO_BINARY);
  process.exit(1);
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}

/** Where Electron's own index.js would look (path.txt names the file under dist/), if present. */
function findElectronBinary() {
  let relative;
  try {
    relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative || 'electron') : relative ? path.join(electronDir, 'dist', relative) : undefined;
  return candidate && existsSync(candidate) ? candidate : undefined;
}
