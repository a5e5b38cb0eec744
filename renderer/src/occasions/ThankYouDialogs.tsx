import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { CHANNEL_LABELS, CHANNELS, type AppError, type Channel, type ThankYouSummary } from '../../../shared';
import { useClient } from '../api/client-context';
import { localDate, localDateTimeToIso, localTime } from '../lib/local-time';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useToast } from '../ui/toast';
import { DateInput, dateHint, TimeInput } from './DateTimeInputs';
import { absolute, shiftDate, soon } from './time-text';

type Errors = Record<string, string | undefined>;

/** A name inside a sentence, isolated so a right-to-left name does not reorder the words around it. */
export const isolate = (name: string) => `\u2068${name}\u2069`;

/** The backend's messages by field path, with a fallback line for the rest. */
function splitError(error: AppError, known: Record<string, string>): { fields: Errors; general: string | null } {
  const fields: Errors = {};
  const leftover: string[] = [];
  for (const { field, message } of error.fields ?? []) {
    const target = known[field];
    if (target && !fields[target]) fields[target] = message;
    else if (!target) leftover.push(message);
  }
  if (!error.fields?.length) leftover.push(error.message);
  return { fields, general: leftover.length ? leftover.join(' ') : null };
}

function focusFirst(formId: string, order: string[], errors: Errors) {
  const first = order.find((f) => errors[f]);
  if (first) setTimeout(() => document.getElementById(`${formId}-${first}`)?.focus(), 0);
}

/** Focus a chosen field once the dialog has opened (showModal focuses the close button first). */
function useInitialFocus(elementId: string) {
  useEffect(() => {
    const timer = setTimeout(() => document.getElementById(elementId)?.focus(), 0);
    return () => clearTimeout(timer);
  }, [elementId]);
}

function DialogActions({ children, error }: { children: ReactNode; error?: string | null | undefined }) {
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions dialog-actions">{children}</div>
    </>
  );
}

/** A date and a time side by side, each with its own message. */
function DateTimeFields({
  formId,
  name,
  label,
  date,
  time,
  errors,
  onDate,
  onTime,
}: {
  formId: string;
  name: string;
  label: string;
  date: string;
  time: string;
  errors: Errors;
  onDate(value: string): void;
  onTime(value: string): void;
}) {
  return (
    <div className="date-time-pair">
      <Field id={`${formId}-${name}Date`} label={`${label} date`} error={errors[`${name}Date`]} hint={dateHint(date)}>
        {(props) => <DateInput {...props} value={date} onValueChange={onDate} />}
      </Field>
      <Field id={`${formId}-${name}Time`} label={`${label} time`} error={errors[`${name}Time`]}>
        {(props) => <TimeInput {...props} value={time} placeholder="HH:MM" onValueChange={onTime} />}
      </Field>
    </div>
  );
}

/** Parses a date + time pair into `errors[name + 'Date' | 'Time']`. */
function parsePair(name: string, date: string, time: string, errors: Errors): string | null {
  const day = localDateTimeToIso(date, '12:00');
  if (!day.ok) {
    errors[`${name}Date`] = day.message;
    return null;
  }
  const full = localDateTimeToIso(date, time);
  if (!full.ok) {
    errors[`${name}Time`] = full.message;
    return null;
  }
  return full.iso;
}

interface ThankYouDialogProps {
  thankYou: ThankYouSummary;
  personName: string;
  onClose(): void;
}

