import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE_NAME = 'thankful.lock';

/** Who holds a data folder: written into the lock file by the process that opened it. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** "the desktop app" or "browser mode (npm run serve)". */
  app: string;
  startedAt: string;
}

export class DataFolderLockedError extends Error {
  constructor(
    readonly holder: LockHolder | null,
    readonly lockPath: string,
  ) {
    super(lockedMessage(holder, lockPath));
    this.name = 'DataFolderLockedError';
  }
}

function lockedMessage(holder: LockHolder | null, lockPath: string): string {
  const folder = path.dirname(lockPath);
  const advice = 'Close it first (or start this one with --data-dir to use another folder): two programs writing the same data would undo each other’s changes.';
  if (!holder) return `Another Thankful is starting up with the data folder ${folder}. ${advice}`;
  const since = new Date(holder.startedAt);
  const when = Number.isNaN(since.getTime()) ? '' : ` since ${since.toLocaleString()}`;
  const where = holder.hostname === os.hostname() ? `process ${holder.pid}` : `process ${holder.pid} on the computer “${holder.hostname}”`;
  return `Thankful is already open with the data folder ${folder}: ${holder.app}, ${where}${when}. ${advice}`;
}

/** A lock file so young may still be being written by a process starting at this moment. */
const UNFINISHED_GRACE_MS = 5_000;

function readHolder(lockPath: string): LockHolder | null {
  try {
    const value = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string') return null;
    return { pid: value.pid, hostname: value.hostname, app: String(value.app ?? 'another Thankful'), startedAt: String(value.startedAt ?? '') };
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is only someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Left behind by a process that is gone (crashed, killed): safe to take over. */
function isStale(lockPath: string, holder: LockHolder | null): boolean {
  if (holder === null) {
    try {
      return Date.now() - fs.statSync(lockPath).mtimeMs > UNFINISHED_GRACE_MS;
    } catch {
      return true;
    }
  }
  // On another computer (a synced folder) there is no telling: it is held.
  return holder.hostname === os.hostname() && holder.pid !== process.pid && !isRunning(holder.pid);
}

export interface DataFolderLock {
  release(): void;
}

/**
 * One process per data folder: the desktop app and browser mode default to the same folder, and
 * two processes writing one database would silently undo each other's settings and edits (each
 * caches what it read). The lock is a file created exclusively, holding the PID; one left by a
 * process that no longer runs on this computer is taken over. The same process opening the
 * folder twice is refused too.
 */
export function lockDataFolder(dataDir: string, app: string): DataFolderLock {
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  const holder: LockHolder = { pid: process.pid, hostname: os.hostname(), app, startedAt: new Date().toISOString() };
  // Notes about people are private: a folder Thankful makes is for the user only.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  for (let attempt = 0; ; attempt += 1) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      try {
        fs.writeSync(fd, JSON.stringify(holder));
      } finally {
        fs.closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readHolder(lockPath);
      if (attempt > 0 || !isStale(lockPath, current)) throw new DataFolderLockedError(current, lockPath);
      fs.rmSync(lockPath, { force: true });
    }
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      // Only our own lock: never one another process took over meanwhile.
      if (readHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
    },
  };
}
