import { useId, useState, type FormEvent } from 'react';
import { localDate } from '../lib/local-time';
import { checkPair, type Errors, type Pair } from './date-time-pair';
import { DateTimeFields } from './DateTimeFields';
import { DialogForm } from './DialogForm';
import { isolate } from '../lib/isolate';
import { SnoozeChoices } from './SnoozeChoices';
import { soon } from '../lib/time-text';
import type { ThankYouDialogProps, ThankYouRef } from './thank-you-dialog';
import { useDialogSave } from './use-dialog-save';
import { useInitialFocus } from '../ui/use-initial-focus';

export function SnoozeDialog({ thankYou, personName, onClose }: ThankYouDialogProps<ThankYouRef>) {
  const formId = useId();
  const { now, until, setUntil } = useSnoozeUntil();
  const { errors, setErrors, general, saving, run } = useDialogSave(onClose);
  useInitialFocus(`${formId}-choice-0`);

  const snooze = (at: string) =>
    void run((client) => client.call('thanks.snooze', { id: thankYou.id, until: at }), () => `Snoozed the thank-you to ${isolate(personName)} until ${soon(at)}.`, { until: 'untilTime' });

  function submit(event: FormEvent) {
    event.preventDefault();
    const at = checkPair(formId, 'until', until, setErrors);
    if (at) snooze(at);
  }

  return (
    <DialogForm title={`Snooze the thank-you to ${isolate(personName)}`} onClose={onClose} onSubmit={submit} general={general} saving={saving} submitLabel="Snooze" before={<SnoozeChoices now={now} saving={saving} onPick={snooze} idPrefix={formId} />}>
      <SnoozeUntilFields formId={formId} until={until} errors={errors} onChange={(v) => (setUntil(v), setErrors({}))} />
    </DialogForm>
  );
}

/** When the dialog opened (the quick choices count from it), and a time picked by hand: tomorrow at 09:00 to start with. */
export function useSnoozeUntil() {
  const [now] = useState(() => new Date());
  const [until, setUntil] = useState<Pair>({ date: localDate(new Date(now.getTime() + 86_400_000)), time: '09:00' });
  return { now, until, setUntil };
}

/** Or a time picked by hand, under the quick choices. */
export function SnoozeUntilFields({ formId, until, errors, onChange }: { formId: string; until: Pair; errors: Errors; onChange(until: Pair): void }) {
  return (
    <>
      <p className="field-label">Or pick a time</p>
      <DateTimeFields formId={formId} name="until" label="Until" value={until} errors={errors} onChange={onChange} />
    </>
  );
}
