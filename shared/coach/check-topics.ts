import { listOf, quote, type CheckResult } from './check-types';
import type { TopicMatch } from './topics';

/**
 * A recorded phrase made to sit mid-sentence: a sentence-case first word is lowered ("Billing
 * migration" → "billing migration") unless another word is capitalised too, which hints at names.
 */
function midSentence(phrase: string): string {
  const clean = phrase.replace(/[.!?;:,\s]+$/u, '');
  const [first = '', ...rest] = clean.split(/\s+/u);
  const sentenceCase = /^\p{Lu}\p{Ll}+$/u.test(first) && !rest.some((word) => /^\p{Lu}/u.test(word));
  return sentenceCase ? first.toLowerCase() + clean.slice(first.length) : clean;
}

const PRONOUN_START = /^(?:i|we|she|he|they|you|it|my|her|his|their|our|your)\b/iu;

function pointSuggestion(point: string): string | undefined {
  const words = point.split(/\s+/u).length;
  if (words > 8 || PRONOUN_START.test(point)) return undefined;
  return `I especially enjoyed our conversation about ${midSentence(point)}.`;
}

export function checkDiscussionPoint(points: readonly TopicMatch[]): CheckResult {
  if (points.length === 0) return { ok: true, message: 'No discussion points were recorded, so there is nothing to match.' };
  const mentioned = points.filter((point) => point.matched).map((point) => quote(point.label));
  if (mentioned.length > 0) return { ok: true, message: `Mentions ${listOf(mentioned)}.` };
  const options = points.map((point) => quote(point.label));
  const suggestion = pointSuggestion(points[0]!.text);
  const message = points.length === 1 ? `Bring up what you discussed: ${options[0]}.` : `Bring up one of the ${points.length} points you discussed, e.g. ${listOf(options)}.`;
  return suggestion ? { ok: false, message, suggestion } : { ok: false, message };
}

function followUpSuggestion(followUp: TopicMatch): string | undefined {
  const url = followUp.url;
  if (!url) return undefined;
  const href = /^[a-z][a-z0-9+.-]*:\/\//iu.test(url) ? url : `https://${url}`;
  const label = midSentence(followUp.label.replace(/^(?:send|share|forward|email)\s+(?:(?:her|him|them|you)\s+)?/iu, '').trim());
  if (label === '' || followUp.label === url || /[\s()<>]/u.test(href)) return `As promised, here is the link: ${href}`;
  const withArticle = /^(?:the|my|our|a|an|this|that|some)\b/iu.test(label) ? label : `the ${label}`;
  return `As promised, here is [${withArticle.replace(/[[\]\\]/gu, '\\$&')}](${href}).`;
}

export function checkFollowUps(followUps: readonly TopicMatch[]): CheckResult {
  if (followUps.length === 0) return { ok: true, message: 'Nothing was promised, so there is nothing to include.' };
  const missing = followUps.filter((followUp) => !followUp.matched);
  if (missing.length === 0) {
    return { ok: true, message: followUps.length === 1 ? `Includes what you promised: ${quote(followUps[0]!.label)}.` : `Includes all ${followUps.length} promised follow-ups.` };
  }
  const message = `Missing what you promised: ${listOf(missing.map((followUp) => quote(followUp.label)))}.`;
  const suggestion = followUpSuggestion(missing[0]!);
  return suggestion ? { ok: false, message, suggestion } : { ok: false, message };
}
