import fs from 'node:fs';

/** Debian's Chromium (Playwright's own browser download is not reachable on our machines). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!fs.existsSync(CHROMIUM_PATH)) {
  throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
}
