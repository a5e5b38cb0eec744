import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../api/client-context';
import type { AppError } from '../../../shared';
import { createAutosaver, type Autosaver, type SavedDraft, type SaveState, type StoredDraft } from './autosaver';
import { clearUnsavedCopy, writeUnsavedCopy, type DraftFields } from './local-copy';

interface Options {
  id: number;
  /** What the server had when the note was opened, and when it was saved. */
  saved: DraftFields;
  savedAt: string | null;
  revision: number;
  /** False for a sent note. */
  enabled: boolean;
  onSaved(saved: SavedDraft): void;
}

/**
 * The autosave of the open note (see autosaver.ts), tied to the screen: it saves what is waiting
 * when the editor is left (another route or note), and when the window is hidden or closed. Over
 * IPC that call reaches the main process even as the window goes; in browser mode a request cut
 * off by a closing tab is caught up from the unsaved copy the next time the note opens.
 */
export function useNoteAutosave({ id, saved, savedAt, revision, enabled, onSaved }: Options) {
  const client = useClient();
  const [state, setState] = useState<SaveState>({ phase: 'untouched' });
  const saver = useRef<Autosaver | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });
  const baseline = useRef({ saved, savedAt, revision });

  useEffect(() => {
    if (!enabled) return;
    const current = createAutosaver({
      id,
      saved: baseline.current.saved,
      savedAt: baseline.current.savedAt,
      revision: baseline.current.revision,
      save: (input) => client.call('thanks.saveDraft', input),
      keepCopy: (fields) => writeUnsavedCopy(id, fields),
      dropCopy: () => clearUnsavedCopy(id),
      onState: (next) => setState((previous) => (previous.phase === 'saving' && next.phase === 'saving' ? previous : next)),
      onSaved: (value) => {
        onSavedRef.current(value);
      },
    });
    saver.current = current;
    const flush = () => current.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') current.flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      current.flush();
      current.dispose();
      // What it confirms from now on is the new baseline of a saver made after this one.
      saver.current = null;
    };
  }, [client, id, enabled]);

  const change = useCallback((fields: DraftFields) => saver.current?.change(fields), []);
  const flush = useCallback(() => saver.current?.flush(), []);
  const savedElsewhere = useCallback((fields: DraftFields, at: string, revision: number) => saver.current?.savedElsewhere(fields, at, revision), []);
  const revisionNow = useCallback(() => saver.current?.revision() ?? baseline.current.revision, []);
  const conflictFound = useCallback((error: AppError) => saver.current?.conflictFound(error), []);
  const resolve = useCallback((stored: StoredDraft, keep: DraftFields) => saver.current?.resolve(stored, keep), []);
  return { state, change, flush, savedElsewhere, revision: revisionNow, conflictFound, resolve };
}
