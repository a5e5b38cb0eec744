import { defaultAddressAs, emailAddress, webLink, type IncomingPerson } from '../../../shared';
import { invalid } from '../errors';
import { decodeText } from './decode-text';
import { LinkedInFileError, parseLinkedInConnections, type LinkedInConnection } from './linkedin';
import { isZip } from './linkedin-zip';
import { parseVCards, VCardFileError, type VCardContact } from './vcard';

/**
 * A file of people (LinkedIn's Connections.csv or its ZIP, or a contacts file) read into what a
 * person can hold: the parsers' values cut to the lengths `personFieldsSchema` allows, control
 * characters taken out, addresses that the app's own email check refuses dropped. One long or odd
 * value never costs the row, let alone the import.
 */

export type PeopleSource = 'linkedin' | 'vcard';

/** A person from the file. `nameFromEmail`: the file gave no name, so `fullName` is their address (never matched or merged as a name). */
export interface Incoming extends IncomingPerson {
  nameFromEmail: boolean;
}

export interface PeopleFile {
  source: PeopleSource;
  people: Incoming[];
  skippedRows: { row: number | null; reason: string }[];
}

/** The limits of `personFieldsSchema` (shared/contract/people.ts). */
const MAX = { fullName: 200, addressAs: 100, phone: 50, company: 200, title: 200, notes: 20_000 } as const;
const MAX_EMAILS = 10;
/** The form's own rule for the profile field (built once: a zod schema is costly to make per row). */
const LINKEDIN_URL = webLink('LinkedIn URL');

/**
 * Reads the file, telling the format by its content, not its name: a ZIP is LinkedIn's export,
 * text with BEGIN:VCARD is a contacts file, anything else is taken for Connections.csv. A file
 * none of them reads is a VALIDATION error on `data` with the parser's message (naming the line).
 */
export function readPeopleFile(bytes: Uint8Array): PeopleFile {
  try {
    if (!isZip(bytes) && /BEGIN\s*:\s*VCARD/iu.test(decodeText(bytes))) {
      const { cards } = parseVCards(bytes);
      return collect('vcard', cards.map(fromVCard), []);
    }
    const { rows, skipped } = parseLinkedInConnections(bytes);
    return collect('linkedin', rows.map(fromLinkedIn), skipped);
  } catch (error) {
    if (error instanceof LinkedInFileError || error instanceof VCardFileError) throw invalid('data', error.message);
    throw error;
  }
}

function collect(source: PeopleSource, read: (Incoming | null)[], skipped: { row: number; reason: string }[]): PeopleFile {
  const people: Incoming[] = [];
  const skippedRows: PeopleFile['skippedRows'] = [...skipped];
  read.forEach((person, index) => {
    if (person) people.push(person);
    else skippedRows.push({ row: null, reason: `Person ${index + 1} in the file has no name and no email address.` });
  });
  return { source, people, skippedRows };
}

function fromLinkedIn(row: LinkedInConnection): Incoming | null {
  return person({
    fullName: `${row.firstName} ${row.lastName}`,
    addressAs: row.firstName,
    emails: row.email === null ? [] : [row.email],
    phone: '',
    company: row.company ?? '',
    title: row.position ?? '',
    linkedinUrl: row.profileUrl ?? '',
    notes: '',
    connectedOn: row.connectedOn,
  });
}

function fromVCard(card: VCardContact): Incoming | null {
  return person({
    fullName: card.fullName,
    addressAs: card.givenName ?? '',
    emails: card.emails,
    phone: card.phone ?? '',
    company: card.company ?? '',
    title: card.title ?? '',
    linkedinUrl: card.linkedin ?? '',
    notes: card.notes ?? '',
    connectedOn: null,
  });
}

/** The values cleaned; null when neither a name nor an address is left. */
function person(raw: IncomingPerson): Incoming | null {
  const emails = validEmails(raw.emails);
  let fullName = oneLine(raw.fullName, MAX.fullName);
  // vCard falls back on the address when a card has no name; so do we, when cleaning left none.
  const nameFromEmail = fullName === '' || emails.some((address) => address.toLowerCase() === fullName.toLowerCase());
  if (fullName === '') fullName = emails[0] ?? '';
  if (fullName === '') return null;
  const addressAs = nameFromEmail ? '' : oneLine(raw.addressAs, MAX.addressAs);
  const link = LINKEDIN_URL.safeParse(raw.linkedinUrl);
  return {
    fullName,
    addressAs,
    emails,
    phone: oneLine(raw.phone, MAX.phone),
    company: oneLine(raw.company, MAX.company),
    title: oneLine(raw.title, MAX.title),
    linkedinUrl: link.success ? link.data : '',
    notes: cut(raw.notes.replace(CONTROL_BUT_LINE_BREAKS, '').replace(/\r\n?/gu, '\n').trim(), MAX.notes),
    connectedOn: raw.connectedOn !== null && /^\d{4}-\d{2}-\d{2}$/u.test(raw.connectedOn) ? raw.connectedOn : null,
    nameFromEmail,
  };
}

/** The greeting to store for a new person: the file's first name when it is not what the name gives anyway. */
export function addressAsOverride(incoming: Incoming): string {
  return incoming.addressAs !== '' && incoming.addressAs !== defaultAddressAs(incoming.fullName) ? incoming.addressAs : '';
}

// eslint-disable-next-line no-control-regex -- taking control characters out is the point
const CONTROL = /[\u0000-\u001f\u007f]+/gu;
// eslint-disable-next-line no-control-regex -- as above, keeping tabs and line breaks
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]+/gu;

/** One line: a run of control characters, tabs or line breaks becomes one space; trimmed and cut to `max`. */
function oneLine(value: string, max: number): string {
  return cut(value.replace(CONTROL, ' ').trim(), max);
}

/** At most `max` UTF-16 units (as zod counts), never splitting an emoji's surrogate pair, trimmed again. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return value.slice(0, end).trimEnd();
}

/** Addresses the app's own check accepts, without repeats (ignoring case), at most ten. */
function validEmails(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  const valid: string[] = [];
  for (const address of addresses) {
    const parsed = emailAddress.safeParse(address);
    if (!parsed.success) continue;
    const key = parsed.data.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    valid.push(parsed.data);
    if (valid.length === MAX_EMAILS) break;
  }
  return valid;
}
