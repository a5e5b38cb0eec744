import { emailAddress, firstNameWord, linkedinProfile, phoneNumber } from './vcard-fields';
import { readContentLines, type ContentLine } from './vcard-lines';
import { componentLists, componentValues, rawText, textValue, type VCardVersion } from './vcard-values';

/**
 * Reads contacts files (.vcf, vCard 2.1, 3.0 and 4.0) as Apple Contacts, iPhones, Android
 * phones, Google Contacts, Outlook, Thunderbird and others write them, into the people a user may
 * want to thank.
 *
 * Pure: bytes in, contacts out, nothing saved. One file may hold one card or thousands; text
 * outside BEGIN:VCARD … END:VCARD is ignored. How lines, encodings and escapes are read is in
 * vcard-lines.ts and vcard-values.ts.
 *
 * What comes out, per card:
 * - `fullName`: FN, else the parts of N in reading order (prefix, given, additional, family,
 *   suffix), else the first ORG component, else the first email. A card with none of them, and a
 *   contact group (KIND:group, X-ADDRESSBOOKSERVER-KIND:group), is skipped.
 * - `givenName`: N's given name, else the first word of FN that is not a title like "Dr.".
 * - `emails`: valid-looking addresses, the preferred first (2.1 "EMAIL;PREF", 3.0 "type=pref",
 *   4.0 "PREF=1", lowest number first), the rest in file order, without repeats (ignoring case).
 * - `phone`: the preferred TEL, else the first; fax and pager numbers only when there is no other.
 * - `company`: ORG's first component; `title`: TITLE; `notes`: every NOTE, blank-line separated.
 * - `linkedin`: "https://www.linkedin.com/in/<slug>" from a URL (also one labelled LinkedIn
 *   through its group, "item1.URL" + "item1.X-ABLabel:LinkedIn"), X-SOCIALPROFILE, SOCIALPROFILE,
 *   IMPP with a LinkedIn service type, or X-LINKEDIN; the first that gives a profile.
 *
 * A file that is not a contacts file, or whose card never ends, is a VCardFileError with a message
 * for the user ("Line N: …" when a line is to blame); no other error escapes.
 */

export interface VCardContact {
  fullName: string;
  givenName: string | null;
  emails: string[];
  phone: string | null;
  company: string | null;
  title: string | null;
  linkedin: string | null;
  notes: string | null;
}

export interface ParsedVCards {
  cards: VCardContact[];
}

/** A contacts file the importer cannot read; the message is for the user, naming the line when there is one. */
export class VCardFileError extends Error {
  readonly line: number | null;

  constructor(message: string, line: number | null = null) {
    super(line === null ? message : `Line ${line}: ${message}`);
    this.name = 'VCardFileError';
    this.line = line;
  }
}

export function parseVCards(bytes: Uint8Array): ParsedVCards {
  try {
    return { cards: readCards(bytes) };
  } catch (error) {
    if (error instanceof VCardFileError) throw error;
    throw new VCardFileError('This contacts file could not be read. Export the contacts again as a vCard (.vcf) file and try once more.');
  }
}

interface OpenCard {
  line: number;
  properties: ContentLine[];
  /** How deep inside vCard 2.1 AGENT cards (a card nested after "AGENT:") we are; their lines are skipped. */
  agentDepth: number;
}

function readCards(bytes: Uint8Array): VCardContact[] {
  const cards: VCardContact[] = [];
  let sawBegin = false;
  let open: OpenCard | null = null;
  for (const property of readContentLines(bytes)) {
    if (property.name === 'BEGIN' && isVCard(property)) {
      sawBegin = true;
      if (open === null) {
        open = { line: property.line, properties: [], agentDepth: 0 };
      } else if (open.agentDepth > 0 || isEmptyAgent(open.properties[open.properties.length - 1])) {
        open.agentDepth++;
      } else {
        throw new VCardFileError(
          `a new contact starts here, but the one that starts on line ${open.line} has not ended (its END:VCARD is missing). The file may be damaged; export it again.`,
          property.line,
        );
      }
    } else if (property.name === 'END' && isVCard(property)) {
      if (open === null) continue;
      if (open.agentDepth > 0) {
        open.agentDepth--;
        continue;
      }
      const contact = toContact(open.properties);
      if (contact) cards.push(contact);
      open = null;
    } else if (open !== null && open.agentDepth === 0) {
      open.properties.push(property);
    }
  }
  if (open !== null) {
    throw new VCardFileError('a contact starts here but never ends (there is no END:VCARD after it). The file may have been cut off; export it again.', open.line);
  }
  if (!sawBegin) {
    throw new VCardFileError('This file has no contacts in it (no BEGIN:VCARD). Choose a contacts file exported as vCard (.vcf).');
  }
  return cards;
}

function isVCard(property: ContentLine): boolean {
  return property.value.length < 32 && property.value.trim().toUpperCase() === 'VCARD';
}

function isEmptyAgent(property: ContentLine | undefined): boolean {
  return property?.name === 'AGENT' && rawText(property).trim() === '';
}

