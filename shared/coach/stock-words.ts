import { isStopword } from './content-words';
import { words } from './fold';
import type { Sentence } from './sentences';

/**
 * Words any candidate could write to anyone about any job: career vocabulary, courtesy and fluff.
 * What is left of a sentence without them (and without stopwords and filled-in names) is the
 * writer's own detail: "how your team uses dbt to model the marketing funnel".
 */
const STOCK_WORDS = new Set(
  `i'm i'd i've i'll position positions role roles job team teams company company's companies organization organisation
  organization's opportunity opportunities chance success successful welcome contribute contributing contribution skills
  skill skillset experience experiences qualifications qualification background believe confident sure certain fit match
  great good strong perfect ideal excellent wonderful amazing incredible impressive exciting excited interested interest
  enthusiastic eager thrilled candidate asset addition value values valuable bring make join joining work working works hard
  passionate dedicated motivated able well suited meet meeting met discuss discussing discussed discussion learn learning
  learned more time taking take took spend spent interview interviewing interviewed conversation conversations speak
  speaking spoke talk talking talked chat chatting hear hearing heard look looking forward thank thanks thankful appreciate
  appreciated appreciation grateful gratitude pleasure enjoy enjoyed really truly very sincerely greatly deeply today
  yesterday week day days consideration considering help helpful support kind kindness words process next step steps
  please hesitate contact reach questions question information additional further need needs may opportunity's culture
  mission vision environment innovative dynamic people everyone insight insights insightful valuable wanted want like
  would love express writing write again once hope hoping continue continued best regards soon glad happy fantastic awesome
  brilliant lovely nice sounds sound seems seemed place grow growth growing came come away feeling feel felt energized
  energised energizing possibility possible impact quickly collaborative collaboration fast paced part become becoming future
  stuff everything things thing lot lots much many genuinely definitely certainly especially particularly clearly clear sense
  idea ideas goals goal align aligns aligned alignment share shared sharing mean means meant earlier recent recently know
  knowing better new whole world making made difference excitement everyone's amount`.split(/\s+/u),
);

const CAPITALISED = /(?<!^)\b\p{Lu}[\p{L}'’-]*/gu;

/** How many of a sentence's words are the writer's own, after `without` (e.g. a stock phrase) is taken out. */
export function ownWordCount(sentence: Sentence, without: RegExp): number {
  // Names, titles and companies are filled in by templates; they do not make a stock phrase personal.
  const filledIn = new Set(words((sentence.text.match(CAPITALISED) ?? []).join(' ').toLowerCase()));
  return words(sentence.folded.replace(without, ' ')).filter(
    (word) => !isStopword(word) && !STOCK_WORDS.has(word) && !filledIn.has(word) && !/\d/u.test(word) && word.length > 1,
  ).length;
}
