import { words } from './fold';
import { splitNote } from './note-parts';
import { toReaderText } from './reader-text';
import type { Sentence } from './sentences';

/** A sentence as a key that ignores case, accents, punctuation and spacing. */
export const sentenceKey = (sentence: Sentence) => words(sentence.folded).join(' ');

// The template is the same on every keystroke: read it once.
let last: { text: string; keys: ReadonlySet<string> } | null = null;

/** The keys of a template's body sentences (filled in or not); empty without a template. */
export function templateSentences(templateText: string | null | undefined): ReadonlySet<string> {
  if (!templateText) return new Set();
  if (last?.text === templateText) return last.keys;
  const keys = new Set(splitNote(toReaderText(templateText).lines).body.map(sentenceKey).filter((key) => key !== ''));
  last = { text: templateText, keys };
  return keys;
}
