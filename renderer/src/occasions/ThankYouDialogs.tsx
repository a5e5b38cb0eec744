import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { CHANNEL_LABELS, CHANNELS, type AppError, type Channel, type Result, type ThankYouSummary } from '../../../shared';
import type { Client } from '../api/client';
import { useClient } from '../api/client-context';
import { splitFieldErrors } from '../lib/field-errors';
import { localDate, localDateTimeToIso, localTime } from '../lib/local-time';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { Options } from '../ui/Options';
import { useToast } from '../ui/toast';
import { DateInput, dateHint, TimeInput } from './DateTimeInputs';
import { absolute, shiftDate, soon } from './time-text';

type Errors = Record<string, string | undefined>;

/** A name inside a sentence, isolated so a right-to-left name does not reorder the words around it. */
export const isolate = (name: string) => `\u2068${name}\u2069`;

/** The backend's messages by field path (`known` names the input for a path), with a fallback line for the rest. */
function splitError(error: AppError, known: Record<string, string>): { fields: Errors; general: string | null } {
  const { fields, general } = splitFieldErrors(error, (path) => known[path]);
  return { fields, general: general.length ? general.join(' ') : null };
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

/**
 * Saving from a thank-you dialog. `run` calls the backend once at a time; when that succeeds the
 * dialog closes and a toast says what happened, otherwise the messages go to the inputs `known`
 * names (without `known`, the error's own message goes above the buttons). Resolves to the field
 * messages when refused, else null.
 */
function useDialogSave(onClose: () => void) {
  const client = useClient();
  const toast = useToast();
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function run<T>(call: (client: Client) => Promise<Result<T>>, done: (value: T) => string, known?: Record<string, string>): Promise<Errors | null> {
    if (saving) return null;
    setSaving(true);
    const result = await call(client);
    setSaving(false);
    if (result.ok) {
      onClose();
      toast({ message: done(result.value) });
      return null;
    }
    const split = known ? splitError(result.error, known) : { fields: {}, general: result.error.message };
    setErrors(split.fields);
    setGeneral(split.general);
    return split.fields;
  }

  /** Drops the messages about inputs that changed (they are stale now). */
  const clear = (...names: string[]) => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([name]) => !names.includes(name))));

  return { errors, setErrors, clear, general, saving, run };
}

interface DialogFormProps {
  title: string;
  onClose(): void;
  onSubmit(event: FormEvent): void;
  /** The message that belongs to no input. */
  general: string | null;
  saving: boolean;
  submitLabel: string;
  /** In the dialog before the form, e.g. quick choices. */
  before?: ReactNode;
  /** Buttons before Cancel, e.g. "Reset to the rule". */
  start?: ReactNode;
  children: ReactNode;
}

/** A thank-you dialog around its form: the fields, then the error line, Cancel and the main action. */
function DialogForm({ title, onClose, onSubmit, general, saving, submitLabel, before, start, children }: DialogFormProps) {
  return (
    <Dialog open title={title} onClose={onClose}>
      {before}
      <form className="thank-you-form" onSubmit={onSubmit} noValidate>
        {children}
        <FormActions error={general} className="dialog-actions" onCancel={onClose} start={start}>
          <button type="submit" className="button primary" disabled={saving}>
            {submitLabel}
          </button>
        </FormActions>
      </form>
    </Dialog>
  );
}

/** A date and a time as typed, for one instant. */
export interface Pair {
  date: string;
  time: string;
}

/** A date and a time side by side, each with its own message (`errors[name + 'Date' | 'Time']`). */
export function DateTimeFields({
  formId,
  name,
  label,
  value,
  errors,
  onChange,
}: {
  formId: string;
  name: string;
  label: string;
  value: Pair;
  errors: Errors;
  onChange(value: Pair, part: 'date' | 'time'): void;
}) {
  return (
    <div className="date-time-pair">
      <Field id={`${formId}-${name}Date`} label={`${label} date`} error={errors[`${name}Date`]} hint={dateHint(value.date)}>
        {(props) => <DateInput {...props} value={value.date} onValueChange={(date) => onChange({ ...value, date }, 'date')} />}
      </Field>
      <Field id={`${formId}-${name}Time`} label={`${label} time`} error={errors[`${name}Time`]}>
        {(props) => <TimeInput {...props} value={value.time} placeholder="HH:MM" onValueChange={(time) => onChange({ ...value, time }, 'time')} />}
      </Field>
    </div>
  );
}

