import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { DEFAULT_DUE_HOURS, INTERVIEW_FORMATS, type AppError } from '../../../shared';
import { useNow } from '../lib/use-now';
import { BulletsEditor } from '../ui/BulletsEditor';
import { Field } from '../ui/Field';
import { DuePreview } from './DuePreview';
import { FormatPicker } from './FormatPicker';
import { KindPicker } from './KindPicker';
import { buildDraft, firstErrorField, mapBackendErrors, type BuiltDraft, type FormErrors, type FormField } from './occasion-form-draft';
import { effectiveEnd, titleSuggestion, type OccasionFormValues } from './occasion-form-model';
import { OccasionFormFooter } from './OccasionFormFooter';
import { OpportunityField } from './OpportunityField';
import { participantNotesIds } from './ParticipantNotes';
import { PeopleField } from './PeopleField';
import { placePlaceholder } from './place-placeholder';
import { PromisedFollowUps } from './PromisedFollowUps';
import { useQueryValue } from '../api/use-query';
import { WhenFields } from './WhenFields';
import './occasions.css';

export { SUBMIT_SHORTCUT_LABEL } from '../lib/platform-keys';

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
  const [addingOpportunity, setAddingOpportunity] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // An input that appears with this render (a new promised follow-up, the end date) and should
  // take the focus as soon as it exists, before the next key is typed.
  const focusAfterRender = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });
  const focusOnRender = (elementId: string) => {
    focusAfterRender.current = elementId;
  };
  const settings = useQueryValue('settings.get', {});
  const opportunities = useQueryValue('opportunities.list', { limit: 500, offset: 0 });
  const dueHours = settings?.dueHours ?? DEFAULT_DUE_HOURS;
  const opportunityItems = opportunities?.items ?? [];

  const id = (field: string) => `${formId}-${field}`;
  const peopleId = id('people');
  const pointsId = id('points');

  /** The element a message is shown at, to move focus there. */
  const elementIdFor = (field: FormField): string => {
    const [head, key, sub, item, part] = field.split('.');
    if (head === 'participant' && sub === 'point') return `${participantNotesIds.points(`${peopleId}-${key}-notes`)}-${item}`;
    if (head === 'participant' && sub === 'promise') return participantNotesIds.promise(`${peopleId}-${key}-notes`, item!, part === 'url' ? 'url' : 'text');
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
    // After the render that shows the messages: a person's points open only then.
    if (first) focusOnRender(elementIdFor(first));
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    if (addingOpportunity) {
      // What was typed for the new opportunity would be lost, or the occasion saved without it.
      showErrors({ opportunityId: 'Add the new opportunity, or cancel it, before saving.' }, []);
      return;
    }
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
  const count = values.participants.length;
  const opportunity = opportunityItems.find((o) => o.id === values.opportunityId);

  const errorFor = (field: FormField) => errors[field];
  const pointErrors: Record<number, string | undefined> = {};
  values.discussionPoints.forEach((_, row) => (pointErrors[row] = errors[`point.${row}`]));

  return (
    <form ref={formRef} className="occasion-form" onSubmit={submit} onKeyDown={onFormKeyDown} noValidate aria-busy={saving}>
      {notice}

      <KindPicker values={values} errors={errors} id={id} change={change} />

      {values.kind === 'interview' && <FormatPicker values={values} errors={errors} id={id} change={change} />}

      <PeopleField values={values} errors={errors} id={id} change={change} peopleId={peopleId} />

      <WhenFields values={values} errors={errors} id={id} change={change} end={end} focusOnRender={focusOnRender} />

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
        <OpportunityField
          values={values}
          errors={errors}
          id={id}
          change={change}
          opportunities={opportunities?.items ?? null}
          adding={addingOpportunity}
          onAddingChange={(adding) => {
            setAddingOpportunity(adding);
            if (!adding && errors.opportunityId) setErrors((e) => ({ ...e, opportunityId: undefined }));
          }}
        />
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

        <PromisedFollowUps values={values} errors={errors} id={id} change={change} />
      </div>

      <Field id={id('notes')} label="Notes" error={errorFor('notes')}>
        {(props) => (
          <textarea {...props} value={values.notes} rows={3} dir="auto" onChange={(e) => change(['notes'], (v) => ({ ...v, notes: e.target.value }))} />
        )}
      </Field>

      <OccasionFormFooter
        general={general}
        errors={errors}
        preview={<DuePreview mode={mode} kind={values.kind} end={end} dueHours={dueHours} count={count} now={now} />}
        saving={saving}
        submitLabel={submitLabel}
        onCancel={onCancel}
      />
    </form>
  );
}
