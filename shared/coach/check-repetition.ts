import { quote, type CheckResult } from './check-types';
import { words } from './fold';
import type { Sentence } from './sentences';

/** Sentences this short ("Thank you.", "I agree.") may fairly be said twice. */
const MIN_WORDS = 5;
/** Share of the shorter sentence's word pairs the other must have to read as the same sentence again. */
const NEAR = 0.8;
/** Words a writer may double on purpose ("that that", "had had", "very, very"). */
const MAY_DOUBLE = new Set(['had', 'that', 'is', 'very', 'so', 'really', 'no', 'ha', 'bye', 'now']);
/** The longest run of words checked for being written twice in a row ("the billing migration the billing migration"). */
const MAX_RUN = 6;

/** "a b a b": a run of words immediately written again; returns the run or null. */
function stutter(list: readonly string[]): string | null {
  for (let start = 0; start < list.length; start += 1) {
    for (let run = 1; run <= MAX_RUN && start + 2 * run <= list.length; run += 1) {
      let same = true;
      for (let offset = 0; offset < run && same; offset += 1) same = list[start + offset] === list[start + run + offset];
      if (!same) continue;
      if (run === 1 && (MAY_DOUBLE.has(list[start]!) || /\d/u.test(list[start]!))) continue;
      return list.slice(start, start + run).join(' ');
    }
  }
  return null;
}

/**
 * No repetition: the same sentence (or one with a word or two changed) twice in the body, or
 * words written twice in a row ("the the", "about the role about the role"), which a reader takes
 * for a slip of copy and paste. Sentences are compared on their word pairs through an index, so a
 * long note is not compared pair by pair.
 */
export function checkNoRepetition(body: readonly Sentence[]): CheckResult {
  const pairsBySentence: Set<string>[] = [];
  const sentencesByPair = new Map<string, number[]>();
  for (let index = 0; index < body.length; index += 1) {
    const list = words(body[index]!.folded);
    const doubled = stutter(list);
    if (doubled !== null) return { ok: false, message: `Words written twice in a row: ${quote(`${doubled} ${doubled}`)}; tidy that sentence.` };
    const pairs = new Set<string>();
    if (list.length >= MIN_WORDS) for (let at = 0; at + 1 < list.length; at += 1) pairs.add(`${list[at]} ${list[at + 1]}`);
    pairsBySentence.push(pairs);
    if (pairs.size === 0) continue;
    const shared = new Map<number, number>();
    for (const pair of pairs) {
      const earlier = sentencesByPair.get(pair);
      if (earlier) for (const other of earlier) shared.set(other, (shared.get(other) ?? 0) + 1);
      else sentencesByPair.set(pair, []);
      sentencesByPair.get(pair)!.push(index);
    }
    for (const [other, count] of shared) {
      const otherSize = pairsBySentence[other]!.size;
      if (count / Math.min(pairs.size, otherSize) >= NEAR) {
        const same = count === pairs.size && count === otherSize ? 'The same sentence appears twice' : 'Two sentences say nearly the same thing';
        return { ok: false, message: `${same}: ${quote(body[other]!.text)}; keep one.` };
      }
    }
  }
  return { ok: true, message: 'No sentence is repeated.' };
}
