import type { OccasionKind } from '../domain/occasion-kinds';
import { defaultAddressAs } from '../people/address-as';
import { escapeMarkdownText, toSingleLine } from './markdown-escape';
import { followUpMarkdown, followUpPlain } from './markdown-link';
import type { MergeContext } from './merge-context';
import type { MergeFieldName } from './merge-fields';
import { formatOccasionDate, type DateFormatOptions } from './occasion-date';
import { signOffMarkdown } from './sign-off';

/** `markdown` for a note's body (values escaped, lists as Markdown); `plain` for a subject line. */
export type MergeOutput = 'markdown' | 'plain';

/** The kind as it reads in a sentence the user writes ("thank you for the call on my behalf"). */
const KIND_IN_WORDS: Record<OccasionKind, string> = {
  interview: 'interview',
  referral: 'referral',
  recommendation: 'recommendation',
  'advocacy-call': 'call on my behalf',
  'informational-interview': 'informational interview',
  mentoring: 'mentoring session',
  other: 'help',
};

/**
 * The value of one field, '' when there is nothing to put in (the caller then leaves the field
 * visible). Reads defensively: a context from JSON with a missing or non-string value gives ''
 * rather than "undefined".
 */
export function mergeFieldValue(name: MergeFieldName, context: MergeContext, output: MergeOutput, dates: DateFormatOptions = {}): string {
  const text = (value: unknown) => (output === 'markdown' ? escapeMarkdownText(str(value)) : toSingleLine(str(value)));
  const { person, occasion, opportunity, me } = context;
  switch (name) {
    case 'person.addressAs':
      return text(str(person?.addressAs) || defaultAddressAs(str(person?.fullName)));
    case 'person.fullName':
      return text(person?.fullName);
    case 'person.firstName':
      return text(defaultAddressAs(str(person?.fullName)));
    case 'person.company':
      return text(person?.company);
    case 'person.title':
      return text(person?.title);
    case 'occasion.title':
      return text(occasion?.title);
    case 'occasion.date':
      return text(formatOccasionDate(str(occasion?.startsAt), dates));
    case 'occasion.kind':
      return text(KIND_IN_WORDS[occasion?.kind] ?? '');
    case 'occasion.place':
      return text(occasion?.place);
    case 'opportunity.role':
      return text(opportunity?.role);
    case 'opportunity.company':
      return text(str(opportunity?.company) || str(person?.company));
    case 'discussionPoints': {
      const points = strings(occasion?.discussionPoints);
      return output === 'markdown' ? points.map((point) => `- ${escapeMarkdownText(point)}`).join('\n') : points.join(', ');
    }
    case 'discussionPoint':
      return text(asTopic(strings(occasion?.discussionPoints)[0] ?? ''));
    case 'promisedFollowUps': {
      const followUps = Array.isArray(occasion?.promisedFollowUps) ? occasion.promisedFollowUps : [];
      const items = followUps
        .map((followUp) => ({ text: str(followUp?.text), url: str(followUp?.url) }))
        .map((followUp) => (output === 'markdown' ? followUpMarkdown(followUp) : followUpPlain(followUp)))
        .filter((item) => item !== '');
      return output === 'markdown' ? items.map((item) => `- ${item}`).join('\n') : items.join(', ');
    }
    case 'me.name':
      return text(me?.name);
    case 'me.signature':
      // The signature is the user's own Markdown and goes in as written; without one, their name.
      return signatureOf(context, output) || text(me?.name);
    case 'signOff': {
      const { closing, signature } = signOffMarkdown(occasion?.kind, signatureOf(context, output), text(me?.name));
      if (signature === '') return '';
      return closing === '' ? signature : `${closing}${output === 'markdown' ? '\n' : ' '}${signature}`;
    }
  }
}

/** The signature from Settings, as Markdown (the user's own) or on one line. */
export function signatureOf(context: MergeContext, output: MergeOutput): string {
  const signature = str(context.me?.signature);
  return output === 'markdown' ? markdownBlock(signature) : toSingleLine(signature);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function strings(values: unknown): string[] {
  return Array.isArray(values) ? values.map(str).filter((value) => value !== '') : [];
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f]/gu;

function markdownBlock(markdown: string): string {
  return markdown
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(CONTROL_EXCEPT_NEWLINE, (char) => (char === '\t' ? '    ' : '')).trimEnd())
    .join('\n')
    .trim();
}

/**
 * Words that start a phrase but are not names, so lower-casing them lets a point written as a
 * heading ("The move to Kafka") sit mid-sentence ("…about the move to Kafka"). Anything else keeps
 * its capital: "Kubernetes" or "Priya's team" must not become lower case.
 */
const PHRASE_STARTERS = new Set(
  'a an the this that these those their our your my his her its how what why when where which who whether'.split(' '),
);

/** A discussion point as a phrase that fits mid-sentence: no closing full stop, no heading capital. */
function asPhrase(point: string): string {
  const trimmed = point.replace(/[\s.,;:!?]+$/u, '');
  const firstWord = /^\p{L}+(?=\s)/u.exec(trimmed)?.[0] ?? '';
  const isCapitalizedStarter = PHRASE_STARTERS.has(firstWord.toLowerCase()) && firstWord === capitalize(firstWord.toLowerCase());
  return isCapitalizedStarter ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

const SUBJECTS = new Set('i we you he she they'.split(' '));
/** Words that follow a verb, not a noun: "called *the* hiring manager", "vouched *for* me". */
const AFTER_VERB = new Set(
  'a an the me my him her them us our their his your its it this that to for on with about in out up back over through at into someone everyone'.split(' '),
);
const IRREGULAR_PAST = new Set(
  'made told spoke wrote sent gave put took went said met got brought taught ran found thought led fed set let kept built drew held left lent'.split(' '),
);
const AUXILIARY = new Set('is are was were has have had will would can could should may might does did'.split(' '));

/**
 * A discussion point as the topic of "about …", whatever the user typed. A phrase ("the move to
 * Kafka", "how they hire") fits as it is. What the user wrote as a sentence is framed so it still
 * reads: "called the hiring manager to vouch for me" (something they did) → "how you called the
 * hiring manager to vouch for me"; "we compared notes on…" or "the team is growing" → "how we
 * compared notes on…", "how the team is growing".
 */
export function asTopic(point: string): string {
  const phrase = asPhrase(point);
  const words = phrase.split(/\s+/u);
  const [first = '', second = ''] = words.map((word) => word.toLowerCase());
  if (words.length < 2) return phrase;
  if (SUBJECTS.has(first)) return `how ${first === 'i' ? 'I' : first}${phrase.slice(words[0]!.length)}`;
  if (isPastTense(first) && AFTER_VERB.has(second)) return `how you ${first}${phrase.slice(words[0]!.length)}`;
  if (PHRASE_STARTERS.has(first) && !WH_WORDS.has(first) && startsClause(words.slice(1, 5).map((word) => word.toLowerCase()))) return `how ${phrase}`;
  return phrase;
}

const WH_WORDS = new Set('how what why when where which who whether'.split(' '));

/** "team is growing", "new roadmap was delayed": an auxiliary before any "who", "that" or "which". */
function startsClause(words: readonly string[]): boolean {
  const auxiliary = words.findIndex((word) => AUXILIARY.has(word));
  return auxiliary !== -1 && !words.slice(0, auxiliary).some((word) => WH_WORDS.has(word) || word === 'that');
}

function isPastTense(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (/^\p{Ll}{3,}ed$/u.test(word) && !word.endsWith('eed'));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
