/**
 * A small English suffix stemmer, enough for "we discussed migrating billing" to meet the recorded
 * point "Billing migration": plurals, -ing, -ed, -ion, -ment, -ness, -ize/-ise and a few more are
 * cut, a final "e" is dropped and a doubled final consonant undoubled, so "migrate", "migrating",
 * "migrated", "migration" and "migrations" all become "migrat". It over-stems now and then
 * ("rating" and "rat"); that costs little here because a point must match most of its words, close
 * together. Words of three letters or fewer ("api", "sql", "q3") are kept whole.
 */
const SUFFIXES: readonly (readonly [suffix: string, replacement: string])[] = [
  ['ization', 'iz'],
  ['isation', 'iz'],
  ['fulness', 'ful'],
  ['iveness', 'ive'],
  ['ousness', 'ous'],
  ['ational', 'at'],
  ['izing', 'iz'],
  ['ising', 'iz'],
  ['ation', 'at'],
  ['ition', 'it'],
  ['ment', ''],
  ['ness', ''],
  ['able', ''],
  ['ible', ''],
  ['ized', 'iz'],
  ['ised', 'iz'],
  ['ize', 'iz'],
  ['ise', 'iz'],
  ['ing', ''],
  ['ion', ''],
  ['ity', ''],
  ['ful', ''],
  ['ous', ''],
  ['ive', ''],
  ['ied', 'i'],
  ['ed', ''],
  ['er', ''],
  ['ly', ''],
  ['al', ''],
];

const MIN_STEM = 3;
const DOUBLED = /([bdfgklmnprtvz])\1$/u;

function stripPlural(word: string): string {
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(?:ss|us|is)$/u.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

function stripSuffix(word: string): string {
  if (word.endsWith('eed')) return word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length) + replacement;
  }
  return word;
}

function stemUncached(word: string): string {
  if (word.length <= 3) return word;
  let stem = stripPlural(word);
  // Two rounds, so "questioning" and "organizational" reach the same stem as "question", "organize".
  stem = stripSuffix(stripSuffix(stem));
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  if (DOUBLED.test(stem) && stem.length > 4) stem = stem.slice(0, -1);
  if (stem.endsWith('y') && stem.length > 3) stem = `${stem.slice(0, -1)}i`;
  return stem;
}

// Words repeat a lot in prose and across keystrokes; the cache keeps re-checks cheap.
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** The stem of one folded word (see `fold`). */
export function stem(word: string): string {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const result = stemUncached(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
