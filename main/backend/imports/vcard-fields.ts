/**
 * Small readers for single vCard values: LinkedIn profile addresses, email addresses, phone
 * numbers and the given name hidden in a formatted name.
 */
import { addressIfValid } from './email-address';

const LINKEDIN_PROFILE = /^(?:[a-z][a-z0-9+.-]*:\/*)?(?:[a-z0-9-]+\.)*linkedin\.com\/in\/([^/?#\s]+)/iu;
const BARE_SLUG = /^[\p{L}\p{N}%._~-]{2,100}$/u;

/**
 * The profile as "https://www.linkedin.com/in/<slug>" (no query, no trailing slash), or null.
 *
 * Anything pointing at linkedin.com/in/… is read: with or without scheme and "www.", a country
 * subdomain ("de.linkedin.com"), a trailing slash or a query. When the property says it is a
 * LinkedIn profile (`linkedIn`: X-SOCIALPROFILE;type=linkedin, an "item1.X-ABLabel:LinkedIn" URL,
 * X-LINKEDIN), a bare user name also counts, as Apple writes it ("x-apple:priya-raman-42"), and
 * the `fallbackUser` (Apple's x-user parameter) when the value is neither.
 */
export function linkedinProfile(value: string, linkedIn: boolean, fallbackUser: string | null = null): string | null {
  const text = value.trim();
  const match = LINKEDIN_PROFILE.exec(text);
  if (match) return profileUrl(match[1]!);
  if (!linkedIn) return null;
  const bare = text.replace(/^x-apple:/iu, '').replace(/^@/u, '').replace(/\/+$/u, '');
  if (BARE_SLUG.test(bare)) return profileUrl(bare);
  const user = fallbackUser?.trim() ?? '';
  return BARE_SLUG.test(user) ? profileUrl(user) : null;
}

function profileUrl(slug: string): string | null {
  return BARE_SLUG.test(slug) ? `https://www.linkedin.com/in/${slug}` : null;
}

/** The address in an EMAIL value ("mailto:" and a "Name <address>" form allowed), or null when it does not look like one. */
export function emailAddress(value: string): string | null {
  let text = value.trim().replace(/^mailto:/iu, '');
  const angle = /<([^<>]+)>\s*$/u.exec(text);
  if (angle) text = angle[1]!.trim();
  return addressIfValid(text);
}

/** A TEL value as a person would write it: a "tel:" URI (vCard 4.0) loses its scheme and other parameters, ";ext=" becomes " ext. ". */
export function phoneNumber(value: string): string | null {
  const text = value
    .trim()
    .replace(/^tel:/iu, '')
    .replace(/;ext=/iu, ' ext. ')
    .replace(/;[a-z-]+=[^;]*/giu, '')
    .trim();
  return text === '' ? null : text;
}

const NAME_PREFIXES = new Set([
  'dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame', 'rev', 'revd', 'fr', 'hon', 'herr', 'frau',
  'mme', 'mlle', 'madame', 'monsieur', 'sr', 'sra', 'srta', 'dott', 'dott.ssa', 'ing', 'mag', 'dipl', 'lord', 'lady',
  'capt', 'col', 'gen', 'lt', 'sgt',
]);

/** The first word of a formatted name that is not a title such as "Dr." or "Mrs"; null when there is none. */
export function firstNameWord(fullName: string): string | null {
  for (const word of fullName.split(/\s+/u)) {
    const clean = word.replace(/[,;]+$/u, '');
    if (clean === '' || clean.includes('@')) continue;
    if (NAME_PREFIXES.has(clean.toLowerCase().replace(/\.$/u, ''))) continue;
    return clean;
  }
  return null;
}
