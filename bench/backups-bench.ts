import type { Dispatch } from '../main/backend/dispatcher';
import { median, ms, report } from './measure';

const RUNS = 5;
const REQUEST_EVERY_MS = 10;

interface Timings {
  /** From when a request was due to its answer. */
  latency: number[];
  /** From when it was due to when the event loop let it start: what a backup step holding the loop costs. */
  wait: number[];
}

/**
 * Issue 14: a backup of the seeded file (100,000 thank-yous) takes under 2 s and the app stays
 * responsive meanwhile. The backend copies in the built backup worker, as the app does (bench.ts). While each `backups.create` runs, a small request (the dashboard's figures
 * or a page of people, alternately) is due every 10 ms; each one's time counts from when it was
 * due, not from when a late timer got to send it, so a step of the backup that holds the event
 * loop shows up. The same requests with no backup running give the requests' own share.
 */
export async function backupsBench(dispatch: Dispatch): Promise<void> {
  console.log(`\nBackups (backups.create on the seeded file, copied in the backup worker, median of ${RUNS}; a request due every ${REQUEST_EVERY_MS} ms meanwhile):`);
  const backupTimes: number[] = [];
  const during: Timings = { latency: [], wait: [] };
  let size = 0;
  for (let run = 0; run < RUNS; run++) {
    let backingUp = true;
    const requests = fireRequests(dispatch, () => backingUp, during);
    const start = performance.now();
    const result = await dispatch('backups.create', {});
    backupTimes.push(performance.now() - start);
    backingUp = false;
    await requests;
    if (!result.ok) throw new Error(`backups.create: ${result.error.message}`);
    size = (result.value as { sizeBytes: number }).sizeBytes;
  }
  const alone: Timings = { latency: [], wait: [] };
  let quiet = true;
  const baseline = fireRequests(dispatch, () => quiet, alone);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  quiet = false;
  await baseline;

  const backup = median(backupTimes);
  const slowest = Math.max(...during.latency);
  report(`  backups.create (${(size / 1_048_576).toFixed(1)} MiB)`, ms(backup), '2000 ms', backup < 2000);
  report(`  requests during the backups (${during.latency.length}): median / slowest`, `${ms(median(during.latency))} / ${ms(slowest)}`, '50 ms', slowest < 50);
  report('    of which waiting for the event loop: median / slowest', `${ms(median(during.wait))} / ${ms(Math.max(...during.wait))}`);
  report(`  the same requests, no backup (${alone.latency.length}): median / slowest`, `${ms(median(alone.latency))} / ${ms(Math.max(...alone.latency))}`);
  report('    of which waiting for the event loop: median / slowest', `${ms(median(alone.wait))} / ${ms(Math.max(...alone.wait))}`);
}

async function fireRequests(dispatch: Dispatch, going: () => boolean, timings: Timings): Promise<void> {
  let due = performance.now() + REQUEST_EVERY_MS;
  for (let n = 0; going(); n++) {
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (!going()) break;
    timings.wait.push(performance.now() - due);
    const result = await (n % 2 ? dispatch('people.list', { limit: 50 }) : dispatch('dashboard.summary', {}));
    if (!result.ok) throw new Error(result.error.message);
    timings.latency.push(performance.now() - due);
    // One client, one request at a time: a slow answer delays the next one, not counted twice.
    due = Math.max(due + REQUEST_EVERY_MS, performance.now());
  }
}
