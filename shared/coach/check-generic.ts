import type { OccasionKind } from '../domain/occasion-kinds';
import type { CheckResult } from './check-types';
import { GENERIC_TOPIC_STEMS } from './content-words';
import { words } from './fold';
import { positionsOf, type NoteIndex } from './note-index';
import type { PersonNames } from './person-names';
import { LINK_MARK } from './reader-text';
import type { Sentence } from './sentences';
import { ownWordCount } from './stock-words';
import { sentenceKey } from './template-sentences';
import type { TopicMatch } from './topics';
import { extractUrls } from './urls';

/**
 * Stock sentences of thank-you letters: fine in passing, generic when they are most of the note.
 * Run on folded sentences.
 */
const BOILERPLATE = new RegExp(
  [
    String.raw`i am writing to`,
    String.raw`(?:would like to|wanted to|want to|wish to) (?:thank|express|take this opportunity|say thank)`,
    String.raw`express my (?:sincere |deepest |heartfelt |warmest )?(?:gratitude|appreciation|thanks)`,
    String.raw`thank you (?:so much |very much |again |once again |kindly )?for (?:taking (?:the )?time|your time|the time|the opportunity|the chance|meeting|speaking|interviewing|considering|your consideration|the interview|the conversation|the call|the referral|the recommendation|referring|recommending|your help|your support|your kind|everything|all (?:of )?your|your advice|your guidance|having me|inviting me|a (?:great|wonderful|lovely|productive|pleasant|helpful) (?:conversation|meeting|interview|chat|call))`,
    String.raw`thanks (?:so much |again )?for (?:your time|the time|the opportunity|meeting|the chat|the call|the referral|your help|everything)`,
    String.raw`(?:truly |really |sincerely |greatly |very much )?appreciated? (?:the|your|you taking the) (?:opportunity|time|consideration|chance|help|support|kind words|referral|recommendation|introduction|advice|guidance)`,
    String.raw`it was (?:a (?:real |great )?pleasure|great|nice|wonderful|lovely|good) (?:to meet|meeting|to speak|speaking|to talk|talking|to learn|learning|to chat|chatting|to connect|connecting)`,
    String.raw`i (?:really |truly )?enjoyed (?:learning|speaking|talking|meeting|our conversation|the conversation|our discussion|our chat|the interview|our meeting)`,
    String.raw`(?:i am|i'm) (?:very |really |truly |even more |so )?(?:excited|enthusiastic|interested|eager|thrilled) (?:about|in|by) (?:the|this) (?:opportunity|position|role|prospect)`,
    String.raw`(?:look|am looking|i'm looking) forward to hearing (?:from you|back)`,
    String.raw`(?:do not|don't) hesitate to`,
    String.raw`please (?:feel free to|let me know if)`,
    String.raw`i believe (?:that )?(?:my|i) (?:skills|experience|qualifications|background|would|am)`,
    String.raw`(?:would|will) make (?:me )?(?:a )?(?:great|strong|good|valuable|excellent|ideal) (?:fit|asset|addition|candidate)`,
    String.raw`(?:a|an) (?:great|strong|good|valuable|excellent|ideal) (?:fit|asset|addition) (?:to|for) (?:your|the) (?:team|company|organization|organisation)`,
    String.raw`your (?:company|organization|organisation|firm|team)(?:'s)? (?:mission|values|culture|success|goals)`,
    String.raw`(?:opportunity|position|role) (?:at|with) your (?:company|organization|organisation|firm)`,
    String.raw`i (?:am|remain) (?:very |really |truly )?(?:interested|enthusiastic|excited)`,
    String.raw`once again,? thank you`,
    String.raw`i hope (?:this (?:email|message|note) finds you|to hear)`,
    String.raw`(?:your|the) (?:help|support|kindness|generosity|kind words) (?:means?|meant) (?:a lot|so much|the world|a great deal)`,
    String.raw`(?:i am|i'm) (?:so |truly |very |deeply )?(?:grateful|thankful) (?:for|to you for) (?:your|the) (?:help|support|time|referral|recommendation|opportunity|introduction|kindness|advice)`,
    String.raw`(?:have a|wishing you a) (?:great|wonderful|nice|good) (?:day|week|weekend)`,
    String.raw`^thank you(?: so much| again)?[.!]?$`,
  ]
    .map((pattern) => `(?:${pattern})`)
    .join('|'),
  'u',
);
const EVERY_BOILERPLATE = new RegExp(BOILERPLATE.source, 'gu');
/** A stock opening that goes on to say something of the writer's own is not stock: "I enjoyed our discussion about how your team uses dbt…". */
const OWN_DETAIL = 4;

