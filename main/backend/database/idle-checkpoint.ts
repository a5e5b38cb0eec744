import type { Database } from 'better-sqlite3';

/** How long after the last write the WAL is folded into the data file. */
export const IDLE_CHECKPOINT_MS = 30_000;

export interface IdleCheckpoint {
  /** A write happened: checkpoint once the app has been quiet for a while. */
  wrote(): void;
  dispose(): void;
}

export interface IdleCheckpointOptions {
  delayMs?: number;
  /** False when the checkpoint must not run (the data file was moved away: it would go into a file nobody opens). */
  mayWrite?: () => boolean;
  /**
   * True while another connection holds a long read (a backup copying in a worker): TRUNCATE
   * would wait for it with the event loop held. The checkpoint is then tried after another delay.
   */
  postpone?: () => boolean;
  logError?: (error: unknown) => void;
}

/**
 * Between writes the changes sit in the `-wal` file. Folding them into the data file when the app
 * is idle keeps the WAL small, makes a copy of the data file alone (a backup, a sync tool) complete,
 * and leaves less to replay after a crash. TRUNCATE empties the WAL but keeps the file, so a data
 * file deleted later still leaves its journal behind as a sign. The timer is unref'd: it never keeps
 * the process alive.
 */
export function idleCheckpoint(db: Database, options: IdleCheckpointOptions = {}): IdleCheckpoint {
  const delay = options.delayMs ?? IDLE_CHECKPOINT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
    timer.unref?.();
  };
  const run = () => {
    timer = undefined;
    if (!db.open || options.mayWrite?.() === false) return;
    if (options.postpone?.()) {
      arm();
      return;
    }
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      // A full or failing disk: the changes stay safe in the WAL, and the next idle moment tries again.
      options.logError?.(error);
    }
  };
  return {
    wrote: arm,
    dispose() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
