import type { Person } from '../../../shared';
import { contentLines, escapeText, localDate, paramValue, safeFileName, utcStamp, verbatim } from './content-lines';

/**
 * People as a contacts file, vCard 3.0 (RFC 2426), the version Outlook, Apple Contacts, Google
 * Contacts and phones all read. Pure: people in, text out (UTF-8 without a byte-order mark, CRLF
 * line ends, lines folded at 75 octets; see content-lines.ts).
 *
 * Escaping: "\\", "," and line breaks everywhere, ";" only in N and ORG, where it separates
 * components. RFC 2426 asks for "\;" in every text value, RFC 6350 only in structured ones. A bare
 * ";" in a note is plain text to our importer and to ical.js, and ical.js (with which Thunderbird
 * reads cards) keeps the backslash of a "\;" in one.
 *
 * One card per person, in the order given, with only the properties that have a value:
 * - `N` from the full name (see `splitFullName`) and `FN`, the full name as the user wrote it.
 * - `NICKNAME`: how the user addresses them, only when the user set it (`addressAsOverride`) and
 *   it says something the name does not (it is not the given name or the full name). The default
 *   greeting is derived from the name, so writing it would repeat the name; Apple Contacts and
 *   Outlook show a nickname on the card, which is where "call him Bob" belongs.
 * - `EMAIL;TYPE=INTERNET,PREF` for the primary address, `EMAIL;TYPE=INTERNET` for the others.
 * - `TEL;TYPE=VOICE`, `ORG` (the company as the one component), `TITLE`, `NOTE`.
 * - The LinkedIn address as `URL`, and, when it is a linkedin.com/in/ profile, also as
 *   `X-SOCIALPROFILE;TYPE=linkedin;X-USER=<slug>`, which Apple Contacts shows as a LinkedIn profile.
 * - `CATEGORIES` for the tags, `UID` (`thankful-person-<id>@thankful.invalid`, stable, so a second
 *   export of the same person is the same contact) and `REV`, when the person was last changed.
 */
export function peopleToVCards(people: readonly Person[]): string {
  return people.map(personToVCard).join('');
}

/** A value that is not structured: "," and "\\" escaped, ";" not (see `escapeText`). */
const text = (value: string) => escapeText(value, { semicolons: false });

function personToVCard(person: Person): string {
  const fullName = person.fullName.trim();
  const name = splitFullName(fullName);
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Thankful//Thankful//EN'];
  lines.push(`N:${[name.family, name.given, '', name.prefix, name.suffix].map((part) => escapeText(part)).join(';')}`);
  lines.push(`FN:${text(fullName)}`);

  const nickname = person.addressAsOverride?.trim() ?? '';
  if (nickname !== '' && ![name.given, fullName].some((value) => value.toLowerCase() === nickname.toLowerCase())) {
    lines.push(`NICKNAME:${text(nickname)}`);
  }

  const emails = (person.emails.length > 0 ? person.emails : [person.email ?? '']).map((email) => email.trim()).filter(Boolean);
  emails.forEach((email, index) => lines.push(`EMAIL;TYPE=INTERNET${index === 0 ? ',PREF' : ''}:${text(email)}`));

  const optional = (property: string, value: string) => {
    if (value.trim() !== '') lines.push(`${property}:${property === 'ORG' ? escapeText(value.trim()) : text(value.trim())}`);
  };
  optional('TEL;TYPE=VOICE', person.phone);
  optional('ORG', person.company);
  optional('TITLE', person.title);

  const linkedin = verbatim(person.linkedinUrl);
  if (linkedin !== '') {
    lines.push(`URL:${linkedin}`);
    const slug = LINKEDIN_PROFILE.exec(linkedin)?.[1];
    if (slug) lines.push(`X-SOCIALPROFILE;TYPE=linkedin;X-USER=${paramValue(slug)}:${linkedin}`);
  }

  optional('NOTE', person.notes);
  const tags = person.tags.map((tag) => tag.trim()).filter(Boolean);
  if (tags.length > 0) lines.push(`CATEGORIES:${tags.map(text).join(',')}`);
  lines.push(`UID:thankful-person-${person.id}@thankful.invalid`);
  const revision = utcStamp(person.updatedAt);
  if (revision) lines.push(`REV:${revision}`);
  lines.push('END:VCARD');
  return contentLines(lines);
}

