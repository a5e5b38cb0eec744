import os from 'node:os';
import path from 'node:path';

/** Environment variable that moves the data folder (tests, portable installs, synced folders). */
export const DATA_DIR_ENV = 'THANKFUL_DATA_DIR';

/**
 * Where the data lives, first match wins: `--data-dir DIR`, then `THANKFUL_DATA_DIR`, then the
 * platform's default (Electron passes its `userData` folder; browser mode uses the same place
 * Electron would, so both modes open the same file).
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, platformDefault: string = defaultDataDir(env)): string {
  const fromArgs = readFlag(argv, '--data-dir');
  const chosen = fromArgs ?? (env[DATA_DIR_ENV] || undefined) ?? platformDefault;
  return path.resolve(chosen);
}

export function readFlag(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/** Mirrors Electron's `app.getPath('userData')` for the product name "Thankful". */
export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Thankful');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Thankful');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Thankful');
}
