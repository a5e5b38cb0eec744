import type { NoteCheck } from '../../../shared';
import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';
import { CHECK_LABELS } from './check-labels';

interface Props {
  personName: string;
  concerns: NoteCheck[];
  onKeepEditing(): void;
  onSendAnyway(): void;
}

/** Before a note the coach finds generic, copied or addressed to someone else goes to the mail app. */
export function SendAnywayDialog({ personName, concerns, onKeepEditing, onSendAnyway }: Props) {
  return (
    <Dialog open title="Send it anyway?" onClose={onKeepEditing}>
      <p>
        Before this note goes to <bdi>{personName}</bdi>, the coach found:
      </p>
      <ul className="send-concerns">
        {concerns.map((check) => (
          <li key={check.id}>
            <strong>{CHECK_LABELS[check.id]}:</strong> {check.message}
          </li>
        ))}
      </ul>
      <p className="muted">Nothing is lost either way: your note stays as it is.</p>
      <FormActions className="dialog-actions">
        <button type="button" className="button" onClick={onKeepEditing} data-autofocus>
          Keep editing
        </button>
        <button type="button" className="button primary" onClick={onSendAnyway}>
          Send anyway
        </button>
      </FormActions>
    </Dialog>
  );
}
