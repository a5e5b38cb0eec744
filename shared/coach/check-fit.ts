import type { OccasionKind } from '../domain/occasion-kinds';
import { quote, type CheckResult } from './check-types';
import { findCue } from './cues';
import { OCCASION_NOUN } from './kind-words';
import type { Sentence } from './sentences';
import { ownWordCount } from './stock-words';

/** Claims that link the writer to the role on their own: "I'd bring…", "a great fit", "I'm confident I could…". */
const FIT = new RegExp(
  String.raw`\b(?:i(?:'d| would| will|'ll| can| could)? bring|what i (?:can|could|would|'d) (?:bring|offer|add|contribute)|` +
    String.raw`(?:great|good|strong|natural|excellent|perfect|close|ideal|real) (?:fit|match)|well[- ](?:suited|placed|positioned|prepared|equipped)|` +
    String.raw`(?:i'm|i am) (?:confident|certain|sure) (?:that )?(?:i|my)|i(?:'m| am) (?:ready|prepared|equipped) to (?:take|lead|hit|help|contribute|own|start)|` +
    String.raw`i (?:could|can|would|will|'d|'ll) contribute|contribut(?:e|ing) to (?:your|the|this)|` +
    String.raw`i (?:could|can|would|'d) help (?:your|the) (?:team|company|group|org)|hit the ground running|` +
    String.raw`(?:my \w+|which|that) (?:aligns?|maps?|translates?|fits?|carr(?:y|ies) over) (?:well |directly |closely |neatly )?(?:with|to|onto|into))\b`,
  'gu',
);

/** Experience that counts when the same sentence ties it to the role: "I've led two migrations like yours". */
const EXPERIENCE = new RegExp(
  String.raw`\b(?:my (?:experience|background|work|time|years?|track record) (?:with|in|at|on|leading|building|running|as|scaling|shipping|designing|managing)|` +
    String.raw`(?:background|experience|expertise|skills?) (?:in|with)|(?:years|decade) of|` +
    String.raw`i(?:'ve| have)? (?:led|built|shipped|scaled|managed|run|launched|designed|grown|delivered|migrated|owned|mentored|architected|created|developed|implemented|founded|worked on|rebuilt|automated)|` +
    String.raw`having (?:led|built|run|shipped|scaled|managed|designed|migrated|owned|worked on)|` +
    String.raw`i(?:'ve| have) spent (?:\w+ ){0,2}years|in my (?:current|last|previous|past) (?:role|job|position|team))\b`,
  'gu',
);
const TIED_TO_ROLE =
  /\b(?:your|you|team|role|position|job|here|similar|relevant|directly|transfer\w*|appl(?:y|ies)|help|contribut\w*|useful|valuable|fit|match|bring|ready|exactly|same|challenges?|needs?|mission|roadmap|goals?|this kind|so i|which (?:is|would|means))\b/u;

/**
 * The stock claim "I believe my skills and experience would make me a great fit for the position"
 * names no skill. It counts only when the sentence goes on to say which (a few more content words).
 */
const STOCK_CLAIM =
  /\b(?:i (?:believe|feel|think) (?:that )?(?:my|i)|my (?:skills|experience|qualifications|background)(?:,? and (?:skills|experience|qualifications|background))* (?:would|will|make)|(?:would|will) make me|(?:great|good|strong|ideal|excellent|perfect) (?:fit|match|candidate|addition|asset)|for (?:the|this) (?:position|role|job|opportunity))\b/gu;
const ELABORATION = 3;

const saysWhich = (sentence: Sentence) => ownWordCount(sentence, STOCK_CLAIM) >= ELABORATION;

/** "if I can help" and "let me know if I could contribute" are offers, not a case for the writer. */
const CONDITIONAL = /\bif\s+(?:\S+\s+){0,2}$/u;

export function checkFit(body: readonly Sentence[], kind: OccasionKind): CheckResult {
  if (kind !== 'interview') return { ok: true, message: `Not needed when thanking for ${OCCASION_NOUN[kind]}.` };
  const cue =
    findCue(body, FIT, { notAfter: CONDITIONAL, accept: saysWhich }) ??
    findCue(body, EXPERIENCE, { notAfter: CONDITIONAL, accept: (sentence) => TIED_TO_ROLE.test(sentence.folded) && saysWhich(sentence) });
  if (cue) return { ok: true, message: `Says why you fit: ${quote(cue.phrase)}.` };
  return { ok: false, message: 'Add a sentence on why you are a good fit: what you would bring to the team.' };
}