const LINKEDIN_PROFILE = /^https?:\/\/(?:[a-z0-9-]+\.)*linkedin\.com\/in\/([^/?#\s]+)/iu;

/**
 * The file name for an export: "Priya Raman.vcf" for one person, "Thankful contacts 2026-12-01.vcf"
 * (today's local date) for several; characters Windows or macOS do not allow in a name are
 * replaced (see `safeFileName`).
 */
export function vcardFileName(people: readonly Pick<Person, 'fullName'>[], now: Date = new Date()): string {
  const several = `Thankful contacts ${localDate(now)}`;
  if (people.length !== 1) return safeFileName(several, 'vcf', 'Thankful contacts');
  return safeFileName(people[0]!.fullName, 'vcf', 'Contact');
}

export interface NameParts {
  family: string;
  given: string;
  /** Honorifics before the name ("Dr."). */
  prefix: string;
  /** What follows the name ("Jr.", "PhD"). */
  suffix: string;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'sir', 'dame']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'dds', 'esq', 'mba', 'cpa', 'jd', 'obe', 'mbe', 'cbe']);
/** Written in lower case before a family name, they are part of it ("van Gogh", "bin Talal", "da Silva"). */
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'dei', 'di', 'da', 'du', 'des', 'dos', 'das', 'do', 'le', 'la', 'ter', 'ten',
  'bin', 'binti', 'ibn', 'al', 'el', 'بن', 'بنت', 'ابن', 'آل',
]);
/** Scripts whose names are written family name first (Chinese, Japanese, Korean). */
const FAMILY_FIRST_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const bare = (word: string) => word.toLowerCase().replace(/[.,]/gu, '');

/**
 * The parts of N from a full name, as a person would split it, so that programs that build the
 * name shown from N (Apple Contacts does) show the name the user wrote:
 * - Honorifics at the start ("Dr.", "Ms") go to the prefix, and suffixes at the end ("Jr.",
 *   "III", "PhD", also after a comma) to the suffix, as long as a name is left.
 * - "Raman, Priya" (family, comma, given) is read as written.
 * - One word is the given name only ("Madonna", "王小明": a CJK name without spaces cannot be split
 *   safely, and shown alone it reads right).
 * - A name in Chinese, Japanese or Korean script is family name first: the first word is the family
 *   name, the rest the given name ("王 小明" → family 王, given 小明).
 * - Otherwise the last word is the family name and the words before it the given name ("Mary Ann
 *   Smith" → given "Mary Ann"), with lower-case particles just before it kept with it ("Vincent van
 *   Gogh" → family "van Gogh"; also Arabic "bin", "ibn", "بن", "آل"). Arabic and Hebrew names are in
 *   logical (reading) order, so they follow this rule too.
 * Family-first names written in Latin letters (Hungarian, Vietnamese, "Kim Min-su") cannot be told
 * from others and are split as Western names; FN keeps the name as written either way.
 */
export function splitFullName(fullName: string): NameParts {
  const parts = fullName.trim().replace(/\s+/gu, ' ').split(/\s*,\s*/u).filter(Boolean);
  const suffixes: string[] = [];
  // "Priya Raman, PhD", "Martin King, Jr."
  while (parts.length > 1 && parts[parts.length - 1]!.split(' ').every((word) => SUFFIXES.has(bare(word)))) {
    suffixes.unshift(parts.pop()!);
  }
  if (parts.length === 2) {
    const [family, given] = parts as [string, string];
    return { family, given, prefix: '', suffix: suffixes.join(' ') };
  }
  const words = parts.join(', ').split(' ').filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(bare(words[words.length - 1]!))) suffixes.unshift(words.pop()!);
  const prefixes: string[] = [];
  while (words.length > 1 && HONORIFICS.has(bare(words[0]!))) prefixes.push(words.shift()!);
  const prefix = prefixes.join(' ');
  const suffix = suffixes.join(' ');

  if (words.length <= 1) return { family: '', given: words[0] ?? '', prefix, suffix };
  if (FAMILY_FIRST_SCRIPT.test(words[0]!)) {
    return { family: words[0]!, given: words.slice(1).join(' '), prefix, suffix };
  }
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' '), prefix, suffix };
}
