import { defaultAddressAs } from '../people/address-as';
import { fold, words } from './fold';

/** The ways a note may name its reader: any word of their name or of how they like to be addressed. */
export interface PersonNames {
  /** Folded name words, titles and initials left out: "Dr. Amara Okafor" → amara, okafor. */
  tokens: ReadonlySet<string>;
  /** How the coach suggests greeting them: their "address as", else their first name. */
  greetAs: string;
  fullName: string;
}

export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam']);

export function personNames(person: { name: string; addressAs?: string | null }): PersonNames {
  const fullName = person.name.trim();
  const addressAs = person.addressAs?.trim() ?? '';
  const tokens = new Set(
    [...words(fold(fullName)), ...words(fold(addressAs))].filter((word) => !HONORIFICS.has(word) && (word.length > 1 || !/^\p{L}$/u.test(word))),
  );
  return { tokens, greetAs: addressAs || defaultAddressAs(fullName), fullName };
}
