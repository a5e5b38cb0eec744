import { useId, useRef, useState, type FormEvent } from 'react';
import { findSectionProblems, findUnknownMergeFields, MERGE_FIELDS, OCCASION_KIND_LABELS, OCCASION_KINDS, type OccasionKind, type Template } from '../../../shared';
import { useClient } from '../api/client-context';
import { byFieldName, splitFieldErrors } from '../lib/field-errors';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { Options } from '../ui/Options';
import { useToast } from '../ui/toast';

/** A template being edited: an existing one (with its id), or a new one of the user's own. */
export type TemplateDraft = Pick<Template, 'kind' | 'name' | 'subject' | 'body'> & Partial<Pick<Template, 'id' | 'builtIn' | 'customized'>>;

const FIELDS = ['kind', 'name', 'subject', 'body'] as const;
type FieldName = (typeof FIELDS)[number];

/**
 * Editing one template: name, subject and Markdown body with `{{merge fields}}`. A field name
 * Thankful does not know is flagged as you type (with the closest known name), since it would
 * stay in every note as typed; the list of fields beside the form inserts one where the cursor is.
 */
export function TemplateDialog({ draft, onClose }: { draft: TemplateDraft; onClose(): void }) {
  const client = useClient();
  const toast = useToast();
  const id = useId();
  const [values, setValues] = useState(draft);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const body = useRef<HTMLTextAreaElement>(null);
  const subject = useRef<HTMLInputElement>(null);
  const lastFocused = useRef<'subject' | 'body'>('body');
  const dirty = FIELDS.some((field) => values[field] !== draft[field]);
  const isNew = draft.id === undefined;

  const set = <K extends FieldName>(field: K, value: TemplateDraft[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    setLeaving(false);
  };

  /** `{{name}}` where the cursor was in the subject or the body. */
  function insertField(name: string) {
    const target = lastFocused.current === 'subject' ? subject.current : body.current;
    const field = lastFocused.current;
    if (!target) return;
    const text = `{{${name}}}`;
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    set(field, target.value.slice(0, start) + text + target.value.slice(end));
    requestAnimationFrame(() => {
      target.focus();
      target.setSelectionRange(start + text.length, start + text.length);
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setFormError(null);
    const result = await client.call('templates.save', { id: draft.id, kind: values.kind, name: values.name, subject: values.subject, body: values.body });
    setSaving(false);
    if (result.ok) {
      toast({ message: isNew ? `Added “${result.value.name}”.` : `Saved “${result.value.name}”.` });
      onClose();
      return;
    }
    const { fields, general } = splitFieldErrors(result.error, byFieldName(FIELDS));
    setErrors(fields);
    setFormError(general.join(' ') || null);
    const first = FIELDS.find((field) => fields[field]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }

  const close = () => (dirty && !leaving ? setLeaving(true) : onClose());
  const subjectWarning = templateWarning(values.subject);
  const bodyWarning = templateWarning(values.body);
  const title = isNew ? 'New template' : draft.builtIn ? 'Edit built-in template' : 'Edit template';

  return (
    <Dialog open title={title} size="large" onClose={close}>
      <form className="template-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="template-form-fields">
          <div className="template-form-row">
            <Field id={`${id}-name`} label="Name" required error={errors.name}>
              {(props) => <input {...props} type="text" value={values.name} onChange={(e) => set('name', e.target.value)} dir="auto" data-autofocus />}
            </Field>
            <Field id={`${id}-kind`} label="For" error={errors.kind} hint={draft.builtIn ? 'A built-in template stays with its kind.' : undefined}>
              {(props) => (
                <select {...props} value={values.kind} disabled={draft.builtIn} onChange={(e) => set('kind', e.target.value as OccasionKind)}>
                  <Options values={OCCASION_KINDS} labels={OCCASION_KIND_LABELS} />
                </select>
              )}
            </Field>
          </div>
          <Field id={`${id}-subject`} label="Subject" error={errors.subject}>
            {(props) => (
              <input
                {...props}
                {...warned(props, subjectWarning, `${id}-subject-warning`)}
                ref={subject}
                type="text"
                value={values.subject}
                onChange={(e) => set('subject', e.target.value)}
                onFocus={() => (lastFocused.current = 'subject')}
                dir="auto"
                spellCheck
              />
            )}
          </Field>
          <FieldWarning id={`${id}-subject-warning`} message={subjectWarning} />
          <Field id={`${id}-body`} label="Note" error={errors.body} hint="Markdown. Square brackets, like [one sentence on what you would bring], mark what the writer must fill in.">
            {(props) => (
              <textarea
                {...props}
                {...warned(props, bodyWarning, `${id}-body-warning`)}
                ref={body}
                rows={14}
                value={values.body}
                onChange={(e) => set('body', e.target.value)}
                onFocus={() => (lastFocused.current = 'body')}
                dir="auto"
                spellCheck
              />
            )}
          </Field>
          <FieldWarning id={`${id}-body-warning`} message={bodyWarning} />
        </div>
        <aside className="merge-help" aria-labelledby={`${id}-help`}>
          <h3 id={`${id}-help`}>Merge fields</h3>
          <p className="muted">Filled in from what you recorded. Click one to insert it at the cursor.</p>
          <p className="muted" data-testid="sections-help">
            To leave text out when a field is empty, put it in a section: <code>{'{{#promisedFollowUps}}'}</code>As promised…
            <code>{'{{/promisedFollowUps}}'}</code> is kept only when something was promised; <code>{'{{^discussionPoint}}'}</code>…
            <code>{'{{/discussionPoint}}'}</code> only when nothing was. End the note with <code>{'{{signOff}}'}</code>: your closing and signature, once.
          </p>
          <ul>
            {MERGE_FIELDS.map((field) => (
              <li key={field.name}>
                <button type="button" className="merge-field" onClick={() => insertField(field.name)} title={`${field.description} Example: ${field.example}`}>
                  <code>{`{{${field.name}}}`}</code>
                  <span>{field.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </aside>
        <div className="template-form-actions">
          {leaving && (
            <p className="discard-prompt" role="alert">
              Close without saving your changes?{' '}
              <button type="button" className="link-button" onClick={onClose}>
                Discard changes
              </button>
            </p>
          )}
          <FormActions error={formError} className="dialog-actions" onCancel={close}>
            <button type="submit" className="button primary" disabled={saving || (!dirty && !isNew)}>
              {saving ? 'Saving…' : 'Save template'}
            </button>
          </FormActions>
        </div>
      </form>
    </Dialog>
  );
}

/** An unknown merge field is a warning, not an error: the template can be saved, but should not be. */
function FieldWarning({ id, message }: { id: string; message: string | undefined }) {
  return (
    <p id={id} className="field-warning" role="status" hidden={!message}>
      {message && (
        <>
          <span aria-hidden="true">⚠ </span>
          {message}
        </>
      )}
    </p>
  );
}

function warned(props: { 'aria-describedby': string | undefined }, warning: string | undefined, warningId: string) {
  if (!warning) return {};
  return { 'aria-describedby': [props['aria-describedby'], warningId].filter(Boolean).join(' '), className: 'has-warning' };
}

/** What would go wrong when this text is filled: unknown fields, then sections that do not close; undefined when nothing. */
export function templateWarning(text: string): string | undefined {
  const messages = [unknownFieldsMessage(text), ...findSectionProblems(text)].filter((message) => message !== undefined);
  return messages.length === 0 ? undefined : messages.join(' ');
}

/** "Unknown merge field {{person.nmae}}: did you mean {{person.fullName}}? …", or undefined. */
export function unknownFieldsMessage(text: string): string | undefined {
  const unknown = findUnknownMergeFields(text);
  if (unknown.length === 0) return undefined;
  const parts = unknown.map((name) => {
    const guess = closestField(name);
    return guess ? `{{${name}}} (did you mean {{${guess}}}?)` : `{{${name}}}`;
  });
  const list = parts.join(', ');
  return `${unknown.length === 1 ? 'Unknown merge field' : 'Unknown merge fields'} ${list}: Thankful cannot fill ${unknown.length === 1 ? 'it' : 'them'}, so ${unknown.length === 1 ? 'it' : 'they'} would stay in the note as typed.`;
}

function closestField(name: string): string | undefined {
  // "company" → person.company: the last part alone.
  const byPart = MERGE_FIELDS.find((field) => field.name.toLowerCase().endsWith(`.${name.toLowerCase()}`));
  if (byPart) return byPart.name;
  let best: { name: string; distance: number } | undefined;
  for (const field of MERGE_FIELDS) {
    const distance = editDistance(name.toLowerCase(), field.name.toLowerCase());
    if (!best || distance < best.distance) best = { name: field.name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 4)) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