const NUMBER_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|percent)\b/u;
const QUOTED = /[“"][^“”"]*\s[^“”"]*[”"]/u;
const CAPITALISED = /\p{Lu}[\p{L}\p{N}'’-]*/gu;
const NOT_PROPER = new Set(['I', "I'm", 'I’m', "I've", 'I’ve', "I'd", 'I’d', "I'll", 'I’ll', 'OK']);

const THIS_OCCASION: Record<OccasionKind, string> = {
  interview: 'this interview',
  referral: 'this referral',
  recommendation: 'this recommendation',
  'advocacy-call': 'this call',
  'informational-interview': 'this conversation',
  mentoring: 'this session',
  other: 'what they did',
};

/** A name, product or acronym past the sentence's first word: "at Northwind", "your Kafka setup", "the Q3 plan". */
function hasProperNoun(text: string): boolean {
  for (const match of text.matchAll(CAPITALISED)) {
    if (NOT_PROPER.has(match[0])) continue;
    const before = text.slice(0, match.index).trimEnd();
    const startsSentence = before === '' || /[:“"(—–]$/u.test(before);
    if (!startsSentence || /^\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(match[0])) return true;
  }
  return false;
}

/**
 * Sentences that hold a topic's meaning-bearing words together: two of them (or its only one),
 * so "I am passionate about design" is not about "how the design team pairs with clinicians".
 */
function sentencesNear(index: NoteIndex, stems: readonly string[]): number[] {
  const meaningful = stems.filter((wanted) => !GENERIC_TOPIC_STEMS.has(wanted));
  const need = Math.min(2, meaningful.length);
  if (need === 0) return [];
  const found = new Map<number, number>();
  for (const wanted of meaningful) {
    for (const sentence of new Set(positionsOf(index, wanted).map((position) => index.sentenceOf[position]!))) {
      found.set(sentence, (found.get(sentence) ?? 0) + 1);
    }
  }
  return [...found].filter(([, count]) => count >= need).map(([sentence]) => sentence);
}

export interface GenericInput {
  body: readonly Sentence[];
  index: NoteIndex;
  points: readonly TopicMatch[];
  followUps: readonly TopicMatch[];
  names: PersonNames;
  kind: OccasionKind;
  /** Keys (sentenceKey) of the sentences of the template the note started from. */
  fromTemplate?: ReadonlySet<string>;
}

/**
 * Not generic: would this note fit only this person and this occasion? Unlike the other checks,
 * which look for one thing each, this one weighs the whole body, sentence by sentence:
 * - specific: a recorded topic, a shared link or a quote; or, outside a stock phrase, a name, a
 *   number, a proper noun, or several words of the writer's own (see stock-words);
 * - stock: boilerplate, with at most a filled-in name, role, company or date;
 * - plain: neither (courtesies in the writer's words).
 * A sentence of the template the note started from, left as it came, is never specific (the
 * template filled in the point, not the writer). It fails with no specific sentence, or when stock
 * sentences outnumber specific ones: a template with the company filled in is still a template.
 */
export function checkNotGeneric({ body, index, points, followUps, names, kind, fromTemplate = new Set() }: GenericInput): CheckResult {
  const onTopic = new Set<number>();
  for (const topic of [...points, ...followUps]) {
    for (const sentence of topic.sentences) onTopic.add(sentence);
    for (const sentence of sentencesNear(index, topic.stems)) onTopic.add(sentence);
  }

  let specific = 0;
  let stock = 0;
  let filledIn = 0;
  let untouched = 0;
  body.forEach((sentence, position) => {
    // The template's own sentence, as it came: the template's detail, not the writer's.
    if (fromTemplate.size > 0 && fromTemplate.has(sentenceKey(sentence))) {
      untouched += 1;
      if (BOILERPLATE.test(sentence.folded)) stock += 1;
      return;
    }
    const strong = onTopic.has(position) || sentence.text.includes(LINK_MARK) || extractUrls(sentence.text).length > 0 || QUOTED.test(sentence.text);
    if (strong) {
      specific += 1;
      return;
    }
    const weak =
      /\p{N}/u.test(sentence.text) ||
      NUMBER_WORDS.test(sentence.folded) ||
      hasProperNoun(sentence.text) ||
      words(sentence.folded).some((word) => names.tokens.has(word));
    const ownDetail = ownWordCount(sentence, EVERY_BOILERPLATE) >= OWN_DETAIL;
    if (BOILERPLATE.test(sentence.folded) && !ownDetail) {
      stock += 1;
      if (weak) filledIn += 1;
    } else if (weak || ownDetail) specific += 1;
  });

  const occasion = THIS_OCCASION[kind];
  const who = names.greetAs || 'them';
  if (specific === 0 && untouched > 0) {
    return {
      ok: false,
      message:
        untouched === body.length
          ? `This is the template as it came; add something only ${who} would recognise from ${occasion}.`
          : `Apart from the template's own sentences, nothing here is specific to ${who} or ${occasion}.`,
    };
  }
  if (specific === 0 && filledIn > 0) {
    return { ok: false, message: `Only stock phrases with names filled in; add something only ${who} would recognise from ${occasion}.` };
  }
  if (specific === 0) {
    return { ok: false, message: `Apart from the greeting, nothing here is specific to ${who} or ${occasion}; it could be sent to anyone.` };
  }
  if (stock > specific) {
    return { ok: false, message: `Stock phrases outnumber specific sentences ${stock} to ${specific}; swap some for details of ${occasion}.` };
  }
  return { ok: true, message: `${specific} of ${body.length} sentences ${specific === 1 ? 'is' : 'are'} specific to ${who} and ${occasion}.` };
}
