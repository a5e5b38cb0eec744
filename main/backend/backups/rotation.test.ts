import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../../shared';
import { backupFileName, type BackupFile } from './backup-files';
import { backupsToDelete, localIsoWeek } from './rotation';

// Noon UTC: the same calendar day in every time zone from UTC−11 to UTC+11, where tests run.
const file = (kind: BackupKind, iso: string, ours = true): BackupFile => {
  const createdAt = Date.parse(iso);
  const fileName = ours ? backupFileName(new Date(createdAt), kind) : `copied-${iso}.sqlite3`;
  return { fileName, kind, createdAt, sequence: 1, sizeBytes: 1, ours, modifiedAt: createdAt };
};
const day = (n: number, time = '12:00') => `2026-06-${String(n).padStart(2, '0')}T${time}:00.000Z`;
const daysOf = (names: string[]) => names.map((name) => Number(/2026-06-(\d{2})/u.exec(name)![1])).sort((a, b) => a - b);

describe('backup rotation (pure)', () => {
  it('keeps the newest of each of the last 7 days and of the last 4 ISO weeks across a month of daily backups', () => {
    const files = Array.from({ length: 30 }, (_, index) => file('daily', day(index + 1)));
    const deleted = backupsToDelete(files);
    const kept = files.map((each) => each.fileName).filter((name) => !deleted.includes(name));
    // 30 June 2026 is a Tuesday: June 24–30 by day; the weeks before end on Sundays 28, 21 and 14.
    expect(daysOf(kept)).toEqual([14, 21, 24, 25, 26, 27, 28, 29, 30]);
    expect(deleted).toHaveLength(21);
  });

  it('keeps one daily per day, the newest, pooled with manual backups, and the newest 5 manual ones whatever the day', () => {
    const files = [file('daily', day(10, '08:00')), file('manual', day(10, '09:30')), file('manual', day(10, '17:45')), file('daily', day(9, '08:00'))];
    // The 08:00 daily is not the day's newest; both "Back up now" copies stay.
    expect(backupsToDelete(files)).toEqual([files[0]!.fileName]);
    const manual = Array.from({ length: 7 }, (_, index) => file('manual', day(10, `1${index}:00`)));
    expect(backupsToDelete(manual).sort()).toEqual([manual[0]!.fileName, manual[1]!.fileName].sort());
  });

  it('counts days that have a backup, so someone who opens the app weekly keeps 7 weeks of them', () => {
    const files = Array.from({ length: 10 }, (_, index) => file('daily', new Date(Date.UTC(2026, 3, 1 + index * 7, 12)).toISOString()));
    const deleted = backupsToDelete(files);
    expect(deleted).toEqual(files.slice(0, 3).map((each) => each.fileName).reverse());
  });

  it('keeps the newest 5 before-migration and 5 before-restore copies apart from the daily series', () => {
    const migrations = Array.from({ length: 7 }, (_, index) => file('before-migration', day(index + 1)));
    const restores = Array.from({ length: 6 }, (_, index) => file('before-restore', day(index + 10)));
    const daily = [file('daily', day(20))];
    const deleted = backupsToDelete([...migrations, ...restores, ...daily]);
    expect(deleted.sort()).toEqual([migrations[0]!.fileName, migrations[1]!.fileName, restores[0]!.fileName].sort());
  });

  it('never deletes a file the user put in the folder, nor the one just made even when it looks older', () => {
    const foreign = Array.from({ length: 12 }, (_, index) => file('manual', day(index + 1), false));
    const newer = Array.from({ length: 10 }, (_, index) => file('daily', day(index + 15)));
    // Made while the clock was set back: named in the past, but it is the copy just taken.
    const justMade = file('manual', '2026-05-01T12:00:00.000Z');
    const deleted = backupsToDelete([...foreign, ...newer, justMade], justMade.fileName);
    expect(deleted.some((name) => name.startsWith('copied-'))).toBe(false);
    expect(deleted).not.toContain(justMade.fileName);
    expect(deleted.length).toBeGreaterThan(0);
  });

  it('numbers ISO weeks across year ends', () => {
    const week = (iso: string) => localIsoWeek(Date.parse(`${iso}T12:00:00Z`));
    expect(week('2026-01-01')).toBe('2026-W1'); // a Thursday
    expect(week('2027-01-01')).toBe('2026-W53'); // a Friday: still the last week of 2026
    expect(week('2024-12-30')).toBe('2025-W1'); // a Monday: already the first week of 2025
    expect(week('2026-06-28')).toBe('2026-W26'); // a Sunday ends its week
    expect(week('2026-06-29')).toBe('2026-W27');
  });
});
