import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { defaultAddressAs, type Person } from '../../../shared';
import { useClient } from '../api/client-context';
import { fieldErrorsFrom } from '../lib/field-errors';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { conflictingPerson, type ExistingPerson } from './conflicting-person';
import { EmailsEditor, newEmailRow, type EmailRow } from './EmailsEditor';
import { addTags, TagsInput } from './TagsInput';

type TextField = 'fullName' | 'addressAs' | 'phone' | 'company' | 'title' | 'linkedinUrl' | 'notes';

interface Values extends Record<TextField, string> {
  emails: EmailRow[];
  tags: string[];
  tagDraft: string;
}

/** Error keys: the text fields, `emails` (the list), `email:<row key>` (one address), `tags`. */
type Errors = Partial<Record<string, string>>;

interface Props {
  person: Person;
  onSaved(person: Person): void;
  onCancel(): void;
}

function initialValues(person: Person): Values {
  return {
    fullName: person.fullName,
    addressAs: person.addressAsOverride ?? '',
    phone: person.phone,
    company: person.company,
    title: person.title,
    linkedinUrl: person.linkedinUrl,
    notes: person.notes,
    emails: person.emails.length ? person.emails.map((email) => newEmailRow(email)) : [newEmailRow()],
    tags: person.tags,
    tagDraft: '',
  };
}

/** Order in which the first invalid field gets focus. */
const FOCUS_ORDER = ['fullName', 'addressAs', 'emails', 'phone', 'company', 'title', 'linkedinUrl', 'tags', 'notes'];

/**
 * Every field of a person in one form. The backend validates; its messages appear at the field
 * they concern (`changes.emails.1` → the second address) and everything typed stays put.
 */
