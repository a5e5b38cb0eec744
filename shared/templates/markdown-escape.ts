/**
 * Escaping for text that goes into a Markdown note as text: a person's name, a discussion point,
 * the label of a link. What the user typed must be shown as typed, never interpreted: `*Bob*` is
 * not emphasis, `<img src=x onerror=…>` is not HTML, `# Plans` is not a heading.
 *
 * Only characters that can start Markdown syntax are escaped, so the source the user edits stays
 * readable (`AT&T`, `O'Brien`, `3-5 people` are left alone). Backslash escapes are CommonMark's
 * own, so every renderer (marked in the preview, the plain-text and HTML exports) reads them back.
 */

/** Anywhere in the text: emphasis, code, links, HTML, tables, strikethrough, escapes, merge-field braces. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~{}]/gu;
/** `&amp;`, `&#60;`, `&#x3C;`: without escaping, an entity typed as text would show as the character it names. */
const ENTITY = /&(?=#?[a-z0-9]+;)/giu;
/**
 * At the start of the value: headings, block quotes, list items, thematic breaks, setext underlines
 * and ordered-list numbers. Escaped wherever the value lands, because "- {{field}}" or a field at
 * the start of a line both put the value's first character where a block marker would be read.
 */
const LEADING_BLOCK_MARKER = /^(?:[#+=-]|(\d{1,9})([.)]))/u;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/**
 * One line of plain text made safe for Markdown: line breaks and runs of whitespace become one space
 * (a value never starts a new block), control characters go, Markdown syntax is backslash-escaped.
 */
export function escapeMarkdownText(text: string): string {
  const flat = toSingleLine(text);
  const escaped = flat.replace(INLINE_SYNTAX, '\\$&').replace(ENTITY, '\\&');
  return escaped.replace(LEADING_BLOCK_MARKER, (marker, digits: string | undefined, punctuation: string | undefined) =>
    digits !== undefined ? `${digits}\\${punctuation}` : `\\${marker}`,
  );
}

/** Plain text on one line: what a subject line or an inline value may hold. */
export function toSingleLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/gu, ' ').trim();
}

/**
 * Text shown verbatim in a code span, for things that must stay visible but inert (a link with a
 * scheme the app does not open). The fence is one backtick longer than any run inside.
 */
export function markdownCodeSpan(text: string): string {
  const flat = toSingleLine(text);
  const longestRun = Math.max(0, ...(flat.match(/`+/gu) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
