import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import {
  DEFAULT_DUE_HOURS,
  defaultOccasionDurationMinutes,
  INTERVIEW_FORMAT_LABELS,
  INTERVIEW_FORMATS,
  OCCASION_KIND_LABELS,
  OCCASION_KINDS,
  thankYouDueAt,
  type AppError,
} from '../../../shared';
import { localDateTimeToIso, localTime } from '../lib/local-time';
import { useNow } from '../lib/use-now';
import { Field } from '../ui/Field';
import { BulletsEditor } from './BulletsEditor';
import { DateInput, dateHint, TimeInput } from './DateTimeInputs';
import { KIND_SHORT_LABELS, KindIcon } from './KindIcon';
import {
  buildDraft,
  durationLabel,
  effectiveEnd,
  firstErrorField,
  mapBackendErrors,
  newKey,
  titleSuggestion,
  withKind,
  type BuiltDraft,
  type FormErrors,
  type FormField,
  type OccasionFormValues,
} from './occasion-form-model';
import { PeoplePicker } from './PeoplePicker';
import { soon, span } from './time-text';
import { useFetchOnce } from './use-fetch-once';
import './occasions.css';

export const SUBMIT_SHORTCUT_LABEL = navigator.platform.startsWith('Mac') ? '⌘↵' : 'Ctrl+Enter';

interface Props {
  mode: 'create' | 'edit';
  values: OccasionFormValues;
  onChange(update: (values: OccasionFormValues) => OccasionFormValues): void;
  /** Saves; resolves to the backend's error, or null when saved. */
  onSubmit(built: BuiltDraft): Promise<AppError | null>;
  onCancel(): void;
  /** `occasion.` for an update, whose field paths are nested. */
  errorPrefix?: string;
  submitLabel: string;
  /** A line above the form, e.g. "continuing where you left off". */
  notice?: ReactNode;
}

/**
 * The occasion form, used to log one (in the dialog reachable from everywhere) and to edit one.
 * Built for the keyboard: the kind is a radio group (arrow keys), Enter in the people box adds
 * the highlighted person, Enter in a discussion point starts the next, Ctrl+Enter saves.
 */
