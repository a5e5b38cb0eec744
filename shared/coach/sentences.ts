import { fold } from './fold';

export interface Sentence {
  /** As the reader sees it (may hold LINK_MARK / PLACEHOLDER_MARK). */
  text: string;
  /** `fold(text)`: what phrase patterns run on. */
  folded: string;
}

// A full stop after these does not end a sentence: "Dr. Okafor", "e.g. the", "J. Smith".
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'jr', 'sr', 'vs', 'inc', 'ltd', 'co', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'cf', 'no']);
const END = /[.!?…]+["'”’)\]]*(?=\s|$)/gu;

function endsWithAbbreviation(before: string): boolean {
  const lastWord = /(\S+)$/u.exec(before)?.[1] ?? '';
  const bare = lastWord.replace(/^["'“‘(]+/u, '').toLowerCase();
  return ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare);
}

/** A paragraph split into sentences at . ! ? … followed by a space, except after abbreviations and initials. */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(END)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1 && endsWithAbbreviation(paragraph.slice(start, match.index))) continue;
    push(sentences, paragraph.slice(start, end));
    start = end;
  }
  push(sentences, paragraph.slice(start));
  return sentences;
}

function push(sentences: Sentence[], raw: string): void {
  const text = raw.trim();
  // A sentence with no word (a masked placeholder left alone) is not one the reader reads.
  if (/[\p{L}\p{N}]/u.test(text)) sentences.push({ text, folded: fold(text) });
}
