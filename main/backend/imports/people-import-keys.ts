import { profileUrl } from './linkedin-fields';

/**
 * How two values are told the same or different when people from a file are matched to stored
 * ones and merged into them. Pure.
 */

/**
 * An address as SQLite's NOCASE sees it (ASCII letters folded, nothing else), which is how
 * `person_emails` keeps addresses unique: two keys are equal exactly when the unique index would
 * call the addresses the same.
 */
export function emailKey(address: string): string {
  return address.replace(/[A-Z]+/gu, (letters) => letters.toLowerCase());
}

/**
 * A LinkedIn profile as "in/<slug>", the slug percent-decoded and lower-cased (LinkedIn's slugs are
 * not case-sensitive, and exports percent-encode non-ASCII ones that a person types as letters);
 * any way of writing linkedin.com/…/in/<slug>, with or without "www.", scheme, query or trailing
 * slash, gives the same key. Null when the value is not a profile address.
 */
export function linkedinKey(url: string): string | null {
  const profile = url === '' ? null : profileUrl(url);
  if (profile === null) return null;
  const slug = profile.slice(profile.lastIndexOf('/in/') + 4);
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A stray "%" is kept as it is.
  }
  return `in/${decoded.normalize('NFC').toLowerCase()}`;
}

/**
 * A name (or a company, a title) as compared: the same letters in the same order, ignoring case,
 * the Unicode form (a macOS file writes "ë" as "e" plus a mark) and runs of spaces. Accents are
 * kept: "Zoë" and "Zoe" are not taken for the same person (see people-import-matching.ts).
 */
export function textKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** A phone number's digits ("+1 (555) 010-2233" and "+15550102233" are the same number); the text when it has none. */
function phoneKey(phone: string): string {
  const digits = phone.replace(/[^\d+]/gu, '').replace(/(?!^)\+/gu, '');
  return digits.replace('+', '') === '' ? textKey(phone) : digits;
}

/** The person fields a file can bring, compared one by one. */
export type ComparedField = 'fullName' | 'company' | 'title' | 'phone' | 'linkedinUrl' | 'connectedOn';

/** True when two non-empty values of `field` say the same thing. */
export function sameValue(field: ComparedField, stored: string, incoming: string): boolean {
  switch (field) {
    case 'phone':
      return phoneKey(stored) === phoneKey(incoming);
    case 'linkedinUrl': {
      const storedKey = linkedinKey(stored);
      return storedKey !== null ? storedKey === linkedinKey(incoming) : textKey(stored) === textKey(incoming);
    }
    case 'connectedOn':
      return stored === incoming;
    default:
      return textKey(stored) === textKey(incoming);
  }
}

/** True when the stored notes already hold the incoming ones (ignoring case and how lines are broken). */
export function notesContain(stored: string, incoming: string): boolean {
  return textKey(stored).includes(textKey(incoming));
}
