import type { OccasionKind } from '../domain/occasion-kinds';
import { quote, type CheckResult } from './check-types';
import { findCue } from './cues';
import type { Sentence } from './sentences';

/**
 * Words of genuine interest or warmth. "Thank you" alone is not one (every note says it), nor is
 * "I look forward to hearing from you" (a formula, and the next-step check's business).
 */
const ENTHUSIASM = new RegExp(
  String.raw`\b(?:excit(?:ed|ing|ement)|enjoy(?:ed|ing|able)?|energi[sz](?:ed|ing)|thrill(?:ed|ing)|keen|eager(?:ly|ness)?|` +
    String.raw`look(?:ing|s)? forward(?! to hearing (?:from you|back))|can'?t wait|can'?t thank you enough|appreciat(?:e|ed|ive|ion)|` +
    String.raw`grateful|gratitude|thankful|inspir(?:ed|ing|ation)|lov(?:e|ed|ing)|fascinat(?:ed|ing)|delight(?:ed|ful)|passionate|` +
    String.raw`enthusias(?:m|tic)|impress(?:ed|ive)|motivat(?:ed|ing)|(?:a|my|real|such a) pleasure|resonat(?:ed|es|ing)|` +
    String.raw`(?:really|truly|genuinely) (?:liked|valued?|admired?)|(?:means?|meant) (?:a lot|so much|a great deal|the world)|` +
    String.raw`(?:great|wonderful|fantastic|lovely|fun) to (?:meet|talk|hear|learn|speak|see)|glad (?:we|i|that|to (?:have|hear|meet|learn|talk|see))|` +
    String.raw`honou?red|touched|stimulating|invigorating|(?:so|really|very) (?:happy|glad)|made my (?:day|week)|generous|so kind|` +
    String.raw`(?:incredibly|really|so|hugely|enormously|very|truly|genuinely) (?:useful|helpful|valuable|insightful|eye-opening)|` +
    String.raw`(?:exactly|just) what i needed|(?:don't|do not) take (?:it|that|this) lightly)\b`,
  'gu',
);

const ASK: Record<OccasionKind, string> = {
  interview: 'Say what excites you about the role or the team, in your own words.',
  referral: 'Say what their help means to you, in your own words.',
  recommendation: 'Say what their recommendation means to you, in your own words.',
  'advocacy-call': 'Say what their call on your behalf means to you, in your own words.',
  'informational-interview': 'Say what you enjoyed or took away from the conversation.',
  mentoring: 'Say what you enjoyed or took away from the session.',
  other: 'Say what their help meant to you, in your own words.',
};

const SUGGEST: Record<OccasionKind, string> = {
  interview: 'Our conversation left me even more excited about the role.',
  referral: "I'm truly grateful you were willing to vouch for me.",
  recommendation: "I'm truly grateful you were willing to vouch for me.",
  'advocacy-call': "I'm truly grateful you picked up the phone for me.",
  'informational-interview': 'I really enjoyed our conversation and came away with a lot to think about.',
  mentoring: 'I really enjoyed our session and came away with a clearer plan.',
  other: "I'm truly grateful for your help.",
};

export function checkEnthusiasm(body: readonly Sentence[], kind: OccasionKind): CheckResult {
  const cue = findCue(body, ENTHUSIASM);
  if (cue) return { ok: true, message: `Shows genuine interest: ${quote(cue.phrase)}.` };
  return { ok: false, message: ASK[kind], suggestion: SUGGEST[kind] };
}
