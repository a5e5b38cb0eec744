import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { DataFolderLockedError, LOCK_FILE_NAME, lockDataFolder } from './data-folder-lock';

const lockFile = (dir: string) => path.join(dir, LOCK_FILE_NAME);
/** The PID of a process that has just ended (and so is not running). */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

function catchLocked(dir: string): DataFolderLockedError {
  try {
    lockDataFolder(dir, 'browser mode (npm run serve)');
  } catch (error) {
    if (error instanceof DataFolderLockedError) return error;
    throw error;
  }
  throw new Error('expected the folder to be locked');
}

describe('lockDataFolder (real files, real processes)', () => {
  it('writes who holds the folder, refuses a second taker, and frees the folder on release', () => {
    const dir = tempDir();
    const lock = lockDataFolder(dir, 'the desktop app');
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, hostname: os.hostname(), app: 'the desktop app' });
    if (process.platform !== 'win32') expect(fs.statSync(lockFile(dir)).mode & 0o777).toBe(0o600);
    expect(catchLocked(dir).message).toMatch(/^Thankful is already open with the data folder .+: the desktop app, process \d+ since /u);
    lock.release();
    lock.release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
    lockDataFolder(dir, 'the desktop app').release();
  });

  it('creates a missing data folder for the user only', () => {
    const dir = path.join(tempDir(), 'new', 'Thankful');
    lockDataFolder(dir, 'the desktop app').release();
    if (process.platform !== 'win32') expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('takes over a lock left by a process that is gone (killed, crashed)', () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: deadPid(), hostname: os.hostname(), app: 'the desktop app', startedAt: '2026-01-01T00:00:00Z' }));
    const lock = lockDataFolder(dir, 'browser mode (npm run serve)');
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, app: 'browser mode (npm run serve)' });
    lock.release();
  });

  it('respects a running process’s lock, and one from another computer (a synced folder), naming it', () => {
    const dir = tempDir();
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: running.pid, hostname: os.hostname(), app: 'the desktop app', startedAt: '2026-01-01T00:00:00Z' }));
      expect(catchLocked(dir).holder).toMatchObject({ pid: running.pid, app: 'the desktop app' });
    } finally {
      running.kill();
    }

    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: deadPid(), hostname: 'jordans-laptop', app: 'the desktop app', startedAt: '2026-01-01T00:00:00Z' }));
    expect(catchLocked(dir).message).toContain('on the computer “jordans-laptop”');
  });

  it('a half-written lock is held while young (a process starting right now) and taken over once old', () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), '{"pid": 12');
    expect(catchLocked(dir).message).toMatch(/^Another Thankful is starting up with the data folder/u);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile(dir), old, old);
    lockDataFolder(dir, 'the desktop app').release();
  });

  it('release leaves alone a lock another process has taken over meanwhile', () => {
    const dir = tempDir();
    const lock = lockDataFolder(dir, 'the desktop app');
    const other = JSON.stringify({ pid: process.pid + 1, hostname: os.hostname(), app: 'browser mode (npm run serve)', startedAt: '2026-01-01T00:00:00Z' });
    fs.writeFileSync(lockFile(dir), other);
    lock.release();
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(other);
  });
});
