/**
 * Readers for single values of LinkedIn's Connections.csv: the profile address, the email address
 * and the "Connected On" date. Each returns null for a value it cannot read; none throws.
 */
import { addressIfValid } from './email-address';

/**
 * linkedin.com or any subdomain of it (www., a country like uk. or de., m.), with or without a
 * scheme, then /in/<slug>. The slug is what follows /in/ up to the next "/", "?" or "#".
 */
const PROFILE = /^(?:https?:)?(?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com(?::\d+)?\/in\/([^/?#\s]+)/iu;
const SLUG = /^[^\s/?#&"'<>\\]{1,200}$/u;

/**
 * The profile as "https://www.linkedin.com/in/<slug>": a missing scheme is added, http becomes
 * https, a country subdomain becomes www, and the query (LinkedIn's "?trk=…" tracking), fragment,
 * trailing slash and anything after the slug are dropped. The slug keeps its spelling (LinkedIn
 * exports percent-encoded non-ASCII slugs, and so does this), as the vCard importer does. Null
 * when empty or not a linkedin.com/in/ profile (a company page, a /pub/ address, "lnkd.in" links).
 */
export function profileUrl(value: string): string | null {
  const match = PROFILE.exec(value.trim());
  if (!match) return null;
  const slug = match[1]!;
  return SLUG.test(slug) ? `https://www.linkedin.com/in/${slug}` : null;
}

/** The address, as written ("mailto:" dropped), or null when the value does not look like an email address. */
export function emailAddress(value: string): string | null {
  return addressIfValid(value.trim().replace(/^mailto:/iu, ''));
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** English month names, full and three-letter ("sept" too), to their number. */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, index): [string, number] => [name, index + 1]),
  ...MONTH_NAMES.map((name, index): [string, number] => [name.slice(0, 3), index + 1]),
  ['sept', 9],
]);

/** "07 Dec 2025", "7 Dec 2025", "6-Feb-26", "07 December 2025" (LinkedIn's own, over the years). */
const DAY_MONTH_YEAR = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s,-]+(\d{4}|\d{2})$/iu;
/** "Dec 7, 2025", "December 7 2025". */
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/iu;
/** "2025-12-07", also with a time after it. */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/u;
/** "1/8/18, 6:14 PM", "05/14/23", "12/7/2025": US order, month first (LinkedIn wrote these around 2018). */
const US_NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/iu;

/**
 * The date as "YYYY-MM-DD", or null when the value is empty or not a date this reads. Two-digit
 * years are 20xx: LinkedIn (2003) has no connections from the 1900s.
 */
export function connectionDate(value: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  let match = DAY_MONTH_YEAR.exec(text);
  if (match) return ymd(year(match[3]!), MONTHS.get(match[2]!.toLowerCase()), Number(match[1]));
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return ymd(Number(match[3]), MONTHS.get(match[1]!.toLowerCase()), Number(match[2]));
  match = ISO.exec(text);
  if (match) return ymd(Number(match[1]), Number(match[2]), Number(match[3]));
  match = US_NUMERIC.exec(text);
  if (match) return ymd(year(match[3]!), Number(match[1]), Number(match[2]));
  return null;
}

function year(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function ymd(y: number, m: number | undefined, d: number): string | null {
  if (m === undefined || m < 1 || m > 12 || y < 1900 || y > 2999 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
