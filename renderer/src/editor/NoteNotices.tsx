import { useState } from 'react';
import { CHANNEL_LABELS, type ThankYouDetail } from '../../../shared';
import { absolute, clock } from '../lib/time-text';
import { Icon } from '../ui/Icon';
import { useToast } from '../ui/toast';
import { clearUnsavedCopy, readUnsavedCopy } from './local-copy';

/** A sent note is history: shown as it was sent, not editable; its text can start another note. */
export function SentNotice({ detail, onDuplicate }: { detail: ThankYouDetail; onDuplicate(): void }) {
  return (
    <div className="editor-notice info" role="note">
      <Icon name="check" />
      <p>
        Sent{detail.sentAt ? ` ${absolute(detail.sentAt)}` : ''}
        {detail.channel ? ` by ${CHANNEL_LABELS[detail.channel].toLowerCase()}` : ''}. This is the note as it was sent, so it can’t be
        changed. To write another like it, duplicate it as a new draft.
      </p>
      <button type="button" className="button compact" onClick={onDuplicate}>
        Duplicate as new draft
      </button>
    </div>
  );
}

/**
 * Text typed into this note that never reached the database before it was sent (e.g. it was
 * marked sent in another window mid-sentence). Never thrown away silently: it can be copied.
 */
export function LeftoverNotice({ id, sentBody }: { id: number; sentBody: string }) {
  const toast = useToast();
  const [copy, setCopy] = useState(() => {
    const found = readUnsavedCopy(id);
    return found && found.body !== sentBody ? found : null;
  });
  if (!copy) return null;
  const discard = () => {
    clearUnsavedCopy(id);
    setCopy(null);
  };
  return (
    <div className="editor-notice warn" role="note">
      <Icon name="alert" />
      <p>Some text you typed into this note was not saved before it was marked sent.</p>
      <button
        type="button"
        className="button compact"
        onClick={() =>
          void navigator.clipboard.writeText(copy.body).then(
            () => toast({ message: 'Copied the unsaved text.' }),
            () => toast({ message: 'The text could not be copied.', tone: 'error' }),
          )
        }
      >
        Copy unsaved text
      </button>
      <button type="button" className="button compact subtle" onClick={discard}>
        Discard
      </button>
    </div>
  );
}

/** Shown when the note opened with text that had not been saved (it is being saved now). */
export function RestoredNotice({ writtenAt, onDismiss }: { writtenAt: number; onDismiss(): void }) {
  return (
    <div className="editor-notice info" role="status">
      <Icon name="clock" />
      <p>Brought back what you typed at {clock(new Date(writtenAt))}, which had not been saved yet.</p>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
