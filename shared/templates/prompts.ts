/**
 * Prompts a template leaves for the writer, in square brackets: "[One sentence on what you would
 * bring to the team]". They are deliberate: the part of a good note only the user can write. The
 * coach flags any still in a draft.
 *
 * A bracket is a prompt when it is not Markdown: not an escaped `\[`, not an image `![`, not a link
 * `[text](url)` or `[text][ref]`, not a reference definition `[ref]: url`, not a task box `[ ]`.
 */
const PROMPT = /(?<![\\!\]])\[([^[\]\n]{2,})\](?![([:])/gu;

/** The prompts in a text, brackets included, each once, in order. */
export function findPrompts(text: string): string[] {
  return [...new Set([...text.matchAll(PROMPT)].filter((match) => match[1]!.trim() !== '').map((match) => match[0]))];
}
