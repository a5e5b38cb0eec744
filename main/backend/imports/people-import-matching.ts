import type { PeopleImportAction, PeopleImportRow, Person } from '../../../shared';
import type { Incoming } from './people-import-file';
import { emailKey, linkedinKey, notesContain, sameValue, textKey, type ComparedField } from './people-import-keys';

/**
 * Which stored person each person from a file is, and what importing them would change. Pure: the
 * service hands in a `PeopleLookup` built from the database.
 *
 * Matching order: an email address (any of the row's, case-insensitively), then the LinkedIn
 * profile (however the address is written, see `linkedinKey`), then the exact full name. "Exact"
 * ignores case, spacing and the Unicode form, but not accents: "Zoë Núñez" and "Zoe Nunez" are
 * two people to the importer. A name is the weakest sign of all, and a wrong match merges one
 * person's details into another's, while a missed one only shows up as "new" in the preview,
 * where the user sees it. For the same reason a name shared by two stored people (two active, or
 * no active and two archived ones) matches neither, and a row whose name is only its address
 * matches by address alone.
 *
 * A row repeating an earlier row of the same file (same address or profile; a shared name is not
 * enough: two people can have one) is a `duplicate`.
 */

/** What matching compares of a stored person. */
export type StoredPerson = Pick<Person, 'id' | 'fullName' | 'emails' | 'phone' | 'company' | 'title' | 'linkedinUrl' | 'notes' | 'connectedOn' | 'revision'>;

/** Stored people by each key; `person` reads one person's values (only matched ones are read). */
export interface PeopleLookup {
  byEmail(key: string): number | undefined;
  byLinkedIn(key: string): number | undefined;
  /** undefined when nobody, or more than one person, has this name. */
  byName(key: string): number | undefined;
  person(id: number): StoredPerson;
}

/** The people's keys as stored: `people` active first, then by id (so the first holder of a key is preferred). */
export interface PeopleIndex {
  people: { id: number; fullName: string; linkedinUrl: string; archived: boolean }[];
  emails: { personId: number; address: string }[];
}

export function buildLookup(index: PeopleIndex, person: (id: number) => StoredPerson): PeopleLookup {
  const email = new Map<string, number>();
  for (const row of index.emails) if (!email.has(emailKey(row.address))) email.set(emailKey(row.address), row.personId);
  const linkedin = new Map<string, number>();
  const names = new Map<string, { active: number[]; archived: number[] }>();
  for (const row of index.people) {
    const profile = linkedinKey(row.linkedinUrl);
    if (profile !== null && !linkedin.has(profile)) linkedin.set(profile, row.id);
    const key = textKey(row.fullName);
    let holders = names.get(key);
    if (!holders) names.set(key, (holders = { active: [], archived: [] }));
    (row.archived ? holders.archived : holders.active).push(row.id);
  }
  const cache = new Map<number, StoredPerson>();
  return {
    byEmail: (key) => email.get(key),
    byLinkedIn: (key) => linkedin.get(key),
    byName: (key) => {
      const holders = names.get(key);
      if (!holders) return undefined;
      const pool = holders.active.length > 0 ? holders.active : holders.archived;
      return pool.length === 1 ? pool[0] : undefined;
    },
    person: (id) => {
      let stored = cache.get(id);
      if (!stored) cache.set(id, (stored = person(id)));
      return stored;
    },
  };
}

const FIELDS: readonly ComparedField[] = ['fullName', 'company', 'title', 'phone', 'linkedinUrl', 'connectedOn'];
const MAX_EMAILS = 10;

