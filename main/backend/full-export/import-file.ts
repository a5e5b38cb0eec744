import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { z } from 'zod';
import { FULL_EXPORT_FORMAT, FULL_EXPORT_VERSION } from '../../../shared';
import { invalid } from '../errors';
import { isZip } from '../imports/linkedin-zip';
import { exportFileSchema, type ExportFile } from './export-format';

export const EXPORT_JSON_NAME = 'thankful.json';

/** Far above the JSON of 100,000 thank-yous; a ZIP that says it unpacks to more is not our export. */
const MAX_JSON_BYTES = 512 * 1024 * 1024;
/** How many problems the message lists before "and N more". */
const LISTED_PROBLEMS = 3;

const refuse = (message: string) => invalid('data', message);

/**
 * The records of an export, from its ZIP or from its bare thankful.json: unpacked, decoded,
 * parsed and checked against the format (export-format.ts). Every refusal says what is wrong
 * in words, naming the value by its path ("people[3].fullName is missing"); nothing is written
 * here, and references between records are checked apart (import-checks.ts).
 */
export function readExportFile(bytes: Uint8Array): ExportFile {
  if (bytes.length === 0) throw refuse('The file is empty.');
  const json = isZip(bytes) ? jsonFromZip(bytes) : bytes;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw refuse(
      isZip(bytes)
        ? `The ${EXPORT_JSON_NAME} in this ZIP cannot be read: it is damaged or cut short.`
        : `This file is not a Thankful export. Choose the ZIP that “Export everything” saved, or the ${EXPORT_JSON_NAME} inside it.`,
    );
  }
  checkFormatAndVersion(value);
  let parsed: ReturnType<typeof exportFileSchema.safeParse>;
  try {
    parsed = exportFileSchema.safeParse(value, { error: describeIssue });
  } catch {
    // Settings may hold any JSON; thousands of nested lists run the checks out of stack.
    throw refuse('This export holds values nested too deeply to be a Thankful export.');
  }
  if (!parsed.success) throw refuse(problemsMessage(parsed.error.issues.map(issueText)));
  return parsed.data;
}

/** The ZIP's thankful.json, at its top or in one folder (a ZIP made again from the unpacked folder). */
function jsonFromZip(bytes: Uint8Array): Uint8Array {
  const entries: UnzipFileInfo[] = [];
  try {
    // Lists the entries from the ZIP's directory; nothing is inflated yet.
    unzipSync(bytes, { filter: (entry) => (entries.push(entry), false) });
  } catch {
    throw refuse('This ZIP cannot be opened: it is damaged or cut short.');
  }
  const found = entries
    .filter((entry) => (entry.name === EXPORT_JSON_NAME || entry.name.endsWith(`/${EXPORT_JSON_NAME}`)) && !entry.name.startsWith('__MACOSX/'))
    .sort((a, b) => a.name.length - b.name.length);
  const chosen = found[0];
  if (!chosen) {
    throw refuse(`This ZIP has no ${EXPORT_JSON_NAME}, so it is not a Thankful export. Choose the ZIP that “Export everything” saved.`);
  }
  if (chosen.originalSize > MAX_JSON_BYTES) throw refuse(`The ${EXPORT_JSON_NAME} in this ZIP is too large to be a Thankful export.`);
  try {
    const data = unzipSync(bytes, { filter: (entry) => entry.name === chosen.name })[chosen.name];
    if (data) return data;
  } catch {
    // Said below.
  }
  throw refuse(`The ${EXPORT_JSON_NAME} in this ZIP cannot be unpacked (the ZIP may be damaged or password-protected).`);
}

/** Said before the details: a file of another program, or of a later Thankful, fails everywhere. */
function checkFormatAndVersion(value: unknown): void {
  const head = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (head.format !== FULL_EXPORT_FORMAT) {
    throw refuse(`This file is not a Thankful export (it does not say "format": "${FULL_EXPORT_FORMAT}"). Choose the ZIP that “Export everything” saved.`);
  }
  const version = head.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw refuse('This Thankful export has no valid format version, so it cannot be imported.');
  }
  if (version > FULL_EXPORT_VERSION) {
    throw refuse(
      `This export was made by a newer version of Thankful (format version ${version}; this one reads up to version ${FULL_EXPORT_VERSION}). Update Thankful, then import it again.`,
    );
  }
}

export function problemsMessage(problems: readonly string[]): string {
  const listed = problems.slice(0, LISTED_PROBLEMS).join('; ');
  const more = problems.length - LISTED_PROBLEMS;
  return `This export cannot be imported: ${listed}${more > 0 ? `; and ${more} more ${more === 1 ? 'problem' : 'problems'}` : ''}. Nothing was imported.`;
}

/** `people[3].emails[0]`, as jq and JavaScript write it. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

function issueText(issue: z.core.$ZodIssue): string {
  const where = pathText(issue.path) || 'the file';
  // The contract's own schemas (settings' due hours) word a whole sentence.
  return /^\p{Lu}/u.test(issue.message) ? `${where}: ${issue.message.replace(/\.$/u, '')}` : `${where} ${issue.message}`;
}

const KINDS: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object', array: 'a list' };

/** The phrase after the path, for the issues the format's schema does not word itself. */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      if (issue.input === null) return `cannot be null (it must be ${KINDS[issue.expected] ?? issue.expected})`;
      return `must be ${KINDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Thankful does not know: ${issue.keys.join(', ')}`;
    case 'too_small':
      if (issue.origin !== 'number') return 'is too short';
      return issue.inclusive === false ? `must be more than ${String(issue.minimum)}` : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin !== 'number') return 'is too long';
      return issue.inclusive === false ? `must be less than ${String(issue.maximum)}` : `must be at most ${String(issue.maximum)}`;
    default:
      return 'is not a value Thankful accepts';
  }
}
