import { fold, words } from './fold';
import { stem } from './stem';

/** Words that carry no topic: a point matches on the rest. Folded, apostrophes plain. */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
  few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
  herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's
  me more most much my myself no nor not now of off on once only or other ought our ours ourselves out over
  own same she she'd she'll she's should shouldn't so some such than that that's the their theirs them
  themselves then there there's these they they'd they'll they're they've this those through to too under
  until up upon us very was wasn't we we'd we'll we're we've were weren't what what's when when's where
  where's which while who who's whom why why's will with won't would wouldn't you you'd you'll you're
  you've your yours yourself yourselves really quite get got getting lot lots thing things way ways etc
  via per vs e.g i.e one`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Words that narrate the conversation rather than name its topic: "We discussed her move to
 * Stripe" is about the move and Stripe, and a note that says "discussed" has not mentioned it.
 */
const NARRATION = new Set(
  'discuss discussed discussing discussion talk talked talking spoke speak mention mentioned said say asked ask told tell chat chatted conversation point points topic topics'.split(
    ' ',
  ),
);

/** Verbs of a promise: "Send the case study deck" is kept when the note has "the case study deck". */
const PROMISE_VERBS = new Set('send sending share sharing forward forwarding email emailing attach attaching provide give pass link links copy'.split(' '));

export type WordRole = 'point' | 'follow-up';

/** The distinct stems of a recorded phrase's content words; falls back to every word when all are filler. */
export function contentStems(phrase: string, role: WordRole = 'point'): string[] {
  const all = words(fold(phrase));
  const extra = role === 'point' ? NARRATION : PROMISE_VERBS;
  let kept = all.filter((word) => !STOPWORDS.has(word) && !extra.has(word) && (word.length > 1 || /\d/u.test(word)));
  if (kept.length === 0) kept = all.filter((word) => !STOPWORDS.has(word));
  return [...new Set(kept.map(stem))];
}

export function isStopword(foldedWord: string): boolean {
  return STOPWORDS.has(foldedWord);
}

/**
 * Stems so common in any thank-you note that finding them proves nothing specific: a point
 * "the team's roadmap" makes a sentence specific through "roadmap", not through "team".
 */
export const GENERIC_TOPIC_STEMS: ReadonlySet<string> = new Set(
  'team role company work job position opportunity interview time idea help experience skill people process plan question day week year next new good great call meeting thank'
    .split(' ')
    .map(stem),
);
