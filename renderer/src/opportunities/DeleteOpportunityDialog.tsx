import { useState } from 'react';
import type { OpportunityDetail } from '../../../shared';
import { useClient } from '../api/client-context';
import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';

interface Props {
  open: boolean;
  opportunity: OpportunityDetail;
  onClose(): void;
  onDeleted(): void;
}

/** Deleting an opportunity only unlinks its occasions; the confirmation says so, with numbers. */
export function DeleteOpportunityDialog({ open, opportunity, onClose, onDeleted }: Props) {
  const client = useClient();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = opportunity.occasions.length;

  async function confirm() {
    setDeleting(true);
    setError(null);
    const result = await client.call('opportunities.delete', { id: opportunity.id });
    setDeleting(false);
    if (result.ok) onDeleted();
    else setError(result.error.message);
  }

  return (
    <Dialog
      open={open}
      title="Delete this opportunity?"
      onClose={() => {
        setError(null);
        onClose();
      }}
    >
      <p>
        <strong>
          <bdi>{opportunity.label}</bdi>
        </strong>{' '}
        will be removed from your opportunities.
      </p>
      <p className="muted">
        {count === 0
          ? 'No occasions belong to it, so nothing else changes.'
          : `Its ${count === 1 ? 'occasion stays' : `${count} occasions stay`}, with everyone who took part and every thank-you, sent or not. They just no longer belong to an opportunity.`}
      </p>
      <FormActions error={error} className="gap" onCancel={onClose} startOnCancel>
        <button type="button" className="button danger" onClick={() => void confirm()} disabled={deleting}>
          {deleting ? 'Deleting…' : 'Delete opportunity'}
        </button>
      </FormActions>
    </Dialog>
  );
}
