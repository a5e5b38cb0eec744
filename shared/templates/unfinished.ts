import { mergeFieldPattern } from './merge-fields';
import { findPrompts } from './prompts';

/**
 * What a template left for the writer and a note must not carry out of the app: `{{merge fields}}`
 * (known or not: either way the reader would see the braces) and `[prompts]`. Each once, in the
 * order they appear. Markdown links, images and escaped brackets are not prompts (see findPrompts).
 */
export function findUnfinished(text: string): string[] {
  const found = new Set([...[...text.matchAll(mergeFieldPattern())].map((match) => match[0]), ...findPrompts(text)]);
  return [...found].sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

/** "[One sentence on what you would bring…]": long prompts cut at a word, the bracket kept. */
function shown(part: string, max = 44): string {
  if (part.length <= max) return part;
  const closing = part.endsWith(']') ? ']' : part.endsWith('}}') ? '}}' : '';
  return `${part.slice(0, max - 4).replace(/\s+\S*$/u, '')}…${closing}`;
}

function listed(parts: readonly string[]): string {
  const names = parts.slice(0, 3).map((part) => `“${shown(part)}”`);
  if (parts.length > 3) return `${names.join(', ')} and ${parts.length - 3} more`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Why a note with parts left to fill in cannot be handed to the mail app, naming them. */
export function unfinishedMessage(field: 'body' | 'subject', parts: readonly string[]): string {
  if (field === 'subject') return `The subject still has ${listed(parts)} to fill in. Write it in before the note goes out.`;
  const them = parts.length === 1 ? 'it' : 'each';
  return `The note still has ${listed(parts)} to fill in. Replace ${parts.length === 1 ? 'it' : 'them'} with your own words before it goes out (F8 goes to ${them}).`;
}
