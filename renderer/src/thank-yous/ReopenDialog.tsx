import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';
import { isolate } from '../lib/isolate';
import type { ThankYouDialogProps } from './thank-you-dialog';
import { absolute } from '../lib/time-text';
import { useDialogSave } from './use-dialog-save';

export function ReopenDialog({ thankYou, personName, onClose }: ThankYouDialogProps) {
  const { general, saving, run } = useDialogSave(onClose);
  const sent = thankYou.status === 'sent';

  return (
    <Dialog open title={`Reopen the thank-you to ${isolate(personName)}?`} onClose={onClose}>
      <p>
        {sent
          ? `It goes back to your list of thank-yous to send. The record that it was sent${thankYou.sentAt ? ` (${absolute(thankYou.sentAt)})` : ''}${thankYou.followUp ? ' and its follow-up' : ''} is cleared.`
          : 'It goes back to your list of thank-yous to send, and the reason it was skipped is cleared.'}
      </p>
      <FormActions error={general} className="dialog-actions" onCancel={onClose} startOnCancel>
        <button
          type="button"
          className="button primary"
          disabled={saving}
          onClick={() => void run((client) => client.call('thanks.reopen', { id: thankYou.id }), () => `The thank-you to ${isolate(personName)} is open again.`)}
        >
          Reopen
        </button>
      </FormActions>
    </Dialog>
  );
}
