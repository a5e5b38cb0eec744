import { EditorSelection, EditorState, type StateCommand } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { noteEditorExtensions } from './editor-extensions';

export interface EditorSelectionValue {
  anchor: number;
  head: number;
}

/** What the screen around the editor can do to it (toolbar, coach suggestions, templates). */
export interface MarkdownEditorHandle {
  /** Runs a formatting command and gives the focus back to the text. */
  run(command: StateCommand): void;
  /**
   * Inserts a sentence: at the cursor once the writer has put it somewhere; before the sign-off
   * ("Warm regards,") of a note they have not clicked into yet, where such a sentence belongs.
   */
  insertSuggestion(text: string): void;
  /** Replaces the greeting line (the first line, when it greets) or puts one at the top. */
  setGreeting(greeting: string): void;
  /** Replaces the whole text as one undoable step. */
  replaceAll(text: string): void;
  focus(): void;
}

interface Props {
  ref?: Ref<MarkdownEditorHandle>;
  initialText: string;
  initialSelection?: EditorSelectionValue | undefined;
  readOnly: boolean;
  /** Puts the cursor in the text when the note opens, ready to type (at the remembered place). */
  autoFocus?: boolean;
  label: string;
  onChange(text: string): void;
  onSelectionChange?(selection: EditorSelectionValue): void;
  onBlur?(): void;
}

/**
 * CodeMirror 6 in a shadow root. CodeMirror writes its styles at run time; into a document it
 * would add a `<style>` element, which our CSP (`style-src 'self'`, no 'unsafe-inline') refuses,
 * leaving the editor unstyled. Inside a shadow root it uses a constructable stylesheet
 * (`adoptedStyleSheets`), which the CSP does not govern, so the policy stays strict.
 *
 * The text is owned by CodeMirror: `initialText` is read once; later changes go through the handle.
 */
export function MarkdownEditor({ ref, initialText, initialSelection, readOnly, autoFocus = false, label, onChange, onSelectionChange, onBlur }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  // The latest callbacks, so the editor is created once and never sees stale ones.
  const callbacks = useRef({ onChange, onSelectionChange, onBlur });
  useEffect(() => {
    callbacks.current = { onChange, onSelectionChange, onBlur };
  });

  const initial = useRef({ initialText, initialSelection, readOnly, label, autoFocus });
  // Whether the writer has placed the cursor (clicked, typed, or it was restored): suggestions go there.
  const cursorPlaced = useRef(initialSelection !== undefined);
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const { initialText: text, initialSelection: selection, readOnly: locked, label: name, autoFocus: focus } = initial.current;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const state = EditorState.create({
      doc: text,
      selection: selection ? clampSelection(selection, text.length) : undefined,
      extensions: noteEditorExtensions({
        readOnly: locked,
        label: name,
        onChange: (value) => callbacks.current.onChange(value),
        onSelectionChange: (value, byUser) => {
          if (byUser) cursorPlaced.current = true;
          callbacks.current.onSelectionChange?.(value);
        },
      }),
    });
    const view = new EditorView({ state, parent: root, root });
    const blur = () => callbacks.current.onBlur?.();
    view.contentDOM.addEventListener('blur', blur);
    viewRef.current = view;
    if (selection) view.dispatch({ effects: EditorView.scrollIntoView(view.state.selection.main.head, { y: 'center' }) });
    if (focus) view.focus();
    return () => {
      view.contentDOM.removeEventListener('blur', blur);
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useImperativeHandle(
    ref,
    (): MarkdownEditorHandle => ({
      run(command) {
        const view = viewRef.current;
        if (!view) return;
        command(view);
        view.focus();
      },
      insertSuggestion(text) {
        const view = viewRef.current;
        if (!view || view.state.readOnly) return;
        if (!cursorPlaced.current) {
          const at = beforeSignOff(view.state.doc.toString());
          view.dispatch({
            changes: { from: at.offset, insert: at.insert(text) },
            selection: EditorSelection.cursor(at.offset + at.insert(text).trimEnd().length),
            scrollIntoView: true,
            userEvent: 'input.suggestion',
          });
          view.focus();
          return;
        }
        const { from, to } = view.state.selection.main;
        const before = view.state.sliceDoc(Math.max(0, from - 1), from);
        const after = view.state.sliceDoc(to, to + 1);
        const insert = `${before !== '' && !/\s/u.test(before) ? ' ' : ''}${text}${after !== '' && !/\s/u.test(after) ? ' ' : ''}`;
        view.dispatch({
          changes: { from, to, insert },
          selection: EditorSelection.cursor(from + insert.length),
          scrollIntoView: true,
          userEvent: 'input.suggestion',
        });
        view.focus();
      },
      setGreeting(greeting) {
        const view = viewRef.current;
        if (!view || view.state.readOnly) return;
        const doc = view.state.doc;
        let first = doc.line(1);
        while (first.number < doc.lines && first.text.trim() === '') first = doc.line(first.number + 1);
        const replace = isGreetingLine(first.text.trim());
        const changes = replace ? { from: first.from, to: first.to, insert: greeting } : { from: 0, insert: `${greeting}\n\n` };
        view.dispatch({
          changes,
          selection: EditorSelection.cursor((replace ? first.from : 0) + greeting.length),
          scrollIntoView: true,
          userEvent: 'input.suggestion',
        });
        view.focus();
      },
      replaceAll(text) {
        const view = viewRef.current;
        if (!view) return;
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(0), userEvent: 'input.template' });
      },
      focus() {
        viewRef.current?.focus();
      },
    }),
    [],
  );

  return <div ref={hostRef} className="note-editor-host" data-testid="note-editor" />;
}

/**
 * A first line that is a salutation ("Dear Sir or Madam,", "Hi {{person.addressAs}},", "To whom it
 * may concern:"), which a greeting suggestion replaces rather than stacking a second one on top.
 */
function isGreetingLine(line: string): boolean {
  if (line.length > 60 || !/^(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)|to whom)\b/iu.test(line)) return false;
  // "Hi Priya," or "Dear Dr. Okafor" — but not "Hi Priya. Thanks again for…", a sentence to keep.
  return /[,:!—–-]$/u.test(line) || !/[.?!]\s/u.test(line);
}

const SIGN_OFF = /^(?:best|warm|kind|many thanks|thanks|thank you(?: again)?|sincerely|regards|cheers|with (?:gratitude|thanks)|all the best|yours|gratefully)\b[^\n]{0,30}[,!.]?$/iu;

/** Where a suggested sentence goes in a note nobody has clicked into: its own paragraph before the sign-off, else at the end. */
function beforeSignOff(text: string): { offset: number; insert(sentence: string): string } {
  const lines = text.split('\n');
  let offset = text.length;
  let position = 0;
  for (const line of lines) {
    if (SIGN_OFF.test(line.trim())) offset = position;
    position += line.length + 1;
  }
  if (offset < text.length) return { offset, insert: (sentence) => `${sentence}\n\n` };
  const trimmed = text.replace(/\s+$/u, '');
  return { offset: trimmed.length, insert: (sentence) => (trimmed === '' ? sentence : `\n\n${sentence}`) };
}

function clampSelection({ anchor, head }: EditorSelectionValue, length: number): EditorSelection {
  const clamp = (n: number) => Math.max(0, Math.min(length, Number.isFinite(n) ? n : 0));
  return EditorSelection.single(clamp(anchor), clamp(head));
}
