import '../ui/back-link.css';
import { useCallback, useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Icon } from '../ui/Icon';
import { editorOrigin, windowHistory, type EditorCameFrom, type EditorOrigin } from './editor-back';

const cameFromOf = (state: unknown): string | null => {
  const from = (state as Partial<EditorCameFrom> | null)?.editorFrom;
  return typeof from === 'string' ? from : null;
};

/**
 * Where the note leads back to (see `editorOrigin`) and the way there: back through the history
 * when the page is in it (its scroll and filters as they were), else opened anew.
 */
export function useEditorBack(): { origin: EditorOrigin; goBack(): void; cameFrom: EditorCameFrom } {
  const location = useLocation();
  const navigate = useNavigate();
  const cameFrom = cameFromOf(location.state);
  // Cheap (a few history entries), so worked out on each render: always the current entry's.
  const { path, label, delta } = editorOrigin(cameFrom, windowHistory());
  const origin = useMemo(() => ({ path, label, delta }), [path, label, delta]);
  const goBack = useCallback(() => void (delta !== null ? navigate(delta) : navigate(path)), [navigate, delta, path]);
  const forward = useMemo(() => ({ editorFrom: path }), [path]);
  return { origin, goBack, cameFrom: forward };
}

/** The editor's link back to where the note was opened from. */
export function EditorBackLink() {
  const { origin, goBack } = useEditorBack();
  return (
    <Link
      className="back-link"
      to={origin.path}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        goBack();
      }}
    >
      <Icon name="back" />
      {origin.label}
    </Link>
  );
}
