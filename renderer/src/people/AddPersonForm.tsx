import { useId, useImperativeHandle, useRef, useState, type FormEvent, type Ref } from 'react';
import { Link } from 'react-router';
import { defaultAddressAs, type Person } from '../../../shared';
import { useClient } from '../api/client-context';
import { fieldErrorsFrom } from '../lib/field-errors';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormActions';
import { conflictingPerson, type ExistingPerson } from './conflicting-person';

interface Props {
  onAdded(person: Person): void;
  ref?: Ref<AddPersonFormHandle>;
}

export interface AddPersonFormHandle {
  focus(): void;
}

const FIELDS = ['fullName', 'addressAs', 'email', 'company'] as const;
type FieldName = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<FieldName, string>>;

const EMPTY: Record<FieldName, string> = { fullName: '', addressAs: '', email: '', company: '' };

/**
 * Adds a person quickly: name, greeting, email and company; the rest is on their page. The
 * backend validates (one set of rules for every transport); its field errors are shown next to
 * the inputs, and what was typed stays until the person is saved. A known email offers the
 * existing person instead of a duplicate.
 */
export function AddPersonForm({ onAdded, ref }: Props) {
  const client = useClient();
  const formId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [existing, setExisting] = useState<ExistingPerson | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useImperativeHandle(ref, () => ({ focus: () => nameInput.current?.focus() }), []);

  const update = (field: FieldName) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    // The message described what was typed before; once the user edits the field it is stale.
    setErrors((e) => ({ ...e, [field]: undefined }));
    if (field === 'email') setExisting(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setFormError(null);
    setExisting(null);
    const submitted = values;
    const email = submitted.email.trim();
    const result = await client.call('people.create', {
      fullName: submitted.fullName,
      addressAs: submitted.addressAs,
      company: submitted.company,
      ...(email ? { emails: [email] } : {}),
    });
    if (result.ok) {
      setSaving(false);
      // Empties what was saved; whatever was typed for the next person while it saved stays.
      setValues((current) => Object.fromEntries(FIELDS.map((field) => [field, current[field] === submitted[field] ? '' : current[field]])) as typeof EMPTY);
      setErrors({});
      onAdded(result.value);
      nameInput.current?.focus();
      return;
    }
    // The quick form has one email input: whatever the backend says about `emails.*` belongs there.
    const fieldErrors: FieldErrors = fieldErrorsFrom(result.error, (path) => {
      const field = path.startsWith('emails') ? 'email' : path;
      return FIELDS.find((name) => name === field);
    });
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length === 0) setFormError(result.error.message);
    setExisting(await conflictingPerson(client, result.error));
    setSaving(false);
    const firstInvalid = FIELDS.find((field) => fieldErrors[field]);
    if (firstInvalid) document.getElementById(`${formId}-${firstInvalid}`)?.focus();
  }

  const defaultGreeting = values.fullName.trim() ? defaultAddressAs(values.fullName) : '';
  const greetingHint = defaultGreeting ? `Leave empty to greet them as “${defaultGreeting}”.` : 'Leave empty to use their first name.';

  return (
    <form className="card add-person" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Add a person</h2>
      <div className="add-person-grid">
        <Field id={`${formId}-fullName`} label="Full name" required error={errors.fullName}>
          {(props) => (
            <input {...props} ref={nameInput} value={values.fullName} onChange={(e) => update('fullName')(e.target.value)} autoComplete="off" dir="auto" />
          )}
        </Field>
        <Field id={`${formId}-addressAs`} label="How to address them" hint={greetingHint} error={errors.addressAs}>
          {(props) => (
            <input
              {...props}
              value={values.addressAs}
              onChange={(e) => update('addressAs')(e.target.value)}
              placeholder={defaultGreeting || 'e.g. Priya'}
              autoComplete="off"
              dir="auto"
            />
          )}
        </Field>
        <div className="pp-field-with-action">
          <Field id={`${formId}-email`} label="Email" error={errors.email}>
            {(props) => (
              <input {...props} type="email" value={values.email} onChange={(e) => update('email')(e.target.value)} placeholder="name@example.com" autoComplete="off" spellCheck={false} />
            )}
          </Field>
          {existing && (
            <Link to={`/people/${existing.id}`} className="pp-existing">
              Open <bdi>{existing.fullName}</bdi>
            </Link>
          )}
        </div>
        <Field id={`${formId}-company`} label="Company" error={errors.company}>
          {(props) => <input {...props} value={values.company} onChange={(e) => update('company')(e.target.value)} autoComplete="off" dir="auto" />}
        </Field>
        <div className="pp-add-actions">
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Adding…' : 'Add person'}
          </button>
        </div>
      </div>
      <FormError message={formError} />
    </form>
  );
}
