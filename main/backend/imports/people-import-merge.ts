import type { Person } from '../../../shared';
import type { PersonFields } from '../people/people-repository';
import type { Incoming } from './people-import-file';
import { emailKey, notesContain, sameValue, textKey, type ComparedField } from './people-import-keys';

/**
 * What a merge writes on a stored person (pure): every non-empty value from the file fills an
 * empty field or replaces a differing one (the preview showed them); the greeting and tags stay as
 * the user set them. Notes not already in the stored ones are appended as a new paragraph (as much
 * as fits). Addresses are added after the stored ones unless someone else has them or the person
 * already has ten. The date of connection keeps the earlier one.
 */

const MAX_NOTES = 20_000;
const MAX_EMAILS = 10;
const REPLACED: readonly Exclude<ComparedField, 'connectedOn'>[] = ['fullName', 'company', 'title', 'phone', 'linkedinUrl'];

export interface Merge {
  /** Only the fields that change; empty when the merge adds nothing. */
  changes: Partial<PersonFields>;
  emailsLeftOff: number;
}

/** `takenByOther(address)`: another person already has this address (it is left off). */
export function mergeInto(current: Person, incoming: Incoming, takenByOther: (address: string) => boolean): Merge {
  const changes: Partial<PersonFields> = {};
  for (const field of REPLACED) {
    if (field === 'fullName' && incoming.nameFromEmail) continue;
    const value = incoming[field];
    if (value !== '' && (current[field] === '' || !sameValue(field, current[field], value))) changes[field] = value;
  }
  if (incoming.notes !== '' && !(current.notes !== '' && notesContain(current.notes, incoming.notes))) {
    const notes = current.notes === '' ? incoming.notes : appendParagraph(current.notes, incoming.notes);
    if (notes !== current.notes) changes.notes = notes;
  }
  if (incoming.connectedOn !== null && (current.connectedOn === null || incoming.connectedOn < current.connectedOn)) {
    changes.connectedOn = incoming.connectedOn;
  }
  const emails = [...current.emails];
  const has = new Set(emails.map(emailKey));
  let emailsLeftOff = 0;
  for (const address of incoming.emails) {
    if (has.has(emailKey(address))) continue;
    if (emails.length >= MAX_EMAILS || takenByOther(address)) emailsLeftOff += 1;
    else {
      emails.push(address);
      has.add(emailKey(address));
    }
  }
  if (emails.length > current.emails.length) changes.emails = emails;
  return { changes, emailsLeftOff };
}

function appendParagraph(stored: string, incoming: string): string {
  const room = MAX_NOTES - stored.length - 2;
  if (room <= 0) return stored;
  let added = incoming.length <= room ? incoming : incoming.slice(0, room);
  const last = added.charCodeAt(added.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) added = added.slice(0, -1);
  return textKey(added) === '' ? stored : `${stored}\n\n${added}`;
}

/** The person's fields as they were before a merge, kept with the import to undo it. */
export interface Before {
  fullName: string;
  /** The greeting the user set, '' when it follows the name. */
  addressAs: string;
  emails: string[];
  phone: string;
  company: string;
  title: string;
  linkedinUrl: string;
  notes: string;
  tags: string[];
  connectedOn: string | null;
}

export function fieldsBefore(person: Person): Before {
  return {
    fullName: person.fullName,
    addressAs: person.addressAsOverride ?? '',
    emails: person.emails,
    phone: person.phone,
    company: person.company,
    title: person.title,
    linkedinUrl: person.linkedinUrl,
    notes: person.notes,
    tags: person.tags,
    connectedOn: person.connectedOn,
  };
}
