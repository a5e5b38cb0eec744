import { useEffect } from 'react';
import { isOverlayOpen } from '../ui/overlay-open';
import { useEditorBack } from './EditorBackLink';

/**
 * Escape leaves the note for where it was opened from (as its back link does), after handing
 * what was typed to the autosave. Not while a dialog or menu is open (Escape closes that), and not
 * when something in the page used the key first: CodeMirror prevents its default when Escape
 * means something there (collapsing a selection, dropping extra cursors), and the Send menu when
 * it closes. Listening on the document, after React's and CodeMirror's own handlers, sees that.
 */
export function useEscapeLeaves(flush: () => void): void {
  const { goBack } = useEditorBack();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || isOverlayOpen()) return;
      event.preventDefault();
      flush();
      goBack();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [flush, goBack]);
}
