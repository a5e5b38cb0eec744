import { EditorSelection, EditorState, type StateCommand } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { TextEdit } from '../../../shared';
import { noteEditorExtensions } from './editor-extensions';

export interface EditorSelectionValue {
  anchor: number;
  head: number;
}

/** What the screen around the editor can do to it (toolbar, coach suggestions, templates). */
export interface MarkdownEditorHandle {
  /** Runs a formatting command and gives the focus back to the text. */
  run(command: StateCommand): void;
  /** Makes one undoable edit worked out from the current text (a coach suggestion in its place), shows it and gives the focus back. */
  applyEdit(editFor: (text: string) => TextEdit): void;
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
        onSelectionChange: (value) => callbacks.current.onSelectionChange?.(value),
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
      applyEdit(editFor) {
        const view = viewRef.current;
        if (!view || view.state.readOnly) return;
        const { from, to, insert, cursor } = editFor(view.state.doc.toString());
        view.dispatch({ changes: { from, to, insert }, selection: EditorSelection.cursor(cursor), scrollIntoView: true, userEvent: 'input.suggestion' });
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

function clampSelection({ anchor, head }: EditorSelectionValue, length: number): EditorSelection {
  const clamp = (n: number) => Math.max(0, Math.min(length, Number.isFinite(n) ? n : 0));
  return EditorSelection.single(clamp(anchor), clamp(head));
}
