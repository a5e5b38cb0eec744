import { contentStems, GENERIC_TOPIC_STEMS } from './content-words';
import { matchPhrase, type NoteIndex } from './note-index';
import { extractUrls, normalizeUrl, sameLink } from './urls';

/** A recorded discussion point or promised follow-up, and whether (and where) the note mentions it. */
export interface TopicMatch {
  text: string;
  /** How messages name it: the text without its link, or the link when that is all there is. */
  label: string;
  /** The link it promises, as recorded (a follow-up with a link is matched on the link). */
  url: string | null;
  stems: string[];
  matched: boolean;
  sentences: number[];
}

/** A promised follow-up as the contract gives it ("text https://…") or as the occasion stores it. */
export type FollowUpInput = string | { text: string; url?: string | null };

const recorded = (items: readonly string[]) => [...new Set(items.map((item) => item.trim()).filter(Boolean))];

/**
 * Words so common in any note ("call", "work", "team") prove a point was mentioned only when
 * they stand together: "how on-call works" is not matched by "the work" in one paragraph and
 * "a short call" in the next.
 */
const GENERIC_ONLY_WINDOW = 6;

export function matchPoints(points: readonly string[], index: NoteIndex): TopicMatch[] {
  return recorded(points).map((text) => {
    const stems = contentStems(text, 'point');
    const meaningful = stems.filter((s) => !GENERIC_TOPIC_STEMS.has(s));
    if (meaningful.length === 0) return { text, label: text, url: null, stems, ...matchPhrase(index, stems, stems.length > 1 ? GENERIC_ONLY_WINDOW : undefined) };
    const match = matchPhrase(index, stems);
    // Words such as "team" or "work" are in every note: they help a match but never make one.
    if (match.matched && meaningful.length > 1 && !matchPhrase(index, meaningful, undefined, 2).matched) return { text, label: text, url: null, stems, matched: false, sentences: [] };
    return { text, label: text, url: null, stems, ...match };
  });
}

function splitFollowUp(followUp: FollowUpInput): { text: string; label: string; urls: string[] } {
  if (typeof followUp !== 'string') {
    const text = followUp.text.trim();
    const url = followUp.url?.trim() ?? '';
    const urls = url ? [url] : extractUrls(text);
    return { text: [text, url].filter(Boolean).join(' '), label: text || url, urls };
  }
  const text = followUp.trim();
  const urls = extractUrls(text);
  let words = text;
  for (const url of urls) words = words.replace(url, ' ');
  words = words
    .replace(/[[\]()<>]/gu, ' ')
    .replace(/^[\s:–—-]+|[\s:–—-]+$/gu, '')
    .replace(/\s+/gu, ' ');
  return { text, label: words || text, urls };
}

export function matchFollowUps(followUps: readonly FollowUpInput[], index: NoteIndex): TopicMatch[] {
  const seen = new Set<string>();
  const matches: TopicMatch[] = [];
  for (const followUp of followUps) {
    const { text, label, urls } = splitFollowUp(followUp);
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    const stems = contentStems(urls.length > 0 ? label : text, 'follow-up');
    if (urls.length > 0) {
      const promised = urls.map(normalizeUrl);
      const matched = promised.every((link) => index.urls.some((inNote) => sameLink(link, inNote)));
      matches.push({ text, label, url: urls[0]!, stems, matched, sentences: [] });
    } else {
      matches.push({ text, label, url: null, stems, ...matchPhrase(index, stems) });
    }
  }
  return matches;
}
