import { useId, useState, type FormEvent } from 'react';
import type { Channel } from '../../../shared';
import { localDate, localTime } from '../lib/local-time';
import { ChannelField } from './ChannelField';
import { useInitialFocus } from '../ui/use-initial-focus';
import type { BulkResult } from './bulk-message';
import { checkPair, type Pair } from './date-time-pair';
import { DateTimeFields } from './DateTimeFields';
import { DialogForm } from './DialogForm';
import { SnoozeChoices } from './SnoozeChoices';
import { useLateSnooze } from './LateSnooze';
import { SnoozeUntilFields, useSnoozeUntil } from './SnoozeDialog';
import { hasReason, SkipReasonField } from './SkipDialog';
import { useDialogSave } from './use-dialog-save';

interface BulkProps {
  ids: number[];
  onClose(): void;
  /** The backend answered: some or all were changed (`failed` lists the rest). */
  onDone(result: BulkResult): void;
}

const count = (n: number) => (n === 1 ? '1 thank-you' : `${n} thank-yous`);

/**
 * One call for the lot, saved like a single thank-you's dialog: refused as a whole (bad input) →
 * messages in the dialog; else the dialog closes and `onDone` reports what was changed and what
 * failed (instead of a toast).
 */
function useBulkSave({ onClose, onDone }: Pick<BulkProps, 'onClose' | 'onDone'>) {
  const save = useDialogSave(onClose);
  const reported = (result: BulkResult) => {
    onDone(result);
    return null;
  };
  return { ...save, reported };
}

export function BulkMarkSentDialog({ ids, defaultChannel, onClose, onDone }: BulkProps & { defaultChannel: Channel }) {
  const formId = useId();
  const [sent, setSent] = useState<Pair>(() => {
    const now = new Date();
    return { date: localDate(now), time: localTime(now) };
  });
  const [channel, setChannel] = useState<Channel>(defaultChannel);
  const { errors, setErrors, general, saving, run, reported } = useBulkSave({ onClose, onDone });
  useInitialFocus(`${formId}-sentDate`);

  function submit(event: FormEvent) {
    event.preventDefault();
    const sentAt = checkPair(formId, 'sent', sent, setErrors);
    if (!sentAt) return;
    void run((client) => client.call('thanks.bulkMarkSent', { ids, sentAt, channel }), reported, { sentAt: 'sentTime', channel: 'channel' });
  }

  return (
    <DialogForm title={`Mark ${count(ids.length)} as sent`} onClose={onClose} onSubmit={submit} general={general} saving={saving} submitLabel={saving ? 'Saving…' : 'Mark as sent'}>
      <p className="muted text-small">All get the same time and channel.</p>
      <DateTimeFields formId={formId} name="sent" label="Sent" value={sent} errors={errors} onChange={(v) => (setSent(v), setErrors({}))} />
      <ChannelField formId={formId} value={channel} error={errors.channel} onChange={setChannel} />
    </DialogForm>
  );
}

/** Like one thank-you's snooze, with the due times of the selection: a time after any of them asks first. */
export function BulkSnoozeDialog({ ids, dueAts, onClose, onDone }: BulkProps & { dueAts: Date[] }) {
  const formId = useId();
  const { now, until, setUntil } = useSnoozeUntil();
  const { errors, setErrors, general, saving, run, reported } = useBulkSave({ onClose, onDone });
  useInitialFocus(`${formId}-choice-0`);

  const snooze = (at: string) => void run((client) => client.call('thanks.bulkSnooze', { ids, until: at }), reported, { until: 'untilTime' });
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
    <DialogForm title={`Snooze ${count(ids.length)}`} onClose={onClose} onSubmit={submit} general={general} saving={saving} submitLabel={saving ? 'Saving…' : 'Snooze'} before={before}>
      <SnoozeUntilFields formId={formId} until={until} errors={errors} onChange={(v) => (setUntil(v), setErrors({}), late.clear())} />
    </DialogForm>
  );
}

/** Starts on Cancel, as one thank-you's Skip does: it takes a selection off the list. */
export function BulkSkipDialog({ ids, onClose, onDone }: BulkProps) {
  const formId = useId();
  const [reason, setReason] = useState('');
  const { errors, setErrors, general, saving, run, reported } = useBulkSave({ onClose, onDone });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!hasReason(formId, reason, setErrors)) return;
    void run((client) => client.call('thanks.bulkSkip', { ids, reason }), reported, { reason: 'reason' });
  }

  return (
    <DialogForm title={`Skip ${count(ids.length)}?`} onClose={onClose} onSubmit={submit} general={general} saving={saving} submitLabel={saving ? 'Saving…' : 'Skip'} startOnCancel>
      <SkipReasonField formId={formId} reason={reason} error={errors.reason} onChange={(r) => (setReason(r), setErrors({}))} />
    </DialogForm>
  );
}
