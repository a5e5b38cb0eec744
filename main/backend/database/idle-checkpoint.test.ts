import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { idleCheckpoint } from './idle-checkpoint';
import { DATABASE_FILE_NAME, openDatabase } from './open-database';

afterEach(() => {
  vi.useRealTimers();
});

describe('the idle checkpoint while a backup worker reads the file', () => {
  it('waits another delay instead of holding the event loop for the reader, then folds the WAL in', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const file = path.join(tempDir(), DATABASE_FILE_NAME);
    const db = openDatabase(file);
    try {
      let backupReading = true;
      const checkpoint = idleCheckpoint(db, { delayMs: 1_000, postpone: () => backupReading });
      db.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES ('Ada', 'x', 'x')").run();
      checkpoint.wrote();
      const wal = () => fs.statSync(`${file}-wal`).size;
      vi.advanceTimersByTime(1_000);
      expect(wal()).toBeGreaterThan(0);
      expect(vi.getTimerCount()).toBe(1);

      backupReading = false;
      vi.advanceTimersByTime(1_000);
      expect(wal()).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
      checkpoint.dispose();
    } finally {
      db.close();
    }
  });
});
