/**
 * Sections: text a template keeps only when a field has something in it (Mustache's syntax).
 *
 *   {{#promisedFollowUps}}As promised, here is what I mentioned: {{promisedFollowUps}}{{/promisedFollowUps}}
 *   about the role{{#opportunity.company}} at {{opportunity.company}}{{/opportunity.company}}
 *   {{^discussionPoint}}[Something from the conversation that stayed with you]{{/discussionPoint}}
 *
 * `{{#field}}…{{/field}}` is kept when the field has a value and left out when it has none;
 * `{{^field}}…{{/field}}` is the opposite. A section may hold a few words, a sentence or whole
 * paragraphs, and sections may nest. A tag alone on its line takes its line with it, and a section
 * left out takes the blank line or the space before it along, so no empty paragraph or double
 * space is left behind. A tag that is never closed (or closes nothing) stays in the text as written.
 */

export type SectionSigil = '#' | '^' | '/';

interface Tag {
  sigil: SectionSigil;
  name: string;
  raw: string;
  /** The span the tag takes out of the text: the tag itself, or its whole line when it stands alone. */
  start: number;
  end: number;
}

/** `{{#name}}`, `{{^name}}`, `{{/name}}` (spaces inside the braces are fine). */
const TAG = /\{\{\s*([#^/])([^{}\n]*)\}\}/gu;

function findTags(text: string): Tag[] {
  return [...text.matchAll(TAG)].map((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const newline = text.indexOf('\n', end);
    const lineEnd = newline === -1 ? text.length : newline;
    const alone = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
    return {
      sigil: match[1] as SectionSigil,
      name: match[2]!.trim(),
      raw: match[0],
      start: alone ? lineStart : start,
      end: alone ? Math.min(lineEnd + 1, text.length) : end,
    };
  });
}

interface Section {
  open: Tag;
  close: Tag;
}

/** Sections paired up; tags that pair with nothing (problems). */
function pairTags(tags: readonly Tag[]): { sections: Section[]; unpaired: Tag[] } {
  const sections: Section[] = [];
  const unpaired: Tag[] = [];
  const open: Tag[] = [];
  for (const tag of tags) {
    if (tag.sigil !== '/') {
      open.push(tag);
      continue;
    }
    const at = open.map((t) => t.name).lastIndexOf(tag.name);
    if (at === -1) {
      unpaired.push(tag);
      continue;
    }
    unpaired.push(...open.splice(at + 1));
    sections.push({ open: open.pop()!, close: tag });
  }
  unpaired.push(...open);
  return { sections, unpaired };
}

/** What is wrong with a template's sections, as sentences for the template editor (empty when nothing). */
export function findSectionProblems(text: string): string[] {
  return pairTags(findTags(text))
    .unpaired.sort((a, b) => a.start - b.start)
    .map((tag) =>
      tag.sigil === '/'
        ? `${tag.raw} closes a section that was not opened.`
        : `${tag.raw} is never closed: end the section with {{/${tag.name}}}.`,
    );
}

/** Marks where a section was left out until the whitespace around it is tidied (a private-use character). */
const GAP = '\uE000';

type Node = string | { open: Tag; children: Node[] };

/**
 * The text with its sections resolved: kept ones without their tags, the others left out.
 * `hasValue` says whether a field has something in it; `known` whether it is a merge field at all
 * (a section on an unknown name is left exactly as written, for the user to see and fix).
 */
export function resolveSections(text: string, hasValue: (name: string) => boolean, known: (name: string) => boolean): string {
  if (!text.includes('{{')) return text;
  const usable = new Set(
    pairTags(findTags(text))
      .sections.filter((section) => known(section.open.name))
      .flatMap((section) => [section.open, section.close]),
  );
  if (usable.size === 0) return text;
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let at = 0;
  for (const tag of [...usable].sort((a, b) => a.start - b.start)) {
    stack.at(-1)!.push(text.slice(at, tag.start));
    if (tag.sigil === '/') {
      stack.pop();
    } else {
      const section = { open: tag, children: [] };
      stack.at(-1)!.push(section);
      stack.push(section.children);
    }
    at = tag.end;
  }
  root.push(text.slice(at));
  const render = (nodes: readonly Node[]): string =>
    nodes
      .map((node) => {
        if (typeof node === 'string') return node;
        const keep = hasValue(node.open.name) === (node.open.sigil === '#');
        return keep ? render(node.children) : GAP;
      })
      .join('');
  return tidyGaps(render(root));
}

/**
 * Where a section was left out: at the start or the end of the text, nothing is left; between
 * paragraphs or lines, one paragraph break or line break (whichever was there); mid-line, one
 * space when there was space on both sides ("one. {{#x}}two.{{/x}} three." → "one. three."),
 * none before punctuation ("about {{#x}}{{x}}{{/x}}." → "about.").
 */
function tidyGaps(text: string): string {
  return text.replace(/([ \t\n]*)\uE000(?:[ \t\n]*\uE000)*([ \t\n]*)/gu, (gap, before: string, after: string, offset: number, whole: string) => {
    const atStart = offset === 0;
    const atEnd = offset + gap.length === whole.length;
    const breaksBefore = count(before, '\n');
    const breaksAfter = count(after, '\n');
    const indent = breaksAfter > 0 ? after.slice(after.lastIndexOf('\n') + 1) : '';
    if (atStart) return breaksAfter > 0 ? indent : '';
    if (atEnd) return breaksBefore + breaksAfter > 0 ? '\n' : '';
    if (breaksBefore + breaksAfter > 0) return `${'\n'.repeat(Math.min(2, Math.max(breaksBefore, breaksAfter)))}${indent}`;
    if (/^[.,;:!?)]/u.test(whole.slice(offset + gap.length))) return '';
    return before !== '' && after !== '' ? before : before + after;
  });
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
