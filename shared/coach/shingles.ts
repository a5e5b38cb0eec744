import { words } from './fold';
import { splitNote } from './note-parts';
import type { Sentence } from './sentences';
import { toReaderText } from './reader-text';

/**
 * A note's body as a set of shingles: every run of SHINGLE consecutive folded words, hashed to a
 * 32-bit number. Two bodies that share most of their shingles share most of their wording, in the
 * same order; a stock sentence or two in common shares only a handful. The greeting and the
 * sign-off are left out (splitNote), so "Dear Priya" → "Dear Marcus" changes nothing.
 */
export const SHINGLE = 4;

export type Shingles = ReadonlySet<number>;

/** FNV-1a over the words of one shingle; collisions only blur a percentage a little. */
function hashWords(list: readonly string[], from: number, count: number): number {
  let hash = 0x811c9dc5;
  for (let index = from; index < from + count; index += 1) {
    const word = list[index]!;
    for (let char = 0; char < word.length; char += 1) {
      hash ^= word.charCodeAt(char);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x20;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Shingles of some sentences, read as one run of words (a copy may re-break sentences). */
export function shinglesOf(sentences: readonly Sentence[]): Shingles {
  const all: string[] = [];
  for (const sentence of sentences) for (const word of words(sentence.folded)) all.push(word);
  const result = new Set<number>();
  if (all.length === 0) return result;
  if (all.length < SHINGLE) {
    result.add(hashWords(all, 0, all.length));
    return result;
  }
  for (let start = 0; start + SHINGLE <= all.length; start += 1) result.add(hashWords(all, start, SHINGLE));
  return result;
}

// The user's other notes are the same from one keystroke to the next: each is read once.
const cache = new Map<string, Shingles>();
const CACHE_LIMIT = 2_000;

/** The body shingles of a note in Markdown, remembered across calls. */
export function bodyShingles(markdown: string): Shingles {
  const known = cache.get(markdown);
  if (known) return known;
  const result = shinglesOf(splitNote(toReaderText(markdown).lines).body);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(markdown, result);
  return result;
}