/** Parses a date + time pair into `errors[name + 'Date' | 'Time']`. */
export function parsePair(name: string, { date, time }: Pair, errors: Errors): string | null {
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

/** Checks a date-and-time pair as typed: the instant, or null with the messages shown and the first focused. */
function checkPair(formId: string, name: string, pair: Pair, setErrors: (errors: Errors) => void): string | null {
  const found: Errors = {};
  const iso = parsePair(name, pair, found);
  setErrors(found);
  if (!iso) focusFirst(formId, [`${name}Date`, `${name}Time`], found);
  return iso;
}

const FOLLOW_UP_TEXT_MISSING = 'Say what the follow-up is, e.g. “call to touch base”.';

/** What the mark-sent, skip and snooze dialogs need of a thank-you: the dashboard's rows have no full summary. */
export type ThankYouRef = Pick<ThankYouSummary, 'id' | 'channel'>;

interface ThankYouDialogProps<T extends ThankYouRef = ThankYouSummary> {
  thankYou: T;
  personName: string;
  onClose(): void;
}

export function MarkSentDialog({ thankYou, personName, defaultChannel, onClose }: ThankYouDialogProps<ThankYouRef> & { defaultChannel: Channel }) {
  const formId = useId();
  const [now] = useState(() => new Date());
  const [sent, setSent] = useState<Pair>({ date: localDate(now), time: localTime(now) });
  const [channel, setChannel] = useState<Channel>(thankYou.channel ?? defaultChannel);
  const [followText, setFollowText] = useState('');
  const [follow, setFollow] = useState<Pair>({ date: '', time: '09:00' });
  const { errors, setErrors, clear, general, saving, run } = useDialogSave(onClose);
  useInitialFocus(`${formId}-sentDate`);
  const order = ['sentDate', 'sentTime', 'channel', 'followText', 'followDate', 'followTime'];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const found: Errors = {};
    const sentAt = parsePair('sent', sent, found);
    const wantsFollowUp = followText.trim() !== '' || follow.date.trim() !== '';
    let followUp: { text: string; dueAt: string } | undefined;
    if (wantsFollowUp) {
      if (followText.trim() === '') found.followText = FOLLOW_UP_TEXT_MISSING;
      const dueAt = parsePair('follow', follow, found);
      if (dueAt && followText.trim() !== '') followUp = { text: followText, dueAt };
    }
    if (Object.keys(found).length > 0 || !sentAt) {
      setErrors(found);
      focusFirst(formId, order, found);
      return;
    }
    const refused = await run(
      (client) => client.call('thanks.markSent', { id: thankYou.id, sentAt, channel, ...(followUp ? { followUp } : {}) }),
      () => `Thank-you to ${isolate(personName)} marked as sent.`,
      { sentAt: 'sentTime', channel: 'channel', 'followUp.text': 'followText', 'followUp.dueAt': 'followDate', followUp: 'followText' },
    );
    if (refused) focusFirst(formId, order, refused);
  }

  // Suggested follow-up dates count from the day it was sent.
  const sentDay = localDateTimeToIso(sent.date, '12:00').ok ? sent.date : localDate(new Date());

  return (
    <DialogForm
      title={`Mark the thank-you to ${isolate(personName)} as sent`}
      onClose={onClose}
      onSubmit={submit}
      general={general}
      saving={saving}
      submitLabel={saving ? 'Saving…' : 'Mark as sent'}
    >
      <DateTimeFields
        formId={formId}
        name="sent"
        label="Sent"
        value={sent}
        errors={errors}
        onChange={(v, part) => {
          setSent(v);
          // The follow-up's date is checked against the sent date, so its message goes too.
          if (part === 'date') clear('sentDate', 'sentTime', 'followDate');
          else clear('sentTime', 'followDate');
        }}
      />
      <Field id={`${formId}-channel`} label="How" error={errors.channel}>
        {(props) => (
          <select {...props} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            <Options values={CHANNELS} labels={CHANNEL_LABELS} />
          </select>
        )}
      </Field>
      <fieldset className="follow-up-fieldset">
        <legend>Follow-up (optional)</legend>
        <FollowUpFields
          formId={formId}
          text={followText}
          when={follow}
          from={sentDay}
          errors={errors}
          onText={(v) => {
            setFollowText(v);
            clear('followText');
          }}
          onWhen={(v) => {
            setFollow(v);
            clear('followDate', 'followTime');
          }}
        />
      </fieldset>
    </DialogForm>
  );
}

