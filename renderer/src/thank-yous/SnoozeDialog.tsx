import { useId, useState, type FormEvent } from 'react';
import { useClient } from '../api/client-context';
import { localDate } from '../lib/local-time';
import { useToast } from '../ui/toast';
import { checkPair, type Errors, type Pair } from './date-time-pair';
import { DateTimeFields } from './DateTimeFields';
import { DialogForm } from './DialogForm';
import { isolate } from '../lib/isolate';
import { SnoozeChoices } from './SnoozeChoices';
import { useLateSnooze } from './LateSnooze';
import { soon } from '../lib/time-text';
import type { ThankYouDialogProps, ThankYouRef } from './thank-you-dialog';
import { undoSnooze } from './undo';
import { useDialogSave } from './use-dialog-save';
import { useInitialFocus } from '../ui/use-initial-focus';

/**
 * Snooze one thank-you: a quick choice or a time picked by hand. A time after the thank-you is due
 * is not taken at once: the dialog says it will be late and offers the latest on-time reminder,
 * or snoozing anyway. The toast offers Undo.
 */
export function SnoozeDialog({ thankYou, personName, onClose }: ThankYouDialogProps<ThankYouRef>) {
  const formId = useId();
  const { now, until, setUntil } = useSnoozeUntil();
  const { errors, setErrors, general, saving, run } = useDialogSave(onClose);
  const client = useClient();
  const toast = useToast();
  useInitialFocus(`${formId}-choice-0`);
  const dueAts = thankYou.dueAt ? [new Date(thankYou.dueAt)] : [];

  const snooze = (at: string) =>
    void run(
      (client) => client.call('thanks.snooze', { id: thankYou.id, until: at }),
      () => ({
        message: `Snoozed the thank-you to ${isolate(personName)} until ${soon(at)}.`,
        action: { label: 'Undo', run: () => void undoSnooze(client, toast, thankYou, personName) },
      }),
      { until: 'untilTime' },
    );
  const late = useLateSnooze({ dueAts, now, saving, snooze });

  function submit(event: FormEvent) {
    event.preventDefault();
    const at = checkPair(formId, 'until', until, setErrors);
    if (at) late.pick(at);
  }

  const before = (
    <>
      <SnoozeChoices now={now} dueAts={dueAts} saving={saving} onPick={late.pick} idPrefix={formId} />
      {late.alert}
    </>
  );

  return (
    <DialogForm title={`Snooze the thank-you to ${isolate(personName)}`} onClose={onClose} onSubmit={submit} general={general} saving={saving} submitLabel="Snooze" before={before}>
      <SnoozeUntilFields formId={formId} until={until} errors={errors} onChange={(v) => (setUntil(v), setErrors({}), late.clear())} />
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
