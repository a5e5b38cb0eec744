import type { OccasionKind } from '../domain/occasion-kinds';
import { quote, type CheckResult } from './check-types';
import { findCue } from './cues';
import { vouchedForYou } from './kind-words';
import type { Sentence } from './sentences';

/** Someone committing to or proposing something: "I'll", "I'd love to", "could we", "let's", "are you free". */
const FRAME = String.raw`(?:i(?:'ll| will| plan to| am going to|'m going to| intend to)|i(?:'d| would) (?:love|like|be (?:glad|happy|delighted)|welcome|suggest|propose)(?: to)?|(?:could|can|shall|may|might) we|let'?s|would you be (?:open|free|available|up) (?:to|for)|are you (?:open|free|available)(?: to| for)?|(?:happy|glad|keen) to|would it (?:be possible|work|help) to|perhaps we could|maybe we (?:could|can)|how about|may i|can i|could i)`;
/** …followed closely by something that happens next: a call, a meeting, a check-in, an update. */
const ACTION = String.raw`(?:call|phone|ring|video call|zoom|chat|coffee|meet|meeting|conversation|catch up|catch-up|touch base|check in|check-in|check back|follow up|follow-up|reach out|circle back|sync|connect|talk(?! through)|speak|set up|schedule|book|send (?:you )?(?:an? )?(?:invite|invitation|calendar)|keep you (?:posted|updated|in the loop|informed)|let you know how|update you|report back|drop you a (?:line|note)|be in touch|get in touch|ping you|visit|lunch|dinner|breakfast|(?:a )?drinks?|send (?:it|them|this|that|you|over|along)\b(?! (?:my|the|an?|our) (?:thanks|thank|gratitude|best))|pass (?:it|them) (?:on|along))`;
const PROPOSAL = new RegExp(String.raw`\b${FRAME}\s+(?:[\w'-]+\s+){0,3}?${ACTION}\b`, 'gu');
/** A time already on the table: "a call next week", "coffee in a couple of weeks", "does Tuesday work". */
const SCHEDULED = new RegExp(
  String.raw`\b(?:(?:call|chat|coffee|meet(?:ing)?|catch[- ]up|check[- ]in|touch base|follow[- ]up|talk)\b[^.?!]{0,40}?\b(?:next|later this|early next) (?:week|month|quarter|monday|tuesday|wednesday|thursday|friday)|` +
    String.raw`(?:call|chat|coffee|meet(?:ing)?|catch[- ]up|check[- ]in|touch base|follow[- ]up|talk)\b[^.?!]{0,40}?\bin (?:a|two|three|four|a few|a couple of) (?:days|weeks?|months?)|` +
    String.raw`my calendar|calendly|book a time|find a time|a time that works|(?:does|would) (?:\w+ ){0,3}work for you|are you free|next steps|` +
    String.raw`(?:if you have|do you have|could you spare|can you spare) (?:\w+ )?(?:\d+|a few|five|ten|fifteen|twenty|thirty) (?:minutes|mins)|` +
    String.raw`(?:if you have|do you have|could you spare|can you spare) (?:a|some) (?:time|moment))\b`,
  'gu',
);
/** Leaves the next move to the reader. */
const PASSIVE = /\b(?:look(?:ing)? forward to hearing (?:from you|back)|hope to hear (?:from you|back)|(?:keep|stay) in touch|hear from you soon|hope (?:our paths cross|to see you))\b/gu;

export function checkNextStep(body: readonly Sentence[], kind: OccasionKind): CheckResult {
  const cue = findCue(body, PROPOSAL) ?? findCue(body, SCHEDULED);
  if (cue) return { ok: true, message: `Proposes a next step: ${quote(cue.phrase)}.` };
  const suggestion = vouchedForYou(kind) ? "I'll keep you posted on how it goes." : 'I would welcome a short call next week to touch base.';
  const passive = findCue(body, PASSIVE);
  if (passive) {
    return { ok: false, message: `${quote(passive.phrase)} leaves the next move to them; propose one, such as a short call.`, suggestion };
  }
  const ask = vouchedForYou(kind) ? 'Say how you will follow up, for example that you will keep them posted.' : 'Propose a next step, such as a short call or a time to touch base.';
  return { ok: false, message: ask, suggestion };
}