export function PersonEditForm({ person, onSaved, onCancel }: Props) {
  const client = useClient();
  const formId = useId();
  const [values, setValues] = useState(() => initialValues(person));
  // The revision the form was filled from, not a newer one a refetch brings: a change made
  // meanwhile in another window is then refused (CONFLICT) instead of overwritten unseen.
  const [revision, setRevision] = useState(person.revision);
  const [errors, setErrors] = useState<Errors>({});
  const [existing, setExisting] = useState<ExistingPerson | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const fid = (field: string) => `${formId}-${field}`;

  useEffect(() => nameInput.current?.focus(), []);

  const set = <K extends keyof Values>(field: K, value: Values[K], clear: string[] = [field]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !clear.includes(key))));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    // Blank address rows are dropped; remember which row each sent address came from so that
    // `emails.N` in an error lands on the input the user typed it in.
    const sent = values.emails.map((email) => ({ ...email, value: email.value.trim() })).filter((email) => email.value !== '');
    const tags = addTags(values.tags, values.tagDraft);
    setValues((v) => ({ ...v, tags, tagDraft: '' }));
    setSaving(true);
    setFormError(null);
    setExisting(null);
    const result = await client.call('people.update', {
      id: person.id,
      revision,
      changes: {
        fullName: values.fullName,
        addressAs: values.addressAs,
        emails: sent.map((email) => email.value),
        phone: values.phone,
        company: values.company,
        title: values.title,
        linkedinUrl: values.linkedinUrl,
        notes: values.notes,
        tags,
      },
    });
    if (result.ok) {
      setSaving(false);
      onSaved(result.value);
      return;
    }
    // Changed elsewhere: what was typed stays, the message says so, and saving again overwrites on purpose.
    if (result.error.code === 'CONFLICT' && typeof result.error.details?.revision === 'number') setRevision(result.error.details.revision);
    const mapped = fieldErrorsFrom(result.error, (path) => {
      // An update nests its fields under `changes.`.
      const field = path.replace(/^changes\./u, '');
      const email = /^emails\.(\d+)/u.exec(field);
      if (email) {
        const source = sent[Number(email[1])];
        return source ? `email:${source.key}` : 'emails';
      }
      return field.split('.')[0]!;
    });
    setErrors(mapped);
    const shown = Object.keys(mapped).some((key) => key.startsWith('email:') || FOCUS_ORDER.includes(key));
    if (!shown) setFormError(result.error.message);
    setExisting(await conflictingPerson(client, result.error));
    setSaving(false);
    const first = FOCUS_ORDER.find((field) => field === 'emails' ? Object.keys(mapped).some((key) => key.startsWith('email')) : mapped[field]);
    if (first === 'emails') {
      const invalidRow = values.emails.find((email) => mapped[`email:${email.key}`]) ?? values.emails[0];
      if (invalidRow) document.getElementById(fid(`email-${invalidRow.key}`))?.focus();
    } else if (first) {
      document.getElementById(fid(first))?.focus();
    }
  }

  const defaultGreeting = defaultAddressAs(values.fullName);

  return (
    <form className="person-form" onSubmit={submit} noValidate aria-label={`Edit ${person.fullName}`}>
      <div className="person-form-grid">
        <Field id={fid('fullName')} label="Full name" required error={errors.fullName}>
          {(props) => <input {...props} ref={nameInput} value={values.fullName} onChange={(e) => set('fullName', e.target.value)} autoComplete="off" dir="auto" />}
        </Field>
        <Field
          id={fid('addressAs')}
          label="How to address them"
          hint={defaultGreeting ? `Leave empty to greet them as “${defaultGreeting}”.` : 'Leave empty to use their first name.'}
          error={errors.addressAs}
        >
          {(props) => (
            <input {...props} value={values.addressAs} onChange={(e) => set('addressAs', e.target.value)} placeholder={defaultGreeting || 'e.g. Priya, Dr. Okafor'} autoComplete="off" dir="auto" />
          )}
        </Field>
        <EmailsEditor
          idFor={(key) => fid(`email-${key}`)}
          rows={values.emails}
          errors={errors}
          existing={existing}
          onChange={(emails, changedKey) => {
            set('emails', emails, changedKey === undefined ? ['emails'] : ['emails', `email:${changedKey}`]);
            setExisting(null);
          }}
        />
        <Field id={fid('phone')} label="Phone" error={errors.phone}>
          {(props) => <input {...props} type="tel" value={values.phone} onChange={(e) => set('phone', e.target.value)} autoComplete="off" />}
        </Field>
        <Field id={fid('company')} label="Company" error={errors.company}>
          {(props) => <input {...props} value={values.company} onChange={(e) => set('company', e.target.value)} autoComplete="off" dir="auto" />}
        </Field>
        <Field id={fid('title')} label="Title" error={errors.title}>
          {(props) => <input {...props} value={values.title} onChange={(e) => set('title', e.target.value)} placeholder="e.g. Engineering Manager" autoComplete="off" dir="auto" />}
        </Field>
        <Field id={fid('linkedinUrl')} label="LinkedIn URL" error={errors.linkedinUrl}>
          {(props) => (
            <input
              {...props}
              type="url"
              value={values.linkedinUrl}
              onChange={(e) => set('linkedinUrl', e.target.value)}
              placeholder="https://www.linkedin.com/in/…"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <Field id={fid('tags')} label="Tags" hint="Press Enter or type a comma after each tag." error={errors.tags}>
          {(props) => (
            <TagsInput
              id={props.id}
              tags={values.tags}
              draft={values.tagDraft}
              invalid={props['aria-invalid']}
              describedBy={props['aria-describedby']}
              onChange={(tags, draft) => {
                setValues((v) => ({ ...v, tags, tagDraft: draft }));
                setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => key !== 'tags')));
              }}
            />
          )}
        </Field>
        <div className="pp-span-all">
          <Field id={fid('notes')} label="Notes" hint="Plain text; Markdown is kept as you type it." error={errors.notes}>
            {(props) => <textarea {...props} value={values.notes} onChange={(e) => set('notes', e.target.value)} rows={6} dir="auto" />}
          </Field>
        </div>
      </div>
      <FormActions error={formError} onCancel={onCancel} cancelDisabled={saving}>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </FormActions>
    </form>
  );
}
