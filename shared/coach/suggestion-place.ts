import { countWords } from './fold';
import { findClosing, splitGreeting } from './note-parts';
import { SIGNATURE_DELIMITER, toReaderText } from './reader-text';
import type { NoteCheckId } from './review-note';

/** One change to the Markdown text, and where the cursor goes after it (the end of what was put in). */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
  cursor: number;
}

/**
 * Where each check's one-click suggestion belongs in a note, whatever the cursor is doing: the
 * greeting replaces the greeting; what you talked about or felt follows the opening thanks; a next
 * step, an offer to help or the promised link is its own paragraph before the sign-off. Never inside
 * the greeting, never below the signature.
 */
const PLACE: Record<NoteCheckId, 'greeting' | 'after-opening' | 'before-sign-off'> = {
  'addressed-by-name': 'greeting',
  'discussion-point': 'after-opening',
  enthusiasm: 'after-opening',
  fit: 'after-opening',
  'next-step': 'before-sign-off',
  'offer-help': 'before-sign-off',
  'promised-follow-up': 'before-sign-off',
  length: 'before-sign-off',
  'not-generic': 'after-opening',
  'no-placeholders': 'before-sign-off',
  deadline: 'before-sign-off',
  'not-copied': 'before-sign-off',
  'no-repetition': 'before-sign-off',
  'right-person': 'greeting',
};

interface Layout {
  /** Each source line and the offset it starts at. */
  lines: { text: string; from: number }[];
  /** The line holding the greeting, and whether the greeting is all it holds. */
  greeting: { line: number; alone: boolean; text: string; rest: string } | null;
  /** The first line of the sign-off (closing line, "--" or a name alone at the end); -1 when there is none. */
  signOff: number;
  /** The opening paragraph's lines [from, to), the greeting line included when the text goes on after it. */
  opening: { from: number; to: number; block: boolean } | null;
}

function layoutOf(markdown: string): Layout {
  const lines: Layout['lines'] = [];
  let offset = 0;
  for (const text of markdown.split('\n')) {
    lines.push({ text, from: offset });
    offset += text.length + 1;
  }
  const reader = toReaderText(markdown).lines;
  const blank = (index: number) => (reader[index]?.text ?? '') === '';
  const first = reader.findIndex((line) => line.text !== '');
  if (first === -1) return { lines, greeting: null, signOff: -1, opening: null };

  const split = splitGreeting(reader[first]!.text);
  const greeting = split.greeting === null ? null : { line: first, alone: split.rest === '', text: reader[first]!.text, rest: split.rest };
  const delimiter = reader.findIndex((line, index) => index > first && line.text === SIGNATURE_DELIMITER);
  const end = delimiter === -1 ? reader.length : delimiter;
  const closing = findClosing(reader, first + 1, end);
  let signOff = closing !== -1 ? closing : delimiter;

  const bodyStart = greeting?.alone ? first + 1 : first;
  const paragraphs: { from: number; to: number; block: boolean }[] = [];
  for (let index = bodyStart; index < (signOff === -1 ? reader.length : signOff); index += 1) {
    if (blank(index)) continue;
    const from = index;
    // A paragraph runs to a blank line or a new block; a list runs on through its items.
    const list = reader[from]!.blockStart && !reader[from]!.heading;
    const goesOn = (next: number) => !blank(next) && (!reader[next]!.blockStart || (list && !reader[next]!.heading)) && (signOff === -1 || next < signOff);
    while (index + 1 < reader.length && goesOn(index + 1)) index += 1;
    paragraphs.push({ from, to: index + 1, block: reader[from]!.blockStart });
  }
  // No closing line, but the note ends with a name alone ("Jordan Rivera"): that is the signature.
  const last = paragraphs.at(-1);
  if (signOff === -1 && last && paragraphs.length > 1 && last.to - last.from <= 2) {
    const signature = reader.slice(last.from, last.to).every((line) => countWords(line.text) <= 4 && !/[.?!:;,]$/u.test(line.text) && /^\p{Lu}/u.test(line.text));
    if (signature) {
      signOff = last.from;
      paragraphs.pop();
    }
  }
  return { lines, greeting, signOff, opening: paragraphs[0] ?? null };
}

/** Its own paragraph just above the sign-off; at the end when there is no sign-off. */
function beforeSignOff(markdown: string, layout: Layout, sentence: string): TextEdit {
  if (layout.signOff !== -1) {
    const at = layout.lines[layout.signOff]!.from;
    const gap = layout.signOff > 0 && layout.lines[layout.signOff - 1]!.text.trim() !== '' ? '\n' : '';
    const insert = `${gap}${sentence}\n\n`;
    return { from: at, to: at, insert, cursor: at + gap.length + sentence.length };
  }
  const end = markdown.replace(/\s+$/u, '').length;
  const insert = end === 0 ? sentence : `\n\n${sentence}`;
  return { from: end, to: end, insert, cursor: end + insert.length };
}

/** At the end of the opening paragraph (a sentence more of thanks), or as a paragraph after a list or heading. */
function afterOpening(markdown: string, layout: Layout, sentence: string): TextEdit {
  const opening = layout.opening;
  if (!opening) return beforeSignOff(markdown, layout, sentence);
  const line = layout.lines[opening.to - 1]!;
  const at = line.from + line.text.replace(/\s+$/u, '').length;
  const insert = opening.block ? `\n\n${sentence}` : ` ${sentence}`;
  return { from: at, to: at, insert, cursor: at + insert.length };
}

/** Replaces the greeting (and only it, when the first line goes on), or opens the note with one. */
function replaceGreeting(layout: Layout, greeting: string): TextEdit {
  const found = layout.greeting;
  if (found) {
    const line = layout.lines[found.line]!;
    if (found.alone) return { from: line.from, to: line.from + line.text.length, insert: greeting, cursor: line.from + greeting.length };
    // "Hi Sam — thanks for…": the greeting's part of the line, when the line is plain text.
    if (line.text.trim() === found.text && found.text.endsWith(found.rest)) {
      const lead = line.text.length - line.text.trimStart().length;
      const to = line.from + lead + found.text.length - found.rest.length;
      return { from: line.from + lead, to, insert: `${greeting} `, cursor: line.from + lead + greeting.length };
    }
  }
  const start = layout.lines.findIndex((line) => line.text.trim() !== '');
  const at = start === -1 ? 0 : layout.lines[start]!.from;
  return { from: at, to: at, insert: start === -1 ? greeting : `${greeting}\n\n`, cursor: at + greeting.length };
}

/** The edit that puts a check's suggestion where it belongs in `markdown`. */
export function placeSuggestion(markdown: string, checkId: NoteCheckId, suggestion: string): TextEdit {
  const layout = layoutOf(markdown);
  switch (PLACE[checkId]) {
    case 'greeting':
      return replaceGreeting(layout, suggestion);
    case 'after-opening':
      return afterOpening(markdown, layout, suggestion);
    case 'before-sign-off':
      return beforeSignOff(markdown, layout, suggestion);
  }
}
