import { maskPlaceholders } from './placeholders';

/**
 * A Markdown draft as its reader will see it: headings, list markers, quotes, emphasis, code
 * fences and link syntax gone, link text kept. Link targets are collected separately (a promised
 * link counts even when the reader sees only "my portfolio"), and placeholders are collected and
 * masked so that a prompt such as "[What excited you]" never passes a check on the writer's behalf.
 */
export interface ReaderLine {
  text: string;
  /** A heading or list item: starts a new paragraph even without a blank line before it. */
  blockStart: boolean;
  heading?: boolean;
}

export interface ReaderText {
  lines: ReaderLine[];
  /** Link targets and bare URLs, as written. */
  urls: string[];
  /** Placeholders left in the text, as written, in order. */
  placeholders: string[];
}

/** Follows the text of a Markdown link, so a sentence that carries a link can be recognised. */
export const LINK_MARK = '\u2060';
/** A line holding only "--" (the e-mail signature delimiter "-- "). */
export const SIGNATURE_DELIMITER = '--';

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!<>~|%"'])/gu;
const PROTECT_BASE = 0xe000;
const PROTECTED = /[\ue000-\ue07f]/gu;
const protectChar = (char: string) => String.fromCharCode(PROTECT_BASE + char.charCodeAt(0));
const protect = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>~|%"']/gu, protectChar);
const restore = (text: string) => text.replace(PROTECTED, (char) => String.fromCharCode(char.charCodeAt(0) - PROTECT_BASE));

const TITLE = String.raw`(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?`;
const IMAGE = new RegExp(String.raw`!\[([^\]]*)\]\(\s*<?([^\s)>]*)>?${TITLE}\s*\)`, 'gu');
const LINK = new RegExp(String.raw`\[([^\]]+)\]\(\s*<?([^\s)>]*)>?${TITLE}\s*\)`, 'gu');
const REFERENCE_LINK = /\[([^\]]+)\]\[([^\]]*)\]/gu;
const AUTOLINK = /<((?:https?|mailto|ftp):[^\s<>]+)>/giu;
const EMAIL_AUTOLINK = /<([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/gu;
const HTML_COMMENT = /<!--.*?-->/gu;
// Lower-case tag names only: "<Name>" and "<Title>" in a note are placeholders, not HTML.
const HTML_TAG =
  /<\/?(?:a|abbr|b|blockquote|br|center|cite|code|dd|del|details|div|dl|dt|em|figcaption|figure|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul)(?:\s[^<>]*)?\/?>/gu;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', hellip: '…' };
const ENTITY = /&(amp|lt|gt|quot|apos|nbsp|mdash|ndash|rsquo|lsquo|hellip|#\d{1,6});/gu;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]+/giu;

function decodeEntity(_: string, name: string): string {
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)) || 0x20);
  return ENTITIES[name] ?? '';
}

/** One line of Markdown inline syntax to reader text. Also used for the subject line. */
export function readInline(line: string, urls: string[], placeholders: string[], references: ReadonlySet<string> = new Set()): string {
  // Each step runs only when its syntax can be there: most lines of a note are plain prose.
  let text = line.includes('\\') ? line.replace(ESCAPABLE, (_, char: string) => protectChar(char)) : line;
  if (text.includes('`')) text = text.replace(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/gu, (_, _ticks: string, code: string) => protect(code.trim()));
  if (text.includes('[')) {
    text = text.replace(IMAGE, (_, alt: string, url: string) => {
      if (url) urls.push(restore(url));
      return alt;
    });
    text = text.replace(LINK, (_, label: string, url: string) => {
      if (url) urls.push(restore(url));
      return label + LINK_MARK;
    });
    text = text.replace(REFERENCE_LINK, (_, label: string) => label + LINK_MARK);
  }
  if (text.includes('<')) {
    text = text.replace(HTML_COMMENT, '');
    text = text.replace(AUTOLINK, (_, url: string) => {
      urls.push(url);
      return protect(url);
    });
    text = text.replace(EMAIL_AUTOLINK, (_, address: string) => protect(address));
    text = text.replace(HTML_TAG, ' ');
  }
  const found: string[] = [];
  text = maskPlaceholders(text, found, references);
  for (const placeholder of found) placeholders.push(restore(placeholder));
  if (/[*_~]/u.test(text)) {
    text = text.replace(/\*\*|__|~~/gu, '').replace(/\*/gu, '');
    text = text.replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1');
  }
  text = restore(text);
  if (text.includes('&')) text = text.replace(ENTITY, decodeEntity);
  if (text.includes('.')) for (const match of text.matchAll(BARE_URL)) urls.push(match[0]);
  return text.replace(/\\$/u, '').replace(/\s+/gu, ' ').trim();
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/u;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+\s*)$/u;
const DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?([^\s>]+)>?/u;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)/u;
const QUOTE = /^\s*(?:>\s?)+/u;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/u;

export function toReaderText(markdown: string): ReaderText {
  const source = markdown.replace(/\r\n?/gu, '\n').split('\n');
  const urls: string[] = [];
  const placeholders: string[] = [];
  const references = new Set<string>();
  for (const line of source) {
    const definition = DEFINITION.exec(line);
    if (definition && !definition[1]!.startsWith('^')) references.add(definition[1]!.trim().toLowerCase());
  }

  const lines: ReaderLine[] = [];
  let fence: string | null = null;
  for (const line of source) {
    if (fence !== null) {
      if (line.trim().startsWith(fence)) fence = null;
      else lines.push({ text: line.trim(), blockStart: false });
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      fence = opening[1]!;
      lines.push({ text: '', blockStart: false });
      continue;
    }
    if (/^--\s*$/u.test(line)) {
      lines.push({ text: SIGNATURE_DELIMITER, blockStart: true });
      continue;
    }
    const definition = DEFINITION.exec(line);
    if (RULE.test(line) || (definition && !definition[1]!.startsWith('^'))) {
      if (definition) urls.push(definition[2]!);
      lines.push({ text: '', blockStart: false });
      continue;
    }
    let text = line.replace(QUOTE, '');
    let blockStart = false;
    let heading = false;
    if (HEADING.test(text)) {
      text = text.replace(HEADING, '').replace(/\s+#+\s*$/u, '');
      blockStart = true;
      heading = true;
    } else if (LIST_ITEM.test(text)) {
      text = text.replace(LIST_ITEM, '');
      blockStart = true;
    }
    lines.push({ text: readInline(text, urls, placeholders, references), blockStart, heading });
  }
  return { lines, urls, placeholders };
}
