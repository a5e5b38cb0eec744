import { useId, useState, type FormEvent } from 'react';
import { useClient } from '../api/client-context';
import { Field } from '../ui/Field';
import type { Errors } from './date-time-pair';
import { DialogForm } from './DialogForm';
import { isolate } from '../lib/isolate';
import { SKIP_REASONS } from './skip-reasons';
import type { ThankYouDialogProps, ThankYouRef } from './thank-you-dialog';
import { useToast } from '../ui/toast';
import { undoSkip } from './undo';
import { useDialogSave } from './use-dialog-save';

export function SkipDialog({ thankYou, personName, onClose }: ThankYouDialogProps<ThankYouRef>) {
  const formId = useId();
  const [reason, setReason] = useState('');
  const { errors, setErrors, general, saving, run } = useDialogSave(onClose);
  const client = useClient();
  const toast = useToast();

  const choose = (text: string) => {
    setReason(text);
    setErrors({});
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    if (!hasReason(formId, reason, setErrors)) return;
    await run(
      (client) => client.call('thanks.skip', { id: thankYou.id, reason }),
      () => ({ message: `Skipped the thank-you to ${isolate(personName)}.`, action: { label: 'Undo', run: () => void undoSkip(client, toast, thankYou, personName) } }),
      { reason: 'reason' },
    );
  }

  return (
    <DialogForm title={`Skip the thank-you to ${isolate(personName)}?`} onClose={onClose} onSubmit={submit} general={general} saving={saving} submitLabel="Skip" startOnCancel>
      <SkipReasonField formId={formId} reason={reason} error={errors.reason} onChange={choose} />
    </DialogForm>
  );
}

/** A skip needs a reason: when there is none, says so at the box and focuses it. */
export function hasReason(formId: string, reason: string, setErrors: (errors: Errors) => void): boolean {
  if (reason.trim() !== '') return true;
  setErrors({ reason: 'Say why no thank-you is needed.' });
  document.getElementById(`${formId}-reason`)?.focus();
  return false;
}

/** Why no thank-you is needed: typed, or one of the common reasons. */
export function SkipReasonField({ formId, reason, error, onChange }: { formId: string; reason: string; error: string | undefined; onChange(reason: string): void }) {
  return (
    <>
      <Field id={`${formId}-reason`} label="Why is no thank-you needed?" required error={error}>
        {(props) => <input {...props} value={reason} dir="auto" autoComplete="off" onChange={(e) => onChange(e.target.value)} />}
      </Field>
      <div className="suggestions" role="group" aria-label="Common reasons">
        {SKIP_REASONS.map((r) => (
          <button key={r} type="button" className="chip-button" onClick={() => onChange(r)}>
            {r}
          </button>
        ))}
      </div>
    </>
  );
}