export function OccasionForm({ mode, values, onChange, onSubmit, onCancel, errorPrefix = '', submitLabel, notice }: Props) {
  const formId = useId();
  const now = useNow(30_000);
  const [errors, setErrors] = useState<FormErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // An input that appears with this render (a new promised follow-up, the end date) and should
  // take the focus as soon as it exists, before the next key is typed.
  const focusAfterRender = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });
  const settings = useFetchOnce('settings.get', {});
  const opportunities = useFetchOnce('opportunities.list', { limit: 500, offset: 0 });
  const dueHours = settings?.dueHours ?? DEFAULT_DUE_HOURS;
  const opportunityItems = opportunities?.items ?? [];

  const id = (field: string) => `${formId}-${field}`;
  const peopleId = id('people');
  const pointsId = id('points');

  /** The element a message is shown at, to move focus there. */
  const elementIdFor = (field: FormField): string => {
    const [head, key, sub] = field.split('.');
    if (head === 'participant') return sub ? `${peopleId}-${key}-${sub}` : `${peopleId}-${key}`;
    if (head === 'point') return `${pointsId}-${key}`;
    if (head === 'promise') return id(`promise-${key}-${sub ?? 'text'}`);
    if (head === 'kind') return id(`kind-${values.kind}`);
    if (head === 'interviewFormat') return id(`format-${values.interviewFormat ?? INTERVIEW_FORMATS[0]}`);
    return id(field);
  };

  // The kind first when logging (arrow keys pick it, Tab goes on to the people); the title when
  // editing. After showModal(), which focuses the dialog's first button.
  useEffect(() => {
    const timer = setTimeout(() => document.getElementById(mode === 'create' ? id(`kind-${values.kind}`) : id('title'))?.focus(), 0);
    return () => clearTimeout(timer);
    // Only on open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Changes values and drops the messages about the fields that changed (they are stale now). */
  function change(fields: FormField[], update: (v: OccasionFormValues) => OccasionFormValues) {
    onChange(update);
    if (fields.some((f) => errors[f])) {
      setErrors((e) => {
        const next = { ...e };
        for (const f of fields) delete next[f];
        return next;
      });
    }
  }

  function showErrors(fieldErrors: FormErrors, messages: string[]) {
    setErrors(fieldErrors);
    setGeneral(messages);
    const first = firstErrorField(fieldErrors, values);
    if (first) setTimeout(() => document.getElementById(elementIdFor(first))?.focus(), 0);
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    const result = buildDraft(values);
    if (!result.ok) {
      showErrors(result.errors, []);
      return;
    }
    setSaving(true);
    const error = await onSubmit(result.built);
    setSaving(false);
    if (!error) return;
    const mapped = mapBackendErrors(error, values, result.built, errorPrefix);
    showErrors(mapped.fields, mapped.general);
  }

  function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void submit();
      return;
    }
    // Enter in a one-line box does not save a half-filled form; Ctrl+Enter or the button does.
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement) event.preventDefault();
  }

  const end = effectiveEnd(values);
  const start = localDateTimeToIso(values.date, values.time);
  const defaultMinutes = defaultOccasionDurationMinutes(values.kind, values.interviewFormat);
  const endHint = (() => {
    if (values.endTime.trim() !== '' || values.endOnOtherDay) {
      if (!end || !start.ok) return undefined;
      const minutes = Math.round((end.getTime() - Date.parse(start.iso)) / 60_000);
      return minutes >= 0 ? `Lasts ${durationLabel(minutes)}` : undefined;
    }
    if (defaultMinutes === 0) return 'Optional: a moment, so it ends when it starts';
    return end ? `Ends ${localTime(end)} (default ${durationLabel(defaultMinutes)})` : `Default: ${durationLabel(defaultMinutes)}`;
  })();
  const due = end ? thankYouDueAt(values.kind, end, dueHours) : null;
  const count = values.participants.length;
  const opportunity = opportunityItems.find((o) => o.id === values.opportunityId);
  const opportunityLabel = opportunity?.label;

  let preview: ReactNode;
  if (!due) preview = <span>Enter when it happened to see when the thank-yous are due.</span>;
  else {
    const overdue = due.getTime() < now.getTime();
    const when = (
      <strong>
        <time dateTime={due.toISOString()}>{soon(due, now)}</time>
      </strong>
    );
    const relative = overdue ? `already overdue by ${span(now.getTime() - due.getTime())}` : `in ${span(due.getTime() - now.getTime())}`;
    const subject =
      mode === 'edit'
        ? 'Thank-yous without a custom due time will be due by'
        : count === 0
          ? 'Each person you add gets their own thank-you, due by'
          : count === 1
            ? '1 thank-you will be due by'
            : `${count} thank-yous will be due by`;
    preview = (
      <span className={overdue ? 'due-preview overdue' : 'due-preview'}>
        {subject} {when} <span className="due-relative">({relative})</span>
      </span>
    );
  }

  const errorFor = (field: FormField) => errors[field];
  const pointErrors: Record<number, string | undefined> = {};
  values.discussionPoints.forEach((_, row) => (pointErrors[row] = errors[`point.${row}`]));

  return (
    <form ref={formRef} className="occasion-form" onSubmit={submit} onKeyDown={onFormKeyDown} noValidate aria-busy={saving}>
      {notice}

      <fieldset className="kind-picker" aria-describedby={errors.kind ? id('kind-error') : undefined}>
        <legend>What happened?</legend>
        <div className="kind-options">
          {OCCASION_KINDS.map((kind) => (
            <label key={kind} className={values.kind === kind ? 'kind-option checked' : 'kind-option'} title={OCCASION_KIND_LABELS[kind]}>
              <input
                type="radio"
                name={id('kind')}
                id={id(`kind-${kind}`)}
                value={kind}
                checked={values.kind === kind}
                onChange={() => change(['kind', 'interviewFormat'], (v) => withKind(v, kind))}
                aria-label={OCCASION_KIND_LABELS[kind]}
              />
              <KindIcon kind={kind} size={22} />
              <span aria-hidden="true">{KIND_SHORT_LABELS[kind]}</span>
            </label>
          ))}
        </div>
        {errors.kind && (
          <p className="field-error" id={id('kind-error')}>
            {errors.kind}
          </p>
        )}
      </fieldset>

      {values.kind === 'interview' && (
        <fieldset className="format-picker">
          <legend>Format</legend>
          <div className="format-options">
            {INTERVIEW_FORMATS.map((format) => (
              <label key={format} className={values.interviewFormat === format ? 'format-option checked' : 'format-option'}>
                <input
                  type="radio"
                  name={id('format')}
                  id={id(`format-${format}`)}
                  value={format}
                  checked={values.interviewFormat === format}
                  onChange={() => change(['interviewFormat'], (v) => ({ ...v, interviewFormat: format }))}
                />
                <span>{INTERVIEW_FORMAT_LABELS[format]}</span>
              </label>
            ))}
          </div>
          {errors.interviewFormat && <p className="field-error">{errors.interviewFormat}</p>}
        </fieldset>
      )}

      <div className={errors.people ? 'field invalid' : 'field'}>
        <label htmlFor={peopleId}>
          Who helped?
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <PeoplePicker
          inputId={peopleId}
          kind={values.kind}
          participants={values.participants}
          query={values.peopleQuery}
          errors={errors}
          describedBy={errors.people ? id('people-error') : id('people-hint')}
          onQueryChange={(peopleQuery) => change(['people'], (v) => ({ ...v, peopleQuery }))}
          onParticipantsChange={(participants) =>
            change(
              ['people', ...values.participants.flatMap((p) => [`participant.${p.key}`, `participant.${p.key}.email`, `participant.${p.key}.role`] as FormField[])],
              (v) => ({ ...v, participants }),
            )
          }
        />
        {errors.people ? (
          <p className="field-error" id={id('people-error')}>
            {errors.people}
          </p>
        ) : (
          <p className="field-hint" id={id('people-hint')}>
            Each person gets their own thank-you. Backspace in the empty box removes the last one.
          </p>
        )}
      </div>

      <div className="when-grid">
        <Field id={id('date')} label="Date" required error={errorFor('date')} hint={dateHint(values.date) ?? 'YYYY-MM-DD; ↑/↓ change the day'}>
          {(props) => (
            <DateInput {...props} value={values.date} onValueChange={(date) => change(['date', 'time', 'endTime'], (v) => ({ ...v, date, whenEdited: true }))} />
          )}
        </Field>
        <Field id={id('time')} label={defaultMinutes === 0 ? 'Time' : 'Start'} required error={errorFor('time')} hint="HH:MM, 24-hour">
          {(props) => (
            <TimeInput {...props} value={values.time} placeholder="HH:MM" onValueChange={(time) => change(['time', 'endTime'], (v) => ({ ...v, time, whenEdited: true }))} />
          )}
        </Field>
        <div className="end-field">
          <Field id={id('endTime')} label="End" error={errorFor('endTime')} hint={endHint}>
            {(props) => (
              <TimeInput
                {...props}
                value={values.endTime}
                placeholder={end && values.endTime.trim() === '' && !values.endOnOtherDay ? localTime(end) : 'HH:MM'}
                onValueChange={(endTime) => change(['endTime', 'endDate'], (v) => ({ ...v, endTime }))}
              />
            )}
          </Field>
          {!values.endOnOtherDay && (
            <button
              type="button"
              className="link-button small-link"
              onClick={() => {
                change(['endDate', 'endTime'], (v) => ({ ...v, endOnOtherDay: true, endDate: v.date }));
                focusAfterRender.current = id('endDate');
              }}
            >
              Ends on another day?
            </button>
          )}
        </div>
        {values.endOnOtherDay && (
          <Field id={id('endDate')} label="End date" error={errorFor('endDate')} hint={dateHint(values.endDate)}>
            {(props) => (
              <div className="inline-input">
                <DateInput {...props} value={values.endDate} onValueChange={(endDate) => change(['endDate', 'endTime'], (v) => ({ ...v, endDate }))} />
                <button
                  type="button"
                  className="link-button"
                  onClick={() => change(['endDate', 'endTime'], (v) => ({ ...v, endOnOtherDay: false, endDate: '' }))}
                >
                  Same day
                </button>
              </div>
            )}
          </Field>
        )}
      </div>

      <Field id={id('title')} label="Title" error={errorFor('title')} hint="Optional: left empty, it reads as shown in grey.">
        {(props) => (
          <input
            {...props}
            value={values.title}
            dir="auto"
            autoComplete="off"
            placeholder={titleSuggestion(values, opportunity?.company)}
            onChange={(e) => change(['title'], (v) => ({ ...v, title: e.target.value }))}
          />
        )}
      </Field>

      <div className="form-grid occasion-grid">
        <Field id={id('location')} label="Place or medium" error={errorFor('location')}>
          {(props) => (
            <input
              {...props}
              value={values.location}
              dir="auto"
              autoComplete="off"
              placeholder={placePlaceholder(values.kind, values.interviewFormat)}
              onChange={(e) => change(['location'], (v) => ({ ...v, location: e.target.value }))}
            />
          )}
        </Field>
        <Field
          id={id('opportunityId')}
          label="Opportunity"
          error={errorFor('opportunityId')}
          hint={opportunities !== null && opportunityItems.length === 0 ? 'None recorded yet (optional).' : 'Optional: the job this is about.'}
        >
          {(props) => (
            <select
              {...props}
              value={values.opportunityId ?? ''}
              onChange={(e) => change(['opportunityId'], (v) => ({ ...v, opportunityId: e.target.value === '' ? null : Number(e.target.value) }))}
            >
              <option value="">None</option>
              {opportunityItems.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
              {values.opportunityId !== null && !opportunityItems.some((o) => o.id === values.opportunityId) && (
                <option value={values.opportunityId}>{opportunityLabel ?? 'Current opportunity'}</option>
              )}
            </select>
          )}
        </Field>
      </div>

      <div className="form-columns">
        <div className="field">
          <label htmlFor={`${pointsId}-0`}>Discussion points</label>
          <BulletsEditor
            id={pointsId}
            label="Discussion point"
            items={values.discussionPoints}
            errors={pointErrors}
            placeholder="What you talked about — Enter for the next point"
            onChange={(discussionPoints) => change(values.discussionPoints.map((_, i) => `point.${i}` as FormField), (v) => ({ ...v, discussionPoints }))}
          />
          <p className="field-hint">They are offered when you write the thank-you.</p>
        </div>

        <div className="field">
          <span className="field-label" id={id('promises-label')}>
            Promised follow-ups
          </span>
          {values.promisedFollowUps.length > 0 && (
            <ul className="promises" aria-labelledby={id('promises-label')}>
              {values.promisedFollowUps.map((promise, index) => {
                const rowError = errors[`promise.${promise.key}`];
                const textError = errors[`promise.${promise.key}.text`];
                const urlError = errors[`promise.${promise.key}.url`];
                const textId = id(`promise-${promise.key}-text`);
                const urlId = id(`promise-${promise.key}-url`);
                const update = (patch: Partial<typeof promise>) =>
                  change([`promise.${promise.key}`, `promise.${promise.key}.text`, `promise.${promise.key}.url`], (v) => ({
                    ...v,
                    promisedFollowUps: v.promisedFollowUps.map((f) => (f.key === promise.key ? { ...f, ...patch } : f)),
                  }));
                return (
                  <li key={promise.key} className={rowError || textError || urlError ? 'promise invalid' : 'promise'}>
                    <input
                      id={textId}
                      value={promise.text}
                      dir="auto"
                      autoComplete="off"
                      placeholder="What you promised, e.g. my portfolio"
                      aria-label={`Promised follow-up ${index + 1}`}
                      aria-invalid={Boolean(rowError || textError)}
                      aria-describedby={rowError || textError ? `${textId}-error` : undefined}
                      onChange={(e) => update({ text: e.target.value })}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) document.getElementById(urlId)?.focus();
                      }}
                    />
                    <input
                      id={urlId}
                      type="url"
                      value={promise.url}
                      autoComplete="off"
                      spellCheck={false}
                      placeholder="Link (optional)"
                      aria-label={`Link for promised follow-up ${index + 1}`}
                      aria-invalid={Boolean(urlError)}
                      aria-describedby={urlError ? `${urlId}-error` : undefined}
                      onChange={(e) => update({ url: e.target.value })}
                    />
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove promised follow-up ${index + 1}`}
                      onClick={() => change([], (v) => ({ ...v, promisedFollowUps: v.promisedFollowUps.filter((f) => f.key !== promise.key) }))}
                    >
                      ×
                    </button>
                    {(rowError || textError) && (
                      <p className="field-error" id={`${textId}-error`}>
                        {rowError ?? textError}
                      </p>
                    )}
                    {urlError && (
                      <p className="field-error" id={`${urlId}-error`}>
                        {urlError}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <button
            type="button"
            className="link-button add-promise"
            onClick={() => {
              const key = newKey('promise');
              change([], (v) => ({ ...v, promisedFollowUps: [...v.promisedFollowUps, { key, text: '', url: '' }] }));
              focusAfterRender.current = id(`promise-${key}-text`);
            }}
          >
            + Add something you promised to send
          </button>
        </div>
      </div>

      <Field id={id('notes')} label="Notes" error={errorFor('notes')}>
        {(props) => (
          <textarea {...props} value={values.notes} rows={3} dir="auto" onChange={(e) => change(['notes'], (v) => ({ ...v, notes: e.target.value }))} />
        )}
      </Field>

      <footer className="occasion-form-footer">
        <div className="footer-text">
          {general.length > 0 ? (
            <p className="form-error" role="alert">
              {general.join(' ')}
            </p>
          ) : Object.keys(errors).some((k) => errors[k as FormField]) ? (
            <p className="form-error" role="alert">
              Please check the highlighted fields. Nothing you typed was lost.
            </p>
          ) : (
            <p className="preview" aria-live="polite">
              {preview}
            </p>
          )}
        </div>
        <div className="footer-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving} aria-keyshortcuts="Control+Enter Meta+Enter">
            {saving ? 'Saving…' : submitLabel}
            <kbd aria-hidden="true">{SUBMIT_SHORTCUT_LABEL}</kbd>
          </button>
        </div>
      </footer>
    </form>
  );
}

function placePlaceholder(kind: OccasionFormValues['kind'], format: OccasionFormValues['interviewFormat']): string {
  if (kind === 'interview') {
    if (format === 'phone-screen') return 'Phone';
    if (format === 'video') return 'Zoom, Teams, Meet…';
    return 'Office address, floor, room…';
  }
  if (kind === 'referral' || kind === 'recommendation') return 'Email, LinkedIn, in person…';
  if (kind === 'advocacy-call') return 'Phone call to the hiring manager';
  return 'Café, video call, office…';
}
