import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Electron's own folder (single-instance lock, window state, Chromium's caches) for a given data
 * folder. With the default data folder it is Electron's default. With `--data-dir` or
 * THANKFUL_DATA_DIR it is a separate profile, because the single-instance lock is per profile:
 * without this a second copy opened on another data folder (a test run, a second job search)
 * would just focus the first window. The profile stays under Electron's folder, not inside the
 * data folder, so a synced data folder is not filled with caches.
 */
export function userDataDirFor(defaultUserData: string, dataDir: string): string {
  const resolvedDefault = path.resolve(defaultUserData);
  const resolvedData = path.resolve(dataDir);
  if (resolvedData === resolvedDefault) return resolvedDefault;
  const key = createHash('sha256').update(resolvedData).digest('hex').slice(0, 16);
  return path.join(resolvedDefault, 'profiles', key);
}
