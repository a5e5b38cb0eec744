import { memo, useMemo, type RefObject } from 'react';
import type { StateCommand } from '@codemirror/state';
import { SHORTCUTS } from './editor-extensions';
import { insertLink, toggleBold, toggleBulletList, toggleItalic, toggleNumberedList } from './markdown-commands';
import type { MarkdownEditorHandle } from './MarkdownEditor';
import { findPlaceholders, selectNextPlaceholder } from './placeholders';
import type { SaveState } from './autosaver';
import { SaveIndicator } from './SaveIndicator';
import { ariaKeys, keyLabel } from '../lib/platform-keys';

const TOOLS: { label: string; key: string; command: StateCommand; icon: string }[] = [
  { label: 'Bold', key: SHORTCUTS.bold, command: toggleBold, icon: 'M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z' },
  { label: 'Italic', key: SHORTCUTS.italic, command: toggleItalic, icon: 'M10 5h8M6 19h8M14 5l-4 14' },
  { label: 'Link', key: SHORTCUTS.link, command: insertLink, icon: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1' },
  { label: 'Bulleted list', key: SHORTCUTS.bulletList, command: toggleBulletList, icon: 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01' },
  { label: 'Numbered list', key: SHORTCUTS.numberedList, command: toggleNumberedList, icon: 'M10 6h10M10 12h10M10 18h10M4 5l1.5-1v5M3.8 14.2a1.4 1.4 0 0 1 2.6.6c0 .9-2.6 2.2-2.6 3.2h2.8' },
];

interface Props {
  editor: RefObject<MarkdownEditorHandle | null>;
  readOnly: boolean;
  /** Deferred, to count what is left to fill in. */
  body: string;
  saveState: SaveState;
  savedAt: string | null;
  isNew: boolean;
  onRetry(): void;
}

/** Formatting buttons (each with its shortcut), "next placeholder", and whether the note is saved. */
export const EditorToolbar = memo(function EditorToolbar({ editor, readOnly, body, saveState, savedAt, isNew, onRetry }: Props) {
  const placeholders = useMemo(() => findPlaceholders(body).length, [body]);
  return (
    <div className="editor-toolbar">
      {!readOnly && (
        <div className="editor-tools" role="toolbar" aria-label="Formatting">
          {TOOLS.map((tool) => (
            <button
              key={tool.label}
              type="button"
              className="tool-button"
              title={`${tool.label} (${keyLabel(tool.key)})`}
              aria-label={tool.label}
              aria-keyshortcuts={ariaKeys(tool.key)}
              // Keep the focus (and the selection) in the text while clicking.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => editor.current?.run(tool.command)}
            >
              <svg className="icon" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
                <path d={tool.icon} />
              </svg>
            </button>
          ))}
          {placeholders > 0 && (
            <button
              type="button"
              className="placeholder-jump"
              title={`Select the next placeholder (${SHORTCUTS.nextPlaceholder})`}
              aria-keyshortcuts={SHORTCUTS.nextPlaceholder}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => editor.current?.run(selectNextPlaceholder)}
            >
              {placeholders === 1 ? '1 placeholder to fill' : `${placeholders} placeholders to fill`}
              <kbd>{SHORTCUTS.nextPlaceholder}</kbd>
            </button>
          )}
        </div>
      )}
      {!readOnly && <SaveIndicator state={saveState} savedAt={savedAt} isNew={isNew} onRetry={onRetry} />}
      {readOnly && <p className="save-indicator muted">Markdown source · read only</p>}
    </div>
  );
});
