import { Decoration, MatchDecorator, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';
import { EditorSelection, type StateCommand } from '@codemirror/state';
import { isMergeFieldName } from '../../../shared';

/**
 * What a template leaves for the writer and a draft must not keep: `{{field}}` merge fields that
 * had nothing to fill in, and `[prompt]`s (the sentence only the writer can write). The editor
 * marks them, and F8 / the toolbar jumps to the next one.
 *
 * The patterns are those of shared/templates (mergeFieldPattern and findPrompts); the unit test
 * holds them to the same answers.
 */
const FIELD = String.raw`\{\{[^{}\n]*\}\}`;
const PROMPT = String.raw`(?<![\\!\]])\[[^[\]\n]{2,}\](?![([:])`;
export const placeholderPattern = (): RegExp => new RegExp(`${FIELD}|${PROMPT}`, 'gu');

export interface PlaceholderRange {
  from: number;
  to: number;
  text: string;
  kind: 'field' | 'unknown-field' | 'prompt';
}

/** Every placeholder in a text, in order. */
export function findPlaceholders(text: string): PlaceholderRange[] {
  const found: PlaceholderRange[] = [];
  for (const match of text.matchAll(placeholderPattern())) {
    const kind = classify(match[0]);
    if (kind) found.push({ from: match.index, to: match.index + match[0].length, text: match[0], kind });
  }
  return found;
}

function classify(raw: string): PlaceholderRange['kind'] | null {
  if (raw.startsWith('{{')) return isMergeFieldName(raw.slice(2, -2).trim()) ? 'field' : 'unknown-field';
  return raw.slice(1, -1).trim() === '' ? null : 'prompt';
}

const MARKS = {
  field: Decoration.mark({ class: 'cm-unfilled cm-unfilled-field', attributes: { title: 'Nothing was recorded for this: write it in, or remove it.' } }),
  'unknown-field': Decoration.mark({ class: 'cm-unfilled cm-unfilled-field', attributes: { title: 'Not a merge field Thankful knows: write it in, or remove it.' } }),
  prompt: Decoration.mark({ class: 'cm-unfilled cm-unfilled-prompt', attributes: { title: 'A prompt for you: replace it with your own sentence.' } }),
} as const;

const decorator = new MatchDecorator({
  regexp: placeholderPattern(),
  decoration: (match) => {
    const kind = classify(match[0]);
    return kind ? MARKS[kind] : null;
  },
});

/** Marks the placeholders in the visible part of the note, kept current as it changes. */
export const placeholderHighlighter = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorator.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = decorator.updateDeco(update, this.decorations);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/** Selects the next placeholder after the cursor (wrapping to the first), so typing replaces it. */
export const selectNextPlaceholder: StateCommand = ({ state, dispatch }) => {
  const all = findPlaceholders(state.doc.toString());
  if (all.length === 0) return false;
  const head = state.selection.main.to;
  const next = all.find((p) => p.from >= head) ?? all[0]!;
  dispatch(state.update({ selection: EditorSelection.single(next.from, next.to), scrollIntoView: true, userEvent: 'select' }));
  return true;
};
