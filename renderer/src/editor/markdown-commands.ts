import { EditorSelection, type ChangeSpec, type EditorState, type SelectionRange, type StateCommand } from '@codemirror/state';

/**
 * The formatting commands of the note editor (toolbar buttons and Mod-b / Mod-i / Mod-k /
 * Mod-Shift-8 / Mod-Shift-7). They work on every selection range, are one undo step each, and
 * toggle: bold on bold text takes the bold away.
 */

/** `**…**` around the selection (or a word-less pair with the cursor inside). */
export const toggleBold: StateCommand = (target) => toggleWrap(target, '**');

/** `*…*` around the selection. */
export const toggleItalic: StateCommand = (target) => toggleWrap(target, '*');

/**
 * A link: the selected text becomes the link text with the address selected for typing; a
 * selected address becomes the address with the text to type; nothing selected inserts both.
 */
export const insertLink: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  const transaction = state.changeByRange((range) => {
    const selected = state.sliceDoc(range.from, range.to);
    if (/^(?:https:\/\/|mailto:)\S+$/iu.test(selected.trim())) {
      const insert = `[link text](${selected.trim()})`;
      return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.range(range.from + 1, range.from + 10) };
    }
    const text = selected === '' ? 'link text' : selected;
    const insert = `[${text}](https://)`;
    const addressStart = range.from + text.length + 3;
    return {
      changes: { from: range.from, to: range.to, insert },
      range: selected === '' ? EditorSelection.range(range.from + 1, range.from + 1 + text.length) : EditorSelection.range(addressStart, addressStart + 8),
    };
  });
  dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input.format' }));
  return true;
};

/** "- " in front of every selected line, or off again when they all have a bullet. */
export const toggleBulletList: StateCommand = (target) => toggleLinePrefix(target, /^(\s*)[-*+] (?!\[[ xX]\] )/u, () => '- ');

/** "1. ", "2. "… in front of every selected line, or off again when they are all numbered. */
export const toggleNumberedList: StateCommand = (target) => toggleLinePrefix(target, /^(\s*)\d{1,9}[.)] /u, (index) => `${index + 1}. `);

function toggleWrap({ state, dispatch }: { state: EditorState; dispatch: (tr: ReturnType<EditorState['update']>) => void }, marker: string): boolean {
  if (state.readOnly) return false;
  const size = marker.length;
  const transaction = state.changeByRange((range) => {
    const before = state.sliceDoc(range.from - size, range.from);
    const after = state.sliceDoc(range.to, range.to + size);
    const selected = state.sliceDoc(range.from, range.to);
    if (before === marker && after === marker && isWrappedBy(state, range, marker)) {
      // *text* selected inside its markers: unwrap.
      return {
        changes: [
          { from: range.from - size, to: range.from },
          { from: range.to, to: range.to + size },
        ],
        range: EditorSelection.range(range.from - size, range.to - size),
      };
    }
    if (selected.length >= 2 * size + 1 && selected.startsWith(marker) && selected.endsWith(marker) && markerRun(selected, 0) === size) {
      // The markers were selected with the text: unwrap too.
      return {
        changes: { from: range.from, to: range.to, insert: selected.slice(size, -size) },
        range: EditorSelection.range(range.from, range.to - 2 * size),
      };
    }
    // A selection with spaces at its ends keeps them outside the markers ("**word** ", not "**word **").
    const lead = selected.length - selected.trimStart().length;
    const trail = selected.trimEnd() === '' ? 0 : selected.length - selected.trimEnd().length;
    const from = range.from + lead;
    const to = range.to - trail;
    const changes: ChangeSpec[] = [
      { from, insert: marker },
      { from: to, insert: marker },
    ];
    return { changes, range: EditorSelection.range(from + size, to + size) };
  });
  dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input.format' }));
  return true;
}

/** `*` around text that is itself inside `**`: italic is wrapped only when the run of stars is odd. */
function isWrappedBy(state: EditorState, range: SelectionRange, marker: string): boolean {
  if (marker !== '*') return true;
  const line = state.doc.lineAt(range.from);
  const text = line.text;
  let stars = 0;
  for (let i = range.from - line.from - 1; i >= 0 && text[i] === '*'; i--) stars++;
  return stars % 2 === 1;
}

function markerRun(text: string, at: number): number {
  let count = 0;
  while (text[at + count] === '*') count++;
  return count;
}

const ANY_LIST_MARKER = /^(\s*)(?:[-*+]|\d{1,9}[.)]) (?!\[[ xX]\] )/u;

function toggleLinePrefix(
  { state, dispatch }: { state: EditorState; dispatch: (tr: ReturnType<EditorState['update']>) => void },
  existing: RegExp,
  prefix: (index: number) => string,
): boolean {
  if (state.readOnly) return false;
  const lines = new Map<number, { from: number; text: string }>();
  for (const range of state.selection.ranges) {
    const last = state.doc.lineAt(range.to).number;
    for (let number = state.doc.lineAt(range.from).number; number <= last; number++) {
      const line = state.doc.line(number);
      lines.set(number, { from: line.from, text: line.text });
    }
  }
  const chosen = [...lines.values()];
  const withText = chosen.filter((line) => line.text.trim() !== '');
  const targets = withText.length > 0 ? withText : chosen;
  const allPrefixed = withText.length > 0 && withText.every((line) => existing.test(line.text));
  const changes: ChangeSpec[] = targets.map((line, index) => {
    const match = existing.exec(line.text);
    if (allPrefixed && match) return { from: line.from + match[1]!.length, to: line.from + match[0].length };
    // A line of the other kind of list changes kind rather than getting two markers.
    const marker = match ?? ANY_LIST_MARKER.exec(line.text);
    if (marker) return { from: line.from + marker[1]!.length, to: line.from + marker[0].length, insert: prefix(index) };
    const indent = /^\s*/u.exec(line.text)![0].length;
    return { from: line.from + indent, insert: prefix(index) };
  });
  dispatch(state.update({ changes, scrollIntoView: true, userEvent: 'input.format' }));
  return true;
}
