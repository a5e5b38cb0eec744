import type { Sentence } from './sentences';

/**
 * Finding what a sentence says, not just which words it has: a phrase pattern run on folded
 * sentences, with negation taken into account ("I'm not excited", "I don't have experience with",
 * "I won't follow up"), while "couldn't be more excited", "can't wait" and "not only" stay positive.
 */
export interface Cue {
  sentence: number;
  /** The matched words and the rest of their clause (a few words), as written when possible, else folded. */
  phrase: string;
}

const NEGATORS = new Set(['not', 'no', 'never', 'hardly', 'barely', 'neither', 'nor', 'without', 'nothing', 'cannot', 'lack', 'lacking']);
const STILL_POSITIVE = /\b(?:not only|no doubt|nothing but|never been (?:more|so)|(?:could|can)(?:n't| not)(?: be)? (?:more|happier)|no end)\b/u;
const CLAUSE_BREAK = /[,;:.!?—–()]|\b(?:but|and|however|although|though|yet)\b/u;

/** Whether the words just before `index` in a folded sentence (same clause, last four words) negate what follows. */
export function isNegated(folded: string, index: number): boolean {
  const clause = clauseBefore(folded, index);
  if (STILL_POSITIVE.test(clause)) return false;
  const recent = clause.trim().split(/\s+/u).slice(-4);
  return recent.some((word) => NEGATORS.has(word) || word.endsWith("n't"));
}

export interface CueOptions {
  /** Also require this of the sentence (e.g. a link to the role for an experience claim). */
  accept?: (sentence: Sentence) => boolean;
  /** Skip a match whose clause so far matches this ("if I can help" is an offer, not a claim of fit). */
  notAfter?: RegExp;
}

// Folding keeps the length of plain text, so the match can be quoted as the writer typed it.
const PLAIN = /^[\x20-\x7e\u2018\u2019\u201c\u201d\u2013\u2014\u2060\u2063]*$/u;

const QUOTE_WORDS = 8;

/** The match and the rest of its clause, up to QUOTE_WORDS words, as typed when folding kept the length. */
function quotedFrom(sentence: Sentence, index: number, length: number): string {
  const source = PLAIN.test(sentence.text) ? sentence.text : sentence.folded;
  const matched = source.slice(index, index + length);
  const after = source.slice(index + length);
  const clauseEnd = after.search(/[,.;:!?—–()]/u);
  const clause = (matched + (clauseEnd === -1 ? after : after.slice(0, clauseEnd))).trim().split(/\s+/u);
  const cap = Math.max(QUOTE_WORDS, matched.trim().split(/\s+/u).length);
  return clause.length > cap ? `${clause.slice(0, cap).join(' ')}…` : clause.join(' ');
}

function clauseBefore(folded: string, index: number): string {
  return folded.slice(Math.max(0, index - 48), index).split(CLAUSE_BREAK).pop() ?? '';
}

/** The first sentence where `pattern` (global flag) matches un-negated; null when none does. */
export function findCue(sentences: readonly Sentence[], pattern: RegExp, options: CueOptions = {}): Cue | null {
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    const { folded } = sentence;
    if (options.accept && !options.accept(sentence)) continue;
    for (const match of folded.matchAll(pattern)) {
      if (isNegated(folded, match.index)) continue;
      if (options.notAfter && options.notAfter.test(clauseBefore(folded, match.index))) continue;
      return { sentence: index, phrase: quotedFrom(sentence, match.index, match[0].length) };
    }
  }
  return null;
}
