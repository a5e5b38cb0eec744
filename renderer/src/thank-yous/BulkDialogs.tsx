import './thank-yous.css';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { CHANNEL_LABELS, CHANNELS, type Channel, type Result } from '../../../shared';
import type { Client } from '../api/client';
import { useClient } from '../api/client-context';
import { splitFieldErrors } from '../lib/field-errors';
import { localDate, localTime } from '../lib/local-time';
import { SnoozeChoices } from './SnoozeChoices';
import { DateTimeFields, parsePair, SKIP_REASONS, type Pair } from './ThankYouDialogs';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { Options } from '../ui/Options';
import type { BulkResult } from './bulk-message';

type Errors = Record<string, string | undefined>;

interface BulkProps {
  ids: number[];
  onClose(): void;
  /** The backend answered: some or all were changed (`failed` lists the rest). */
  onDone(result: BulkResult): void;
}

const count = (n: number) => (n === 1 ? '1 thank-you' : `${n} thank-yous`);

/** One call for the lot: refused as a whole (bad input) → messages in the dialog; else the dialog closes. */
function useBulkSave({ onClose, onDone }: Pick<BulkProps, 'onClose' | 'onDone'>) {
  const client = useClient();
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function run(call: (client: Client) => Promise<Result<BulkResult>>, known: Record<string, string>) {
    if (saving) return;
    setSaving(true);
    const result = await call(client);
    setSaving(false);
    if (result.ok) {
      onClose();
      onDone(result.value);
      return;
    }
    const split = splitFieldErrors(result.error, (path) => known[path]);
    setErrors(split.fields);
    setGeneral(split.general.length ? split.general.join(' ') : null);
  }
  return { errors, setErrors, general, saving, run };
}

function BulkForm({ title, onClose, onSubmit, general, saving, submitLabel, before, children }: {
  title: string;
  onClose(): void;
  onSubmit(event: FormEvent): void;
  general: string | null;
  saving: boolean;
  submitLabel: string;
  before?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Dialog open title={title} onClose={onClose}>
      {before}
      <form className="thank-you-form" onSubmit={onSubmit} noValidate>
        {children}
        <FormActions error={general} className="dialog-actions" onCancel={onClose}>
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : submitLabel}
          </button>
        </FormActions>
      </form>
    </Dialog>
  );
}

export function BulkMarkSentDialog({ ids, defaultChannel, onClose, onDone }: BulkProps & { defaultChannel: Channel }) {
  const formId = useId();
  const [sent, setSent] = useState<Pair>(() => {
    const now = new Date();
    return { date: localDate(now), time: localTime(now) };
  });
  const [channel, setChannel] = useState<Channel>(defaultChannel);
  const { errors, setErrors, general, saving, run } = useBulkSave({ onClose, onDone });
  // Start in the date (the dialog has opened by now: its effect runs before this one).
  useEffect(() => document.getElementById(`${formId}-sentDate`)?.focus(), [formId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    const sentAt = parsePair('sent', sent, found);
    setErrors(found);
    if (!sentAt) return;
    void run((client) => client.call('thanks.bulkMarkSent', { ids, sentAt, channel }), { sentAt: 'sentTime', channel: 'channel' });
  }

  return (
    <BulkForm title={`Mark ${count(ids.length)} as sent`} onClose={onClose} onSubmit={submit} general={general} saving={saving} submitLabel="Mark as sent">
      <p className="muted text-small">All get the same time and channel.</p>
      <DateTimeFields formId={formId} name="sent" label="Sent" value={sent} errors={errors} onChange={(v) => (setSent(v), setErrors({}))} />
      <Field id={`${formId}-channel`} label="How" error={errors.channel}>
        {(props) => (
          <select {...props} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            <Options values={CHANNELS} labels={CHANNEL_LABELS} />
          </select>
        )}
      </Field>
    </BulkForm>
  );
}

export function BulkSnoozeDialog({ ids, onClose, onDone }: BulkProps) {
  const formId = useId();
  const [now] = useState(() => new Date());
  const [until, setUntil] = useState<Pair>({ date: localDate(new Date(now.getTime() + 86_400_000)), time: '09:00' });
  const { errors, setErrors, general, saving, run } = useBulkSave({ onClose, onDone });

  const snooze = (at: string) => void run((client) => client.call('thanks.bulkSnooze', { ids, until: at }), { until: 'untilTime' });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    const at = parsePair('until', until, found);
    setErrors(found);
    if (at) snooze(at);
  }

  return (
    <BulkForm
      title={`Snooze ${count(ids.length)}`}
      onClose={onClose}
      onSubmit={submit}
      general={general}
      saving={saving}
      submitLabel="Snooze"
      before={
        <SnoozeChoices now={now} saving={saving} onPick={snooze} autofocusFirst />
      }
    >
      <p className="field-label">Or pick a time</p>
      <DateTimeFields formId={formId} name="until" label="Until" value={until} errors={errors} onChange={(v) => (setUntil(v), setErrors({}))} />
    </BulkForm>
  );
}

export function BulkSkipDialog({ ids, onClose, onDone }: BulkProps) {
  const formId = useId();
  const [reason, setReason] = useState('');
  const { errors, setErrors, general, saving, run } = useBulkSave({ onClose, onDone });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') {
      setErrors({ reason: 'Say why no thank-you is needed.' });
      document.getElementById(`${formId}-reason`)?.focus();
      return;
    }
    void run((client) => client.call('thanks.bulkSkip', { ids, reason }), { reason: 'reason' });
  }

  return (
    <BulkForm title={`Skip ${count(ids.length)}?`} onClose={onClose} onSubmit={submit} general={general} saving={saving} submitLabel="Skip">
      <Field id={`${formId}-reason`} label="Why is no thank-you needed?" required error={errors.reason}>
        {(props) => <input {...props} data-autofocus="" value={reason} dir="auto" autoComplete="off" onChange={(e) => (setReason(e.target.value), setErrors({}))} />}
      </Field>
      <div className="suggestions" role="group" aria-label="Common reasons">
        {SKIP_REASONS.map((r) => (
          <button key={r} type="button" className="chip-button" onClick={() => (setReason(r), setErrors({}))}>
            {r}
          </button>
        ))}
      </div>
    </BulkForm>
  );
}
