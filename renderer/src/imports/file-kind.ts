import type { ImportKind } from '../app/import-file';

const BY_EXTENSION: Record<string, ImportKind> = {
  ics: 'invite',
  ical: 'invite',
  icalendar: 'invite',
  ifb: 'invite',
  vcs: 'invite',
  vcf: 'people',
  vcard: 'people',
  csv: 'people',
  zip: 'people',
};

const BY_TYPE: Record<string, ImportKind> = {
  'text/calendar': 'invite',
  'application/ics': 'invite',
  'text/vcard': 'people',
  'text/x-vcard': 'people',
  'text/directory': 'people',
  'text/csv': 'people',
  'application/zip': 'people',
  'application/x-zip-compressed': 'people',
};

/** Which import a dropped file is for, by its name (what the user sees) and else its type; null when Thankful cannot import it. */
export function importKindOf(file: { name: string; type: string }): ImportKind | null {
  const extension = /\.([^.]+)$/u.exec(file.name)?.[1]?.toLowerCase();
  return (extension !== undefined ? BY_EXTENSION[extension] : undefined) ?? BY_TYPE[file.type.toLowerCase()] ?? null;
}

export const IMPORTABLE_FILES = 'a calendar invite (.ics), contacts (.vcf), or LinkedIn’s Connections.csv or the ZIP it comes in';
