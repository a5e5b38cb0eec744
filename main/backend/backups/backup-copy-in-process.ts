import fs from 'node:fs';
import type { Database } from 'better-sqlite3';

/**
 * Pages copied per step of the online backup (4 KiB each): about a millisecond or two of work,
 * after which the event loop serves whatever request is waiting.
 */
const PAGES_PER_STEP = 256;

/**
 * The copy made on the main thread, used when the backend was given no built backup worker (unit
 * tests running the TypeScript sources; the built app and browser mode always have one). SQLite's
 * online backup through the open connection, a few pages at a time, yielding between steps; writes
 * made meanwhile through that same connection go into the copy as well. Its last step (SQLite
 * committing and syncing the copy) still holds the event loop for tens of milliseconds on a large
 * file, which is why the app copies in a worker instead.
 */
export async function copyInProcess(db: Database, destination: string): Promise<void> {
  // Made by us first, so the copy is the user's alone from its first byte.
  const flusher = new BackgroundFlush(fs.openSync(destination, 'wx', 0o600));
  try {
    await db.backup(destination, { progress: () => (flusher.flush(), PAGES_PER_STEP) });
  } finally {
    await flusher.close();
  }
}

/**
 * SQLite syncs the copy when its last step commits, on the main thread: with tens of megabytes
 * written and not yet on disk, that one step would hold every request for a disk flush. Flushing
 * in the background (libuv's thread pool) while the copy goes on leaves little for that last sync.
 */
class BackgroundFlush {
  private running: Promise<void> | undefined;

  constructor(private readonly fd: number) {}

  flush(): void {
    if (this.running) return;
    this.running = new Promise((resolve) => {
      // A failed flush is harmless: SQLite's own sync at the end, and ours after it, still run.
      fs.fdatasync(this.fd, () => {
        this.running = undefined;
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    await this.running;
    fs.closeSync(this.fd);
  }
}
