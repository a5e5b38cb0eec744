import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { OccasionDetail } from '../../../shared';
import { useClient } from '../api/client-context';
import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';
import { useToast } from '../ui/toast';
import { isolate } from '../lib/isolate';

export function DeleteOccasionDialog({ occasion, onClose }: { occasion: OccasionDetail; onClose(): void }) {
  const client = useClient();
  const toast = useToast();
  const navigate = useNavigate();
  const everyone = [...occasion.participants, ...occasion.formerParticipants];
  const total = everyone.filter((p) => p.thankYou).length;
  const [sentCount, setSentCount] = useState(everyone.filter((p) => p.thankYou?.status === 'sent').length);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    const result = await client.call('occasions.delete', { id: occasion.id, confirmDeleteSentThanks: confirmed });
    setBusy(false);
    if (result.ok) {
      onClose();
      navigate('/occasions');
      toast({ message: `Deleted “${isolate(occasion.title)}”.` });
      return;
    }
    if (result.error.code === 'CONFLICT' && typeof result.error.details?.sentThanks === 'number') {
      setSentCount(result.error.details.sentThanks);
      setConfirmed(false);
    }
    setError(result.error.message);
  }

  return (
    <Dialog open title="Delete this occasion?" onClose={onClose}>
      <p>
        <strong>
          <bdi>{occasion.title}</bdi>
        </strong>{' '}
        and {total === 1 ? 'its thank-you' : `its ${total} thank-yous`} will be deleted. The people stay in your list.
      </p>
      {sentCount > 0 && (
        <label className="confirm-check">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          <span>
            Also delete the record of {sentCount === 1 ? 'the thank-you that was sent' : `the ${sentCount} thank-yous that were sent`}
          </span>
        </label>
      )}
      <FormActions error={error} className="dialog-actions" onCancel={onClose} startOnCancel>
        <button type="button" className="button danger" disabled={busy || (sentCount > 0 && !confirmed)} onClick={() => void remove()}>
          Delete occasion
        </button>
      </FormActions>
    </Dialog>
  );
}
