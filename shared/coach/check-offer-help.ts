import type { OccasionKind } from '../domain/occasion-kinds';
import { quote, type CheckResult } from './check-types';
import { findCue } from './cues';
import { vouchedForYou } from './kind-words';
import type { Sentence } from './sentences';

/** An open door: questions answered, more detail sent, or (to someone who vouched for you) help in return. */
const OFFER = new RegExp(
  String.raw`\b(?:let me know if (?:you (?:have|need|want|would like|'d like)|there(?:'s| is| are)|i can|anything|any)|` +
    String.raw`(?:happy|glad|delighted|pleased|more than happy) to (?:answer|provide|share|send|clarify|elaborate|expand|explain|walk you through|go (?:into|over|through)|discuss|help|put you in touch|introduce|return the favou?r|fill (?:them |it |you )?in|dig into|talk through|go deeper|dig deeper|say more|tell you more)|` +
    String.raw`if you (?:have|need|want|would like|'d like) (?:(?:any|more|further|additional|other|some) )*(?:questions?|information|info|details?|examples?|references?|samples?|anything|context|clarification|help)|` +
    String.raw`feel free to (?:reach out|contact|ask|email|get in touch|call|write|ping)|(?:don't|do not) hesitate to|` +
    String.raw`please (?:reach out|get in touch|contact me|ask|just ask)|anything (?:else )?i can (?:do|provide|share|help|send|clarify|answer)|` +
    String.raw`if (?:there(?:'s| is) anything|i can ever|i can help|i can be of)|return the favou?r|pay it forward|` +
    String.raw`i (?:can|could) (?:also )?(?:send|share|provide|forward) (?:you )?(?:more|additional|further|other|some|a few|any|references?|samples?|examples?)|` +
    String.raw`if you ever need|i owe you(?: one| a coffee| a drink| lunch)?|(?:any|further|open|follow-up) questions?|questions come up)\b`,
  'gu',
);

export function checkOfferHelp(body: readonly Sentence[], kind: OccasionKind): CheckResult {
  const cue = findCue(body, OFFER);
  if (cue) return { ok: true, message: `Offers help: ${quote(cue.phrase)}.` };
  if (vouchedForYou(kind)) {
    return {
      ok: false,
      message: 'Offer something back: any detail they might need from you, or help in return.',
      suggestion: 'If anyone needs more detail from me, or if I can ever return the favor, just let me know.',
    };
  }
  return {
    ok: false,
    message: 'Offer to answer any open questions or to share more detail.',
    suggestion: "If any questions come up, I'm happy to answer them or share more detail.",
  };
}