export function matchPeople(people: readonly Incoming[], lookup: PeopleLookup): PeopleImportRow[] {
  const seenEmails = new Map<string, number>();
  const seenProfiles = new Map<string, number>();
  return people.map((incoming, index): PeopleImportRow => {
    const emails = incoming.emails.map(emailKey);
    const profile = linkedinKey(incoming.linkedinUrl);
    const earlier = [...emails.map((key) => seenEmails.get(key)), profile === null ? undefined : seenProfiles.get(profile)].filter(
      (found): found is number => found !== undefined,
    );
    const duplicateOf = earlier.length > 0 ? Math.min(...earlier) : null;
    for (const key of emails) if (!seenEmails.has(key)) seenEmails.set(key, index);
    if (profile !== null && !seenProfiles.has(profile)) seenProfiles.set(profile, index);

    const match = findMatch(incoming, emails, profile, lookup);
    const stored = match ? lookup.person(match.personId) : null;
    const { differences, adds } = stored ? compare(stored, incoming, lookup, match!.by) : { differences: [], adds: true };
    const { fullName, addressAs, phone, company, title, linkedinUrl, notes, connectedOn } = incoming;
    const row = { index, incoming: { fullName, addressAs, emails: incoming.emails, phone, company, title, linkedinUrl, notes, connectedOn }, match, duplicateOf };
    if (duplicateOf !== null) return { ...row, status: 'duplicate', differences, suggested: 'skip' };
    if (!match) return { ...row, status: 'new', differences, suggested: 'add' };
    if (differences.length > 0) return { ...row, status: 'conflicting', differences, suggested: 'skip' };
    const suggested: PeopleImportAction = adds ? 'merge' : 'skip';
    return { ...row, status: 'matching', differences, suggested };
  });
}

function findMatch(incoming: Incoming, emails: string[], profile: string | null, lookup: PeopleLookup): PeopleImportRow['match'] {
  const found = (personId: number | undefined, by: 'email' | 'linkedin' | 'name') => {
    if (personId === undefined) return null;
    const stored = lookup.person(personId);
    return { personId, fullName: stored.fullName, by, revision: stored.revision };
  };
  for (const key of emails) {
    const byEmail = found(lookup.byEmail(key), 'email');
    if (byEmail) return byEmail;
  }
  const byProfile = profile === null ? null : found(lookup.byLinkedIn(profile), 'linkedin');
  if (byProfile) return byProfile;
  return incoming.nameFromEmail ? null : found(lookup.byName(textKey(incoming.fullName)), 'name');
}

/**
 * What merging `incoming` into `stored` would change: `differences` are values both have and that
 * differ (a merge puts the incoming one in; notes are appended; the earlier date is kept), `adds`
 * says whether a merge would write anything at all (a difference, an empty field filled, a new
 * address nobody else has).
 */
function compare(stored: StoredPerson, incoming: Incoming, lookup: PeopleLookup, by: 'email' | 'linkedin' | 'name'): { differences: PeopleImportRow['differences']; adds: boolean } {
  const differences: PeopleImportRow['differences'] = [];
  let fills = false;
  for (const field of FIELDS) {
    if (field === 'fullName' && incoming.nameFromEmail) continue;
    const current = stored[field] ?? '';
    const value = incoming[field] ?? '';
    if (value === '') continue;
    if (current === '') fills = true;
    else if (!sameValue(field, current, value)) differences.push({ field, current, incoming: value });
  }
  if (incoming.notes !== '') {
    if (stored.notes === '') fills = true;
    else if (!notesContain(stored.notes, incoming.notes)) differences.push({ field: 'notes', current: stored.notes, incoming: incoming.notes });
  }
  const has = new Set(stored.emails.map(emailKey));
  const newEmails = incoming.emails.filter((address) => !has.has(emailKey(address)) && lookup.byEmail(emailKey(address)) === undefined);
  if (newEmails.length > 0 && stored.emails.length < MAX_EMAILS) fills = true;
  // Taken for someone by name alone while both have addresses and none is shared: quite possibly
  // two people with one name. Shown as a difference, so the row is not merged unless chosen.
  if (by === 'name' && stored.emails.length > 0 && incoming.emails.length > 0 && incoming.emails.every((address) => !has.has(emailKey(address)))) {
    differences.push({ field: 'emails', current: stored.emails.join(', '), incoming: incoming.emails.join(', ') });
  }
  return { differences, adds: fills || differences.length > 0 };
}
