import { memo, useMemo, type MouseEvent } from 'react';
import { isAllowedExternalUrl } from '../../../shared';
import { renderMarkdown } from './render-markdown';

interface Props {
  /** Deferred: the preview renders after typing, never in its way. */
  markdown: string;
  subject: string;
}

/**
 * The note as the recipient will read it. The HTML comes only from renderMarkdown (marked, then
 * DOMPurify), so nothing in it can run, fetch or restyle the app.
 */
export const NotePreview = memo(function NotePreview({ markdown, subject }: Props) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  return (
    <div className="note-preview">
      <p className="note-preview-subject">
        <span className="muted">Subject: </span>
        {subject.trim() ? <bdi>{subject}</bdi> : <span className="muted">(none)</span>}
      </p>
      {markdown.trim() === '' ? (
        <p className="muted note-preview-empty">Nothing written yet.</p>
      ) : (
        // Sanitized by renderMarkdown (see its tests); React never parses note text as markup otherwise.
        <div className="note-preview-body" dir="auto" onClick={keepLinksOutside} onAuxClick={keepLinksOutside} dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </div>
  );
});

/**
 * The app's window never navigates. A link the sanitizer kept (https: or mailto:, target=_blank)
 * opens the normal way, which Electron hands to the system browser or mail client; anything else
 * is stopped here as a second lock.
 */
function keepLinksOutside(event: MouseEvent<HTMLDivElement>) {
  const link = (event.target as Element).closest?.('a');
  if (!link) return;
  const href = link.getAttribute('href');
  if (!href || link.getAttribute('target') !== '_blank' || !isAllowedExternalUrl(href)) event.preventDefault();
}
