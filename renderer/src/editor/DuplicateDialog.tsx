import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { DuplicateTarget, ThankYouDetail } from '../../../shared';
import { useClient } from '../api/client-context';
import { useQuery } from '../api/use-query';
import { useLogOccasion } from '../app/log-occasion';
import { isolate } from '../lib/isolate';
import { Dialog } from '../ui/Dialog';
import { FormActions, FormError } from '../ui/FormActions';
import { QueryState } from '../ui/QueryState';
import { useToast } from '../ui/toast';
import { DuplicateTargetList } from './DuplicateTargetList';
import { useEditorBack } from './EditorBackLink';
import { notePath } from '../thank-yous/note-link';


/**
 * "Duplicate as new draft": a sent note's subject and text copied into another thank-you still to
 * write (the next interviewer of a panel, the same person another time), never over a draft there
 * without asking. Opens the copy in the editor.
 */
export function DuplicateDialog({ source, onClose }: { source: ThankYouDetail; onClose(): void }) {
  const client = useClient();
  const navigate = useNavigate();
  // The copy leads back where this note does, not to this note.
  const { cameFrom } = useEditorBack();
  const toast = useToast();
  const logOccasion = useLogOccasion();
  const { state, reload } = useQuery('thanks.duplicateTargets', { id: source.id });
  const [replacing, setReplacing] = useState<DuplicateTarget | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function copyInto(target: DuplicateTarget, replaceDraft: boolean) {
    if (busy) return;
    if (target.hasDraft && !replaceDraft) return setReplacing(target);
    setBusy(true);
    const result = await client.call('thanks.duplicate', { id: source.id, targetId: target.thankYouId, replaceDraft });
    setBusy(false);
    if (result.ok) {
      onClose();
      toast({ message: `Copied into the note to ${isolate(target.fullName)}: make it personal before you send it.` });
      navigate(notePath(result.value.thankYouId), { state: cameFrom });
      return;
    }
    // A draft started there since the list was read: ask, as for any draft.
    if (result.error.code === 'CONFLICT' && result.error.details?.hasDraft) return setReplacing({ ...target, hasDraft: true });
    setReplacing(null);
    setError(result.error.message);
    reload();
  }

  if (replacing) {
    return (
      // Its own dialog (a key of its own), so it opens as one: on the safe choice, not on nothing.
      <Dialog key="replace" open title={`Replace the draft you started for ${isolate(replacing.fullName)}?`} onClose={() => setReplacing(null)}>
        <p>
          The text you wrote to <bdi>{replacing.fullName}</bdi> for <bdi>{replacing.occasionTitle}</bdi> is replaced by a copy of this note.
        </p>
        <FormActions className="dialog-actions">
          <button type="button" className="button" onClick={() => setReplacing(null)} data-autofocus>
            Back
          </button>
          <button type="button" className="button danger" disabled={busy} onClick={() => void copyInto(replacing, true)}>
            Replace the draft
          </button>
        </FormActions>
      </Dialog>
    );
  }

  return (
    <Dialog key="targets" open size="large" title="Duplicate as new draft" onClose={onClose}>
      <p className="duplicate-intro">
        Copy this note’s subject and text into another thank-you you still owe. The greeting changes to their name; make the rest about them.
      </p>
      <FormError message={error} />
      <QueryState state={state} onRetry={reload} loadingText="Finding thank-yous still to write…" failedText="The thank-yous still to write could not be listed.">
        {({ data }) =>
          data.items.length === 0 ? (
            <div className="empty-state duplicate-empty">
              <p className="empty-title">No thank-you is waiting to be written</p>
              <p>Every thank-you is sent or skipped. Log the next interview or the next person who helps you, and copy this note into theirs.</p>
              <button
                type="button"
                className="button primary"
                onClick={() => {
                  onClose();
                  logOccasion({ kind: source.occasion.kind });
                }}
              >
                Log an occasion
              </button>
            </div>
          ) : (
            <DuplicateTargetList targets={data.items} source={source} busy={busy} onChoose={(target) => void copyInto(target, false)} />
          )
        }
      </QueryState>
    </Dialog>
  );
}