/** A follow-up: what to do, and when, with dates suggested a week or two after `from` (YYYY-MM-DD). */
function FollowUpFields({
  formId,
  text,
  when,
  from,
  errors,
  required,
  onText,
  onWhen,
}: {
  formId: string;
  text: string;
  when: Pair;
  from: string;
  errors: Errors;
  required?: boolean;
  onText(text: string): void;
  onWhen(when: Pair): void;
}) {
  return (
    <>
      <Field id={`${formId}-followText`} label="What" required={required} error={errors.followText}>
        {(props) => <input {...props} value={text} dir="auto" autoComplete="off" placeholder="Call to touch base" onChange={(e) => onText(e.target.value)} />}
      </Field>
      <DateTimeFields formId={formId} name="follow" label="Follow-up" value={when} errors={errors} onChange={onWhen} />
      <div className="suggestions" role="group" aria-label="Follow-up date suggestions">
        {[7, 14].map((days) => (
          <button key={days} type="button" className="chip-button" onClick={() => onWhen({ ...when, date: shiftDate(from, days) ?? '' })}>
            {days === 7 ? 'In 1 week' : 'In 2 weeks'}
          </button>
        ))}
      </div>
    </>
  );
}

export const SKIP_REASONS = ['Thanked in person already', 'Not involved in the end', 'No contact details'];

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

export function SnoozeDialog({ thankYou, personName, onClose }: ThankYouDialogProps<ThankYouRef>) {
  const formId = useId();
  const [now] = useState(() => new Date());
  const [until, setUntil] = useState<Pair>({ date: localDate(new Date(now.getTime() + 86_400_000)), time: '09:00' });
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
    <DialogForm
      title={`Snooze the thank-you to ${isolate(personName)}`}
      onClose={onClose}
      onSubmit={submit}
      general={general}
      saving={saving}
      submitLabel="Snooze"
      before={
        <div className="snooze-choices" role="group" aria-label="Snooze until">
          {snoozeChoices(now).map((choice, index) => (
            <button key={choice.label} id={`${formId}-choice-${index}`} type="button" className="snooze-choice" disabled={saving} onClick={() => snooze(choice.until.toISOString())}>
              <span>{choice.label}</span>
              <span className="muted">{soon(choice.until, now)}</span>
            </button>
          ))}
        </div>
      }
    >
      <p className="field-label">Or pick a time</p>
      <DateTimeFields
        formId={formId}
        name="until"
        label="Until"
        value={until}
        errors={errors}
        onChange={(v) => {
          setUntil(v);
          setErrors({});
        }}
      />
    </DialogForm>
  );
}

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

export function FollowUpDialog({ thankYou, personName, onClose }: ThankYouDialogProps) {
  const formId = useId();
  const existing = thankYou.followUp;
  const [text, setText] = useState(existing?.text ?? '');
  const [when, setWhen] = useState<Pair>(existing ? { date: localDate(existing.dueAt), time: localTime(existing.dueAt) } : { date: '', time: '09:00' });
  const { errors, setErrors, clear, general, saving, run } = useDialogSave(onClose);
  useInitialFocus(`${formId}-followText`);
  const order = ['followText', 'followDate', 'followTime'];

  async function save(followUp: { text: string; dueAt: string } | null) {
    const refused = await run(
      (client) => client.call('thanks.setFollowUp', { id: thankYou.id, followUp }),
      () => (followUp ? `Follow-up with ${isolate(personName)} planned for ${soon(followUp.dueAt)}.` : 'Follow-up removed.'),
      { 'followUp.text': 'followText', 'followUp.dueAt': 'followDate' },
    );
    if (refused) focusFirst(formId, order, refused);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (text.trim() === '') found.followText = FOLLOW_UP_TEXT_MISSING;
    const dueAt = parsePair('follow', when, found);
    setErrors(found);
    if (!dueAt || found.followText) return focusFirst(formId, order, found);
    void save({ text, dueAt });
  }

  return (
    <DialogForm
      title={`Follow-up with ${isolate(personName)}`}
      onClose={onClose}
      onSubmit={submit}
      general={general}
      saving={saving}
      submitLabel="Save follow-up"
      start={
        existing && (
          <button type="button" className="button reset-button" disabled={saving} onClick={() => void save(null)}>
            Remove follow-up
          </button>
        )
      }
    >
      <FollowUpFields
        formId={formId}
        text={text}
        when={when}
        from={thankYou.sentAt ? localDate(thankYou.sentAt) : localDate(new Date())}
        errors={errors}
        required
        onText={(v) => {
          setText(v);
          clear('followText');
        }}
        onWhen={(v) => {
          setWhen(v);
          clear('followDate', 'followTime');
        }}
      />
    </DialogForm>
  );
}

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
      <FormActions error={general} className="dialog-actions" onCancel={onClose}>
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
