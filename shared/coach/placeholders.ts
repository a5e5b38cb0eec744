/**
 * Text a template or the writer left to fill in: merge fields (`{{person.addressAs}}`, also half-typed
 * ones), square-bracket prompts (`[Company Name]`, `[One sentence on what you would bring]`), `<Name>`,
 * `{First name}`, `%NAME%`, `XXX`, `TBD`, `TODO`, "Lorem ipsum" and blanks (`____`). Runs on a line
 * whose Markdown links, images, escapes and code are already taken care of (see reader-text), so
 * `[text](url)`, `\[literal\]` and `` `{{code}}` `` are not flagged.
 */
const PLACEHOLDER = new RegExp(
  [
    String.raw`\{\{[^{}\n]{0,80}\}{0,2}`,
    String.raw`\{[\p{L}_][^{}\n]{0,60}\}`,
    String.raw`\[[^[\]\n]{1,200}\](?![([:])`,
    String.raw`<\p{L}[^<>\n@:/]{0,59}>`,
    String.raw`%[\p{L}_]{2,30}%`,
    String.raw`\b[Xx]{3,}\b`,
    String.raw`\b(?:TBD|tbd|Tbd|TODO|FIXME|TKTK)\b`,
    String.raw`\b[Ll]orem ipsum\b`,
    String.raw`_{3,}`,
  ].join('|'),
  'gu',
);

/** Stands where a placeholder was in the reader's text, so no check reads a prompt as the writer's words. */
export const PLACEHOLDER_MARK = '\u2063';

function isBracketPlaceholder(inner: string, references: ReadonlySet<string>): boolean {
  if (!/\p{L}/u.test(inner)) return false; // "[1]", "[ ]"
  const trimmed = inner.trim();
  if (trimmed.startsWith('^')) return false; // footnote reference
  if (/^(?:sic|x)$/iu.test(trimmed)) return false;
  return !references.has(trimmed.toLowerCase()); // a shortcut reference link `[text]` with a definition
}

/** Replaces each placeholder with PLACEHOLDER_MARK and adds it, as written, to `found`. */
export function maskPlaceholders(text: string, found: string[], references: ReadonlySet<string>): string {
  return text.replace(PLACEHOLDER, (match) => {
    if (match.startsWith('[') && !isBracketPlaceholder(match.slice(1, -1), references)) return match;
    found.push(match);
    return PLACEHOLDER_MARK;
  });
}