function toContact(properties: ContentLine[]): VCardContact | null {
  const card = new Card(properties);
  const kind = (card.text('KIND') ?? card.text('X-ADDRESSBOOKSERVER-KIND'))?.toLowerCase();
  if (kind === 'group') return null;

  const emails = card.emails();
  const name = card.first('N');
  const nameParts = name ? componentLists(name, card.version).map((values) => values.map((value) => value.trim()).filter(Boolean).join(' ')) : [];
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = nameParts;
  const formatted = card.text('FN');
  const company = card.company();
  const fullName = formatted ?? ([prefix, given, additional, family, suffix].filter(Boolean).join(' ') || company || emails[0] || '');
  if (fullName === '') return null;

  return {
    fullName,
    givenName: given || (formatted ? firstNameWord(formatted) : null),
    emails,
    phone: card.phone(),
    company,
    title: card.text('TITLE'),
    linkedin: card.linkedin(),
    notes: card.notes(),
  };
}

/** One card's properties, with the readers toContact needs. */
class Card {
  readonly version: VCardVersion;
  private readonly byName = new Map<string, ContentLine[]>();

  constructor(readonly properties: ContentLine[]) {
    for (const property of properties) {
      const list = this.byName.get(property.name);
      if (list) list.push(property);
      else this.byName.set(property.name, [property]);
    }
    const version = this.byName.get('VERSION')?.[0];
    const written = version ? rawText(version).trim() : '';
    this.version = written.startsWith('2') ? '2.1' : written.startsWith('4') ? '4.0' : '3.0';
  }

  all(name: string): ContentLine[] {
    return this.byName.get(name) ?? [];
  }

  first(name: string): ContentLine | undefined {
    return byPreference(this.all(name))[0];
  }

  /** The first non-empty value of a text property (most preferred first), trimmed, or null. */
  text(name: string): string | null {
    for (const property of byPreference(this.all(name))) {
      const value = textValue(property, this.version).replace(/\r\n?/gu, '\n').trim();
      if (value !== '') return value;
    }
    return null;
  }

  company(): string | null {
    for (const property of byPreference(this.all('ORG'))) {
      const first = componentValues(property, this.version)[0]?.trim() ?? '';
      if (first !== '') return first;
    }
    return null;
  }

  emails(): string[] {
    const seen = new Set<string>();
    const emails: string[] = [];
    for (const property of byPreference(this.all('EMAIL'))) {
      const address = emailAddress(textValue(property, this.version));
      if (address && !seen.has(address.toLowerCase())) {
        seen.add(address.toLowerCase());
        emails.push(address);
      }
    }
    return emails;
  }

  phone(): string | null {
    const phones = byPreference(this.all('TEL'));
    const voice = phones.filter((property) => !property.params.types.some((type) => type === 'fax' || type === 'pager'));
    for (const property of [...voice, ...phones]) {
      const number = phoneNumber(textValue(property, this.version));
      if (number) return number;
    }
    return null;
  }

  notes(): string | null {
    const notes = this.all('NOTE')
      .map((property) => textValue(property, this.version).replace(/\r\n?/gu, '\n').trim())
      .filter((note) => note !== '');
    return notes.length > 0 ? notes.join('\n\n') : null;
  }

  linkedin(): string | null {
    for (const property of this.properties) {
      const profile = this.linkedinOf(property);
      if (profile) return profile;
    }
    return null;
  }

  private linkedinOf(property: ContentLine): string | null {
    const says = (values: readonly string[] | undefined) => (values ?? []).some((value) => /linked\s*in/iu.test(value));
    const { params } = property;
    switch (property.name) {
      case 'URL':
        return linkedinProfile(textValue(property, this.version), says(params.types) || says([this.label(property.group) ?? '']));
      case 'X-SOCIALPROFILE':
      case 'SOCIALPROFILE':
      case 'IMPP': {
        const linkedIn = says(params.types) || says(params.other?.get('SERVICE-TYPE')) || says(params.other?.get('X-SERVICE-TYPE'));
        return linkedinProfile(textValue(property, this.version), linkedIn, params.other?.get('X-USER')?.[0] ?? null);
      }
      case 'X-LINKEDIN':
        return linkedinProfile(textValue(property, this.version), true);
      default:
        return null;
    }
  }

  /** The Apple label of a group ("item1.X-ABLabel:LinkedIn"), or null. */
  private label(group: string | null): string | null {
    if (group === null) return null;
    const label = this.all('X-ABLABEL').find((property) => property.group === group);
    return label ? textValue(label, this.version) : null;
  }
}

/** Most preferred first (a 4.0 PREF number, lowest first; then 2.1/3.0 "pref"), otherwise in file order. */
function byPreference(properties: ContentLine[]): ContentLine[] {
  if (properties.length < 2) return properties;
  return properties
    .map((property, order) => ({ property, order, rank: preference(property) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ property }) => property);
}

function preference(property: ContentLine): number {
  if (property.params.pref !== null) return property.params.pref;
  return property.params.types.includes('pref') ? 1 : Number.POSITIVE_INFINITY;
}
