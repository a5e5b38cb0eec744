import { isStopword } from './content-words';
import { words } from './fold';
import type { Sentence } from './sentences';
import { stem } from './stem';
import { extractUrls, normalizeUrl } from './urls';

/**
 * The note's words, stemmed once per review, with where each stem occurs. A recorded phrase is
 * then matched by looking up its few stems instead of scanning the note once per phrase.
 */
export interface NoteIndex {
  /** Sentence index of each word position. */
  sentenceOf: number[];
  byStem: Map<string, number[]>;
  /** Stems by their prefixes (5+ letters, up to 3 fewer): "presentat" is found from "present". */
  byPrefix: Map<string, number[]>;
  urls: string[];
}

const MIN_PREFIX = 5;
const MAX_EXTRA = 3;

function add(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

export function buildNoteIndex(sentences: readonly Sentence[], linkTargets: readonly string[]): NoteIndex {
  const sentenceOf: number[] = [];
  const byStem = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const urls = new Set(linkTargets.map(normalizeUrl));
  sentences.forEach((sentence, sentenceIndex) => {
    for (const word of words(sentence.folded)) {
      const position = sentenceOf.length;
      sentenceOf.push(sentenceIndex);
      if (isStopword(word)) continue;
      const wordStem = stem(word);
      add(byStem, wordStem, position);
      for (let length = Math.max(MIN_PREFIX, wordStem.length - MAX_EXTRA); length < wordStem.length; length += 1) {
        add(byPrefix, wordStem.slice(0, length), position);
      }
    }
    if (sentence.text.includes('.')) for (const url of extractUrls(sentence.text)) urls.add(normalizeUrl(url));
  });
  return { sentenceOf, byStem, byPrefix, urls: [...urls] };
}

/** Where a stem occurs, allowing a stem that is the other's prefix within a few letters ("present" / "presentat"). */
export function positionsOf(index: NoteIndex, wanted: string): number[] {
  const found = [...(index.byStem.get(wanted) ?? []), ...(index.byPrefix.get(wanted) ?? [])];
  for (let length = Math.max(MIN_PREFIX, wanted.length - MAX_EXTRA); length < wanted.length; length += 1) {
    found.push(...(index.byStem.get(wanted.slice(0, length)) ?? []));
  }
  return found;
}

export interface PhraseMatch {
  matched: boolean;
  /** Sentences holding the best run of the phrase's words. */
  sentences: number[];
}

/** Words of a phrase must appear this close together (about two sentences) to count as one mention. */
const WINDOW = 40;

/**
 * Whether a phrase's stems appear in the note, in any order: at least 60 % of them (all of a one-
 * or two-word phrase; or `atLeast`) within WINDOW words of each other, so words scattered over a
 * long note do not add up to a mention.
 */
export function matchPhrase(index: NoteIndex, stems: readonly string[], window: number = WINDOW, atLeast?: number): PhraseMatch {
  if (stems.length === 0) return { matched: false, sentences: [] };
  const required = atLeast ?? (stems.length <= 1 ? 1 : Math.ceil(stems.length * 0.6));
  const events: [position: number, stemIndex: number][] = [];
  stems.forEach((wanted, stemIndex) => {
    for (const position of positionsOf(index, wanted)) events.push([position, stemIndex]);
  });
  events.sort((a, b) => a[0] - b[0]);
  const counts = new Array<number>(stems.length).fill(0);
  let distinct = 0;
  let left = 0;
  let best = 0;
  let bestRange: [number, number] = [0, -1];
  for (let right = 0; right < events.length; right += 1) {
    const [position, stemIndex] = events[right]!;
    if (counts[stemIndex]!++ === 0) distinct += 1;
    while (position - events[left]![0] > window) {
      const leaving = events[left]![1];
      if (--counts[leaving]! === 0) distinct -= 1;
      left += 1;
    }
    if (distinct > best) {
      best = distinct;
      bestRange = [left, right];
    }
  }
  if (best < required) return { matched: false, sentences: [] };
  const sentences = new Set<number>();
  for (let event = bestRange[0]; event <= bestRange[1]; event += 1) sentences.add(index.sentenceOf[events[event]![0]]!);
  return { matched: true, sentences: [...sentences] };
}
