/**
 * How to greet someone when the user has not said: their first name. Honorifics are skipped
 * ("Dr. Amara Okafor" → "Amara") because "Dear Dr." alone reads worse than a first name; a user
 * who prefers "Dr. Okafor" sets it explicitly.
 */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'sir', 'dame']);

export function defaultAddressAs(fullName: string): string {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  const first = words.find((word) => !HONORIFICS.has(word.toLowerCase().replace(/\.$/u, '')));
  return first ?? words[0] ?? '';
}

/** How to greet someone: what the user set for them, else `defaultAddressAs` of their name. */
export function addressAsOf(addressAs: string | null, fullName: string): string {
  return addressAs ?? defaultAddressAs(fullName);
}
