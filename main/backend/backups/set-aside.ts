import fs from 'node:fs';
import path from 'node:path';
import { syncFolder } from './backup-files';

/** SQLite's journal files beside a database; '' is the file itself. */
const PARTS = ['', '-wal', '-shm', '-journal'];

/** A data file that could not be opened, moved aside (with its journals) in place of a backup before a restore. */
export interface SetAside {
  /** Where the data file was, and where it goes back if the restored file will not open either. */
  databasePath: string;
  /** The new name's stem in the data folder; each part moved is `stem` + its suffix. */
  stem: string;
  /** The suffixes ('' for the file itself) that were there and were moved. */
  moved: string[];
}

/**
 * `thankful.sqlite3.unreadable-2026-12-05T130000Z`: says what it is and when it was found, in the
 * data folder (not `backups/`, so rotation never deletes it). The journals keep SQLite's suffixes
 * on the new name (`…Z-wal`), so a recovery tool opening the file reads its own journal with it.
 */
export function setAsideStem(databasePath: string, now: Date): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/:/gu, '')}Z`;
  const base = `${databasePath}.unreadable-${stamp}`;
  const taken = (stem: string) => PARTS.some((suffix) => fs.existsSync(`${stem}${suffix}`));
  let stem = base;
  for (let n = 2; taken(stem); n += 1) stem = `${base}-${n}`;
  return stem;
}

/**
 * Moves the unusable data file and its journals aside; the caller then puts the restored file in
 * place. Never deletes: someone may still want to recover what the damaged file holds. Moves what
 * it moved back if one rename fails, so the folder is as it was.
 */
export function moveAside(databasePath: string, now: Date): SetAside {
  const stem = setAsideStem(databasePath, now);
  const moved: string[] = [];
  try {
    for (const suffix of PARTS) {
      if (!fs.existsSync(`${databasePath}${suffix}`)) continue;
      fs.renameSync(`${databasePath}${suffix}`, `${stem}${suffix}`);
      moved.push(suffix);
    }
  } catch (error) {
    for (const suffix of moved) fs.renameSync(`${stem}${suffix}`, `${databasePath}${suffix}`);
    throw error;
  }
  syncFolder(path.dirname(databasePath));
  return { databasePath, stem, moved };
}

/** The name to tell the person: the data file's new name, or its journal's when only that was left ('missing'). */
export function setAsideName(aside: SetAside): string {
  return path.basename(`${aside.stem}${aside.moved[0] ?? ''}`);
}

/**
 * The restored file would not open: it goes (it is a copy; its backup or the picked file is still
 * there) and the unusable file comes back to where it was, so nothing is lost by trying.
 */
export function moveBack(aside: SetAside): void {
  const { databasePath, stem } = aside;
  for (const suffix of PARTS) fs.rmSync(`${databasePath}${suffix}`, { force: true });
  for (const suffix of aside.moved) fs.renameSync(`${stem}${suffix}`, `${databasePath}${suffix}`);
  syncFolder(path.dirname(databasePath));
}
