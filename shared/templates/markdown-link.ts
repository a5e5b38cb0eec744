import { isAllowedExternalUrl } from '../security/external-url';
import { escapeMarkdownText, markdownCodeSpan, toSingleLine } from './markdown-escape';

/**
 * Characters kept as they are in a link destination: RFC 3986's unreserved and reserved sets,
 * minus the ones Markdown reads inside `[text](…)` or `<…>`: parentheses (they close the link),
 * angle brackets, backslash (an escape), quotes (a link title), spaces and braces.
 */
const KEPT = /[A-Za-z0-9\-._~!$&*+,;=:/?#@[\]]/u;
const PERCENT_ESCAPE = /^%[0-9A-Fa-f]{2}/u;

/**
 * A URL made safe to stand in a Markdown link: nothing in it can end the link early or start
 * other syntax, so `https://x.test/a) [click](javascript:…)` stays one (harmless) destination.
 * Existing percent escapes are kept; anything else outside the kept set is percent-encoded.
 */
export function encodeLinkDestination(url: string): string {
  let out = '';
  for (let index = 0; index < url.length; ) {
    const char = String.fromCodePoint(url.codePointAt(index)!);
    if (char === '%') {
      out += PERCENT_ESCAPE.test(url.slice(index)) ? '%' : '%25';
    } else if (KEPT.test(char)) {
      out += char;
    } else {
      out += percentEncode(char);
    }
    index += char.length;
  }
  return out;
}

function percentEncode(char: string): string {
  try {
    // encodeURIComponent leaves ( ) ' alone, and those are exactly what could end a Markdown link.
    return encodeURIComponent(char).replace(/[()']/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return '%EF%BF%BD'; // a lone surrogate has no UTF-8 form: the replacement character stands in
  }
}

export interface PromisedFollowUp {
  text: string;
  url: string;
}

/**
 * One promised follow-up as Markdown: `[text](url)`, a bare `<url>` when there is no text, the text
 * alone when there is no URL. Only links the app would open (https: with a host, mailto:) become
 * links; any other URL is shown verbatim in a code span, visible and inert. Empty when both are empty.
 */
export function followUpMarkdown({ text, url }: PromisedFollowUp): string {
  const label = escapeMarkdownText(text);
  const rawUrl = toSingleLine(url);
  if (rawUrl === '') return label;
  const destination = encodeLinkDestination(rawUrl);
  if (isAllowedExternalUrl(destination)) return label === '' ? `<${destination}>` : `[${label}](${destination})`;
  const shown = markdownCodeSpan(rawUrl);
  return label === '' ? shown : `${label} (${shown})`;
}

/** The same follow-up for plain text (a subject line): the text, else the URL. */
export function followUpPlain({ text, url }: PromisedFollowUp): string {
  return toSingleLine(text) || toSingleLine(url);
}
