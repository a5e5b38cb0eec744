import { useId, useState, type FormEvent } from 'react';
import { localDate, localTime } from '../lib/local-time';
import { checkPair, type Pair } from './date-time-pair';
import { DateTimeFields } from './DateTimeFields';
import { DialogForm } from './DialogForm';
import { isolate } from '../lib/isolate';
import type { ThankYouDialogProps } from './thank-you-dialog';
import { absolute, soon } from '../lib/time-text';
import { useDialogSave } from './use-dialog-save';
import { useInitialFocus } from '../ui/use-initial-focus';

export function DueDialog({ thankYou, personName, ruleDueAt, onClose }: ThankYouDialogProps & { ruleDueAt: Date | null }) {
  const formId = useId();
  const [due, setDue] = useState<Pair>({ date: localDate(thankYou.dueAt), time: localTime(thankYou.dueAt) });
  const { errors, setErrors, general, saving, run } = useDialogSave(onClose);
  useInitialFocus(`${formId}-dueDate`);

  const save = (dueAt: string | null) =>
    void run(
      (client) => client.call('thanks.setDue', { id: thankYou.id, dueAt }),
      (saved) => (dueAt ? `The thank-you to ${isolate(personName)} is now due ${soon(saved.dueAt)}.` : `Due time reset to the rule: ${soon(saved.dueAt)}.`),
      { dueAt: 'dueTime' },
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    const dueAt = checkPair(formId, 'due', due, setErrors);
    if (dueAt) save(dueAt);
  }

  return (
    <DialogForm
      title={`When is the thank-you to ${isolate(personName)} due?`}
      onClose={onClose}
      onSubmit={submit}
      general={general}
      saving={saving}
      submitLabel="Set due time"
      start={
        thankYou.dueOverridden && (
          <button type="button" className="button reset-button" disabled={saving} onClick={() => save(null)}>
            Reset to the rule
          </button>
        )
      }
    >
      <DateTimeFields
        formId={formId}
        name="due"
        label="Due"
        value={due}
        errors={errors}
        onChange={(v) => {
          setDue(v);
          setErrors({});
        }}
      />
      {ruleDueAt && (
        <p className="field-hint">
          By the rule for this kind of occasion it is due <time dateTime={ruleDueAt.toISOString()}>{absolute(ruleDueAt)}</time>
          {thankYou.dueOverridden ? '.' : ', which it follows now; a time set here stays when the occasion moves.'}
        </p>
      )}
    </DialogForm>
  );
}
