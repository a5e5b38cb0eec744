import { z } from 'zod';
import './plain-errors';

/** Letters in any script, marks, emoji and punctuation are all fine; only control characters are not. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;
const LINE_BREAKS_OR_TABS = /[\t\n\r]/u;

/** A one-line text field, trimmed, with a length limit and a message that names it. */
export const line = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} can be at most ${max} characters.` })
    .refine((value) => !CONTROL_CHARACTERS.test(value) && !LINE_BREAKS_OR_TABS.test(value), {
      error: `${label} cannot contain control characters or line breaks.`,
    });

export const requiredLine = (label: string, max: number, emptyMessage: string) =>
  line(label, max).pipe(z.string().min(1, { error: emptyMessage }));

/** Multi-line text (notes): line breaks allowed, other control characters not. */
export const multiline = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .max(max, { error: `${label} can be at most ${max.toLocaleString('en')} characters.` })
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      error: `${label} holds an invisible control character (often pasted from another program); delete it to save.`,
    });

export const emailAddress = z
  .string({ error: 'Email must be text.' })
  .trim()
  .max(254, { error: 'Email can be at most 254 characters.' })
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }));

/**
 * A secure web link; a bare "www.example.com" gets https:// in front. Plain http:// is refused
 * because the app opens only https: links (see isAllowedExternalUrl), so it could never be used.
 */
export const webLink = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(2048, { error: `${label} can be at most 2048 characters.` })
    .transform((value) => (value !== '' && !/^[a-z][a-z0-9+.-]*:/iu.test(value) ? `https://${value}` : value))
    .refine((value) => !/^http:/iu.test(value), { error: `${label} must be a secure address starting with https://` })
    .refine((value) => value === '' || /^http:/iu.test(value) || /^https:\/\/[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?$/iu.test(value), {
      error: `${label} must be a web address like https://example.com/…`,
    });

export const id = z.number({ error: 'An id is required.' }).int().positive();

/**
 * The revision a change was made on (optimistic concurrency): required, so no caller can
 * overwrite what another window saved meanwhile without having seen it.
 */
export const revision = z.number({ error: 'The revision this change was made on is required.' }).int().min(0);

/**
 * An instant as ISO-8601 with an offset (`2026-03-08T14:00:00.000Z`, `…+01:00`). Dates that do
 * not exist (February 30) are refused rather than rolled over into the next month.
 */
export const instant = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/u.test(value), {
      error: `${label} must be a date and time.`,
    })
    .refine(calendarDateExists, { error: `${label}: that date does not exist.` })
    .refine(withinYears, { error: `${label}: enter a year between ${FIRST_YEAR} and ${LAST_YEAR}.` });

/**
 * Years a job search can have happened or be planned in. Year 0 or 9999 is a typo, and would fail
 * later anyway (a due time past the end of what JavaScript dates can hold).
 */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

function withinYears(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

function calendarDateExists(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/u.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth && Number.isFinite(Date.parse(value));
}
