import fs from 'node:fs';
import path from 'node:path';

/**
 * Electron's binary, if this machine has it. Looked up without `require('electron')`, which
 * since Electron 45 tries to download the binary on first use.
 */
export function findElectronBinary(): string | undefined {
  const pkg = path.resolve('node_modules/electron');
  try {
    const relative = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
    const binary = path.join(pkg, 'dist', relative);
    return fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

export const ELECTRON_MISSING_REASON =
  'Electron’s binary is not installed on this machine (it cannot be downloaded here), so the desktop target was not run; the browser target covers the same behaviour.';
