import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberRestore, takeRestoreNotice } from './restore-notice';

/** sessionStorage as the page has it (the tests run in Node). */
function fakeSessionStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) };
}

describe('the message after a restore, kept across the reload', () => {
  beforeEach(() => vi.stubGlobal('sessionStorage', fakeSessionStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('says the data from before is in the backups, once', () => {
    rememberRestore({ restoredFrom: 'thankful-2026-12-05T120000.000Z-manual.sqlite3', safetyBackup: null, setAside: null, schemaVersion: 1 });
    expect(takeRestoreNotice()).toBe('Restored your data from “thankful-2026-12-05T120000.000Z-manual.sqlite3”. What was there before is kept in the backups.');
    expect(takeRestoreNotice()).toBeNull();
  });

  it('names the unreadable file moved aside when the restore replaced one', () => {
    rememberRestore({ restoredFrom: 'old.sqlite3', safetyBackup: null, setAside: 'thankful.sqlite3.unreadable-2026-12-05T130000Z', schemaVersion: 1 });
    expect(takeRestoreNotice()).toBe(
      'Restored your data from “old.sqlite3”. The unreadable data file was moved aside as “thankful.sqlite3.unreadable-2026-12-05T130000Z” in the data folder, not deleted.',
    );
  });
});
