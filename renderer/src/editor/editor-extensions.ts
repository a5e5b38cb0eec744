import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightSpecialChars, keymap, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { insertLink, toggleBold, toggleBulletList, toggleItalic, toggleNumberedList } from './markdown-commands';
import { placeholderHighlighter, selectNextPlaceholder } from './placeholders';

/** The shortcuts, as the toolbar's tooltips and aria-keyshortcuts spell them. */
export const SHORTCUTS = {
  bold: 'Mod-b',
  italic: 'Mod-i',
  link: 'Mod-k',
  bulletList: 'Mod-Shift-8',
  numberedList: 'Mod-Shift-7',
  nextPlaceholder: 'F8',
} as const;

interface Options {
  readOnly: boolean;
  label: string;
  /** Called with the whole text after every change. */
  onChange(text: string): void;
  onSelectionChange(selection: { anchor: number; head: number }): void;
}

/**
 * The note editor: Markdown with its syntax shown, undo history, the browser's spell-checker,
 * wrapped lines (each line's direction follows its own text, for Hebrew or Arabic), formatting
 * shortcuts and marked placeholders. No autocompletion, no line numbers: it is a letter.
 */
export function noteEditorExtensions({ readOnly, label, onChange, onSelectionChange }: Options): Extension[] {
  return [
    history(),
    drawSelection(),
    // Its keymap continues lists on Enter and removes list markup on Backspace.
    markdown({ completeHTMLTags: false }),
    syntaxHighlighting(noteHighlight),
    placeholderHighlighter,
    // Control characters (pasted from another program) are invisible, and a note holding one
    // cannot be saved: show each as a red dot to find and delete. Only those: direction marks
    // and non-breaking spaces in right-to-left or typeset text are meant.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    highlightSpecialChars({ specialChars: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu }),
    EditorView.lineWrapping,
    EditorView.perLineTextDirection.of(true),
    EditorView.contentAttributes.of({
      spellcheck: 'true',
      autocorrect: 'on',
      autocapitalize: 'sentences',
      'aria-label': label,
      'aria-multiline': 'true',
      // The text scrolls inside .cm-scroller; axe (and a keyboard user reading a sent, read-only
      // note) needs something focusable in it, and a contenteditable alone does not count.
      tabindex: '0',
    }),
    EditorState.readOnly.of(readOnly),
    EditorView.editable.of(!readOnly),
    placeholder(readOnly ? '' : 'Write your note…'),
    keymap.of([
      { key: SHORTCUTS.bold, run: toggleBold, preventDefault: true },
      { key: SHORTCUTS.italic, run: toggleItalic, preventDefault: true },
      { key: SHORTCUTS.link, run: insertLink, preventDefault: true },
      { key: SHORTCUTS.bulletList, run: toggleBulletList, preventDefault: true },
      { key: SHORTCUTS.numberedList, run: toggleNumberedList, preventDefault: true },
      { key: SHORTCUTS.nextPlaceholder, run: selectNextPlaceholder, preventDefault: true },
      ...historyKeymap,
      // Ctrl+L stays the app's "Log an occasion"; Tab leaves the editor, as in any form field.
      ...defaultKeymap.filter((binding) => binding.key !== 'Mod-l'),
    ]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
      if (update.selectionSet || update.docChanged) {
        const { anchor, head } = update.state.selection.main;
        onSelectionChange({ anchor, head });
      }
    }),
    noteTheme,
  ];
}

/**
 * The editor lives in a shadow root (see MarkdownEditor), so its styles are constructable
 * stylesheets that the CSP allows; the app's colours arrive through CSS custom properties, which
 * cross the shadow boundary, so light and dark follow the rest of the app.
 */
const noteTheme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--text)',
    backgroundColor: 'var(--surface)',
    fontSize: '1rem',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': {
    fontFamily: 'inherit',
    lineHeight: '1.6',
    overflow: 'auto',
  },
  '.cm-content': {
    padding: '14px 18px 40px',
    caretColor: 'var(--text)',
    maxWidth: '72ch',
  },
  '.cm-line': { padding: '0' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)', borderLeftWidth: '2px' },
  '.cm-selectionBackground': { backgroundColor: 'var(--selection, rgb(31 111 235 / 0.18)) !important' },
  '&.cm-focused .cm-selectionBackground': { backgroundColor: 'var(--selection-focused, rgb(31 111 235 / 0.28)) !important' },
  '.cm-unfilled': {
    borderRadius: '4px',
    padding: '1px 2px',
    boxDecorationBreak: 'clone',
    WebkitBoxDecorationBreak: 'clone',
  },
  '.cm-unfilled-field': {
    backgroundColor: 'var(--ty-amber-soft)',
    color: 'var(--ty-amber)',
    outline: '1px dashed var(--ty-amber)',
    outlineOffset: '-1px',
  },
  '.cm-unfilled-prompt': {
    backgroundColor: 'var(--ty-amber-soft)',
    color: 'var(--ty-amber)',
    fontStyle: 'italic',
    textDecoration: 'underline wavy var(--ty-amber)',
    textUnderlineOffset: '3px',
  },
  // The "Write your note…" hint of an empty note.
  '.cm-placeholder': { color: 'var(--muted)' },
});

const noteHighlight = HighlightStyle.define([
  { tag: tags.heading1, fontSize: '1.3em', fontWeight: '650' },
  { tag: tags.heading2, fontSize: '1.15em', fontWeight: '650' },
  { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: '650' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: tags.link, color: 'var(--accent-strong)' },
  { tag: tags.url, color: 'var(--accent-strong)', textDecoration: 'underline', textUnderlineOffset: '2px' },
  { tag: tags.monospace, fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace", fontSize: '0.92em' },
  { tag: tags.quote, color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.processingInstruction, tags.contentSeparator, tags.labelName], color: 'var(--muted)' },
  { tag: tags.list, color: 'var(--text)' },
  { tag: tags.meta, color: 'var(--muted)' },
]);
