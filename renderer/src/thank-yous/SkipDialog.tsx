import { useId, useState, type FormEvent } from 'react';
import { Field } from '../ui/Field';
import { DialogForm } from './DialogForm';
import { isolate } from '../lib/isolate';
import { SKIP_REASONS } from './skip-reasons';
import type { ThankYouDialogProps, ThankYouRef } from './thank-you-dialog';
import { useDialogSave } from './use-dialog-save';
import { useInitialFocus } from '../ui/use-initial-focus';

export function SkipDialog({ thankYou, personName, onClose }: ThankYouDialogProps<ThankYouRef>) {
  const formId = useId();
  const [reason, setReason] = useState('');
  const { errors, setErrors, general, saving, run } = useDialogSave(onClose);
  useInitialFocus(`${formId}-reason`);

  const choose = (text: string) => {
    setReason(text);
    setErrors({});
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    if (reason.trim() === '') {
      setErrors({ reason: 'Say why no thank-you is needed.' });
      document.getElementById(`${formId}-reason`)?.focus();
      return;
    }
    await run((client) => client.call('thanks.skip', { id: thankYou.id, reason }), () => `Skipped the thank-you to ${isolate(personName)}.`, { reason: 'reason' });
  }

  return (
    <DialogForm title={`Skip the thank-you to ${isolate(personName)}?`} onClose={onClose} onSubmit={submit} general={general} saving={saving} submitLabel="Skip">
      <Field id={`${formId}-reason`} label="Why is no thank-you needed?" required error={errors.reason}>
        {(props) => <input {...props} value={reason} dir="auto" autoComplete="off" onChange={(e) => choose(e.target.value)} />}
      </Field>
      <div className="suggestions" role="group" aria-label="Common reasons">
        {SKIP_REASONS.map((r) => (
          <button key={r} type="button" className="chip-button" onClick={() => choose(r)}>
            {r}
          </button>
        ))}
      </div>
    </DialogForm>
  );
}
