import { BACKUP_KEEP, type BackupKind } from '../../../shared';
import { newestFirst, type BackupFile } from './backup-files';

/** Copies kept from before a risky step (a migration, a restore): the newest few of each. */
export const KEEP_EACH_SAFETY_KIND = 5;
/** "Back up now" copies kept whatever the day: someone backing up before a risky edit expects that copy to stay. */
export const KEEP_MANUAL = 5;

export interface RotationRules {
  daily: number;
  weekly: number;
  safety: number;
  manual: number;
}

const DEFAULT_RULES: RotationRules = { ...BACKUP_KEEP, safety: KEEP_EACH_SAFETY_KIND, manual: KEEP_MANUAL };

/**
 * Which backups to delete. Daily and manual backups are one series: the newest of each of the
 * last 7 days that have one and of each of the last 4 ISO weeks that have one (days and weeks
 * counted in the computer's time zone, as the person lives them). Counting days that have a
 * backup, not calendar days, keeps a month-old history for someone who opens Thankful rarely.
 * On top of that the newest 5 made with "Back up now" stay, even several from one day.
 * Before-migration and before-restore copies keep their newest 5 each. Files the user put in the
 * folder under other names are never deleted, nor is the one just made.
 */
export function backupsToDelete(files: readonly BackupFile[], justMade?: string, rules: RotationRules = DEFAULT_RULES): string[] {
  const ours = files.filter((file) => file.ours).sort(newestFirst);
  const keep = new Set<string>(justMade ? [justMade] : []);

  const series = ours.filter((file) => file.kind === 'daily' || file.kind === 'manual');
  for (const name of newestPerPeriod(series, localDay, rules.daily)) keep.add(name);
  for (const name of newestPerPeriod(series, localIsoWeek, rules.weekly)) keep.add(name);
  for (const file of series.filter((each) => each.kind === 'manual').slice(0, rules.manual)) keep.add(file.fileName);
  for (const kind of ['before-migration', 'before-restore'] satisfies BackupKind[]) {
    for (const file of ours.filter((each) => each.kind === kind).slice(0, rules.safety)) keep.add(file.fileName);
  }
  return ours.filter((file) => !keep.has(file.fileName)).map((file) => file.fileName);
}

/** The newest file of each of the `count` most recent periods that have one (files newest first). */
function newestPerPeriod(files: readonly BackupFile[], periodOf: (ms: number) => string, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const file of files) {
    const period = periodOf(file.createdAt);
    if (seen.has(period)) continue;
    if (seen.size === count) break;
    seen.add(period);
    kept.push(file.fileName);
  }
  return kept;
}

function localDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** ISO 8601 week of the local date: weeks start on Monday and belong to the year of their Thursday. */
export function localIsoWeek(ms: number): string {
  const local = new Date(ms);
  const day = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${week}`;
}