export function MarkSentDialog({ thankYou, personName, defaultChannel, onClose }: ThankYouDialogProps & { defaultChannel: Channel }) {
  const client = useClient();
  const toast = useToast();
  const formId = useId();
  const [now] = useState(() => new Date());
  const [sentDate, setSentDate] = useState(localDate(now));
  const [sentTime, setSentTime] = useState(localTime(now));
  const [channel, setChannel] = useState<Channel>(thankYou.channel ?? defaultChannel);
  const [followText, setFollowText] = useState('');
  const [followDate, setFollowDate] = useState('');
  const [followTime, setFollowTime] = useState('09:00');
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useInitialFocus(`${formId}-sentDate`);

  const clear = (...names: string[]) => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !names.includes(k))));
  const order = ['sentDate', 'sentTime', 'channel', 'followText', 'followDate', 'followTime'];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const found: Errors = {};
    const sentAt = parsePair('sent', sentDate, sentTime, found);
    const wantsFollowUp = followText.trim() !== '' || followDate.trim() !== '';
    let followUp: { text: string; dueAt: string } | undefined;
    if (wantsFollowUp) {
      if (followText.trim() === '') found.followText = 'Say what the follow-up is, e.g. “call to touch base”.';
      const dueAt = parsePair('follow', followDate, followTime, found);
      if (dueAt && followText.trim() !== '') followUp = { text: followText, dueAt };
    }
    if (Object.keys(found).length > 0 || !sentAt) {
      setErrors(found);
      focusFirst(formId, order, found);
      return;
    }
    setSaving(true);
    const result = await client.call('thanks.markSent', { id: thankYou.id, sentAt, channel, ...(followUp ? { followUp } : {}) });
    setSaving(false);
    if (result.ok) {
      onClose();
      toast({ message: `Thank-you to ${isolate(personName)} marked as sent.` });
      return;
    }
    const split = splitError(result.error, {
      sentAt: 'sentTime',
      channel: 'channel',
      'followUp.text': 'followText',
      'followUp.dueAt': 'followDate',
      followUp: 'followText',
    });
    setErrors(split.fields);
    setGeneral(split.general);
    focusFirst(formId, order, split.fields);
  }

  const suggest = (days: number) => {
    const base = localDateTimeToIso(sentDate, '12:00').ok ? sentDate : localDate(new Date());
    setFollowDate(shiftDate(base, days) ?? '');
    clear('followDate', 'followTime');
  };

  return (
    <Dialog open title={`Mark the thank-you to ${isolate(personName)} as sent`} onClose={onClose}>
      <form className="thank-you-form" onSubmit={submit} noValidate>
        <DateTimeFields
          formId={formId}
          name="sent"
          label="Sent"
          date={sentDate}
          time={sentTime}
          errors={errors}
          onDate={(v) => {
            setSentDate(v);
            clear('sentDate', 'sentTime', 'followDate');
          }}
          onTime={(v) => {
            setSentTime(v);
            clear('sentTime', 'followDate');
          }}
        />
        <Field id={`${formId}-channel`} label="How" error={errors.channel}>
          {(props) => (
            <select {...props} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="follow-up-fieldset">
          <legend>Follow-up (optional)</legend>
          <Field id={`${formId}-followText`} label="What" error={errors.followText}>
            {(props) => (
              <input
                {...props}
                value={followText}
                dir="auto"
                autoComplete="off"
                placeholder="Call to touch base"
                onChange={(e) => {
                  setFollowText(e.target.value);
                  clear('followText');
                }}
              />
            )}
          </Field>
          <DateTimeFields
            formId={formId}
            name="follow"
            label="Follow-up"
            date={followDate}
            time={followTime}
            errors={errors}
            onDate={(v) => {
              setFollowDate(v);
              clear('followDate', 'followTime');
            }}
            onTime={(v) => {
              setFollowTime(v);
              clear('followTime', 'followDate');
            }}
          />
          <div className="suggestions" role="group" aria-label="Follow-up date suggestions">
            <button type="button" className="chip-button" onClick={() => suggest(7)}>
              In 1 week
            </button>
            <button type="button" className="chip-button" onClick={() => suggest(14)}>
              In 2 weeks
            </button>
          </div>
        </fieldset>
        <DialogActions error={general}>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : 'Mark as sent'}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

const SKIP_REASONS = ['Thanked in person already', 'Not involved in the end', 'No contact details'];

export function SkipDialog({ thankYou, personName, onClose }: ThankYouDialogProps) {
  const client = useClient();
  const toast = useToast();
  const formId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useInitialFocus(`${formId}-reason`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    if (reason.trim() === '') {
      setError('Say why no thank-you is needed.');
      document.getElementById(`${formId}-reason`)?.focus();
      return;
    }
    setSaving(true);
    const result = await client.call('thanks.skip', { id: thankYou.id, reason });
    setSaving(false);
    if (result.ok) {
      onClose();
      toast({ message: `Skipped the thank-you to ${isolate(personName)}.` });
      return;
    }
    const split = splitError(result.error, { reason: 'reason' });
    setError(split.fields.reason);
    setGeneral(split.general);
  }

  return (
    <Dialog open title={`Skip the thank-you to ${isolate(personName)}?`} onClose={onClose}>
      <form className="thank-you-form" onSubmit={submit} noValidate>
        <Field id={`${formId}-reason`} label="Why is no thank-you needed?" required error={error}>
          {(props) => (
            <input
              {...props}
              value={reason}
              dir="auto"
              autoComplete="off"
              onChange={(e) => {
                setReason(e.target.value);
                setError(undefined);
              }}
            />
          )}
        </Field>
        <div className="suggestions" role="group" aria-label="Common reasons">
          {SKIP_REASONS.map((r) => (
            <button
              key={r}
              type="button"
              className="chip-button"
              onClick={() => {
                setReason(r);
                setError(undefined);
              }}
            >
              {r}
            </button>
          ))}
        </div>
        <DialogActions error={general}>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Skip
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** When a snooze could end: an hour from now, this evening, tomorrow morning. */
export function snoozeChoices(now: Date): { label: string; until: Date }[] {
  const choices: { label: string; until: Date }[] = [{ label: '1 hour', until: new Date(now.getTime() + 3_600_000) }];
  const evening = new Date(now);
  evening.setHours(18, 0, 0, 0);
  if (evening.getTime() - now.getTime() > 3_600_000) choices.push({ label: 'This evening', until: evening });
  const morning = new Date(now);
  morning.setDate(morning.getDate() + 1);
  morning.setHours(9, 0, 0, 0);
  choices.push({ label: 'Tomorrow morning', until: morning });
  return choices;
}

export function SnoozeDialog({ thankYou, personName, onClose }: ThankYouDialogProps) {
  const client = useClient();
  const toast = useToast();
  const formId = useId();
  const [now] = useState(() => new Date());
  const [date, setDate] = useState(localDate(new Date(now.getTime() + 86_400_000)));
  const [time, setTime] = useState('09:00');
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useInitialFocus(`${formId}-choice-0`);

  async function snooze(until: string) {
    if (saving) return;
    setSaving(true);
    const result = await client.call('thanks.snooze', { id: thankYou.id, until });
    setSaving(false);
    if (result.ok) {
      onClose();
      toast({ message: `Snoozed the thank-you to ${isolate(personName)} until ${soon(until)}.` });
      return;
    }
    const split = splitError(result.error, { until: 'untilTime' });
    setErrors(split.fields);
    setGeneral(split.general);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    const until = parsePair('until', date, time, found);
    setErrors(found);
    if (!until) return focusFirst(formId, ['untilDate', 'untilTime'], found);
    void snooze(until);
  }

  return (
    <Dialog open title={`Snooze the thank-you to ${isolate(personName)}`} onClose={onClose}>
      <div className="snooze-choices" role="group" aria-label="Snooze until">
        {snoozeChoices(now).map((choice, index) => (
          <button key={choice.label} id={`${formId}-choice-${index}`} type="button" className="snooze-choice" disabled={saving} onClick={() => void snooze(choice.until.toISOString())}>
            <span>{choice.label}</span>
            <span className="muted">{soon(choice.until, now)}</span>
          </button>
        ))}
      </div>
      <form className="thank-you-form" onSubmit={submit} noValidate>
        <p className="field-label">Or pick a time</p>
        <DateTimeFields
          formId={formId}
          name="until"
          label="Until"
          date={date}
          time={time}
          errors={errors}
          onDate={(v) => {
            setDate(v);
            setErrors({});
          }}
          onTime={(v) => {
            setTime(v);
            setErrors({});
          }}
        />
        <DialogActions error={general}>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Snooze
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function DueDialog({ thankYou, personName, ruleDueAt, onClose }: ThankYouDialogProps & { ruleDueAt: Date | null }) {
  const client = useClient();
  const toast = useToast();
  const formId = useId();
  const [date, setDate] = useState(localDate(thankYou.dueAt));
  const [time, setTime] = useState(localTime(thankYou.dueAt));
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useInitialFocus(`${formId}-dueDate`);

  async function save(dueAt: string | null) {
    if (saving) return;
    setSaving(true);
    const result = await client.call('thanks.setDue', { id: thankYou.id, dueAt });
    setSaving(false);
    if (result.ok) {
      onClose();
      toast({ message: dueAt ? `The thank-you to ${isolate(personName)} is now due ${soon(result.value.dueAt)}.` : `Due time reset to the rule: ${soon(result.value.dueAt)}.` });
      return;
    }
    const split = splitError(result.error, { dueAt: 'dueTime' });
    setErrors(split.fields);
    setGeneral(split.general);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    const dueAt = parsePair('due', date, time, found);
    setErrors(found);
    if (!dueAt) return focusFirst(formId, ['dueDate', 'dueTime'], found);
    void save(dueAt);
  }

  return (
    <Dialog open title={`When is the thank-you to ${isolate(personName)} due?`} onClose={onClose}>
      <form className="thank-you-form" onSubmit={submit} noValidate>
        <DateTimeFields
          formId={formId}
          name="due"
          label="Due"
          date={date}
          time={time}
          errors={errors}
          onDate={(v) => {
            setDate(v);
            setErrors({});
          }}
          onTime={(v) => {
            setTime(v);
            setErrors({});
          }}
        />
        {ruleDueAt && (
          <p className="field-hint">
            By the rule for this kind of occasion it is due <time dateTime={ruleDueAt.toISOString()}>{absolute(ruleDueAt)}</time>
            {thankYou.dueOverridden ? '.' : ', which it follows now; a time set here stays when the occasion moves.'}
          </p>
        )}
        <DialogActions error={general}>
          {thankYou.dueOverridden && (
            <button type="button" className="button reset-button" disabled={saving} onClick={() => void save(null)}>
              Reset to the rule
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Set due time
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function FollowUpDialog({ thankYou, personName, onClose }: ThankYouDialogProps) {
  const client = useClient();
  const toast = useToast();
  const formId = useId();
  const existing = thankYou.followUp;
  const [text, setText] = useState(existing?.text ?? '');
  const [date, setDate] = useState(existing ? localDate(existing.dueAt) : '');
  const [time, setTime] = useState(existing ? localTime(existing.dueAt) : '09:00');
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useInitialFocus(`${formId}-followText`);

  async function save(followUp: { text: string; dueAt: string } | null) {
    if (saving) return;
    setSaving(true);
    const result = await client.call('thanks.setFollowUp', { id: thankYou.id, followUp });
    setSaving(false);
    if (result.ok) {
      onClose();
      toast({ message: followUp ? `Follow-up with ${isolate(personName)} planned for ${soon(followUp.dueAt)}.` : 'Follow-up removed.' });
      return;
    }
    const split = splitError(result.error, { 'followUp.text': 'followText', 'followUp.dueAt': 'followDate' });
    setErrors(split.fields);
    setGeneral(split.general);
    focusFirst(formId, ['followText', 'followDate', 'followTime'], split.fields);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (text.trim() === '') found.followText = 'Say what the follow-up is, e.g. “call to touch base”.';
    const dueAt = parsePair('follow', date, time, found);
    setErrors(found);
    if (!dueAt || found.followText) return focusFirst(formId, ['followText', 'followDate', 'followTime'], found);
    void save({ text, dueAt });
  }

  const base = thankYou.sentAt ? localDate(thankYou.sentAt) : localDate(new Date());
  return (
    <Dialog open title={`Follow-up with ${isolate(personName)}`} onClose={onClose}>
      <form className="thank-you-form" onSubmit={submit} noValidate>
        <Field id={`${formId}-followText`} label="What" required error={errors.followText}>
          {(props) => (
            <input
              {...props}
              value={text}
              dir="auto"
              autoComplete="off"
              placeholder="Call to touch base"
              onChange={(e) => {
                setText(e.target.value);
                setErrors((x) => ({ ...x, followText: undefined }));
              }}
            />
          )}
        </Field>
        <DateTimeFields
          formId={formId}
          name="follow"
          label="Follow-up"
          date={date}
          time={time}
          errors={errors}
          onDate={(v) => {
            setDate(v);
            setErrors((x) => ({ ...x, followDate: undefined, followTime: undefined }));
          }}
          onTime={(v) => {
            setTime(v);
            setErrors((x) => ({ ...x, followDate: undefined, followTime: undefined }));
          }}
        />
        <div className="suggestions" role="group" aria-label="Follow-up date suggestions">
          {[7, 14].map((days) => (
            <button key={days} type="button" className="chip-button" onClick={() => setDate(shiftDate(base, days) ?? '')}>
              {days === 7 ? 'In 1 week' : 'In 2 weeks'}
            </button>
          ))}
        </div>
        <DialogActions error={general}>
          {existing && (
            <button type="button" className="button reset-button" disabled={saving} onClick={() => void save(null)}>
              Remove follow-up
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Save follow-up
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function ReopenDialog({ thankYou, personName, onClose }: ThankYouDialogProps) {
  const client = useClient();
  const toast = useToast();
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const sent = thankYou.status === 'sent';

  async function reopen() {
    setSaving(true);
    const result = await client.call('thanks.reopen', { id: thankYou.id });
    setSaving(false);
    if (result.ok) {
      onClose();
      toast({ message: `The thank-you to ${isolate(personName)} is open again.` });
    } else setGeneral(result.error.message);
  }

  return (
    <Dialog open title={`Reopen the thank-you to ${isolate(personName)}?`} onClose={onClose}>
      <p>
        {sent
          ? `It goes back to your list of thank-yous to send. The record that it was sent${thankYou.sentAt ? ` (${absolute(thankYou.sentAt)})` : ''}${thankYou.followUp ? ' and its follow-up' : ''} is cleared.`
          : 'It goes back to your list of thank-yous to send, and the reason it was skipped is cleared.'}
      </p>
      <DialogActions error={general}>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button primary" disabled={saving} onClick={() => void reopen()}>
          Reopen
        </button>
      </DialogActions>
    </Dialog>
  );
}
