import { useId, useRef, useState, type FormEvent } from 'react';
import { defaultAddressAs, type Person } from '../../../shared';
import { useClient } from '../api/client-context';
import { Field } from '../ui/Field';

interface Props {
  onAdded(person: Person): void;
}

type FieldErrors = Partial<Record<'fullName' | 'addressAs' | 'email', string>>;

const EMPTY = { fullName: '', addressAs: '', email: '' };

/**
 * Adds a person. The backend validates (one set of rules for every transport); its field errors
 * are shown next to the inputs, and what was typed stays until the person is saved.
 */
export function AddPersonForm({ onAdded }: Props) {
  const client = useClient();
  const formId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const update = (field: keyof typeof EMPTY) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    // The message described what was typed before; once the user edits the field it is stale.
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setFormError(null);
    const result = await client.call('people.create', values);
    setSaving(false);
    if (result.ok) {
      setValues(EMPTY);
      setErrors({});
      onAdded(result.value);
      nameInput.current?.focus();
      return;
    }
    const fieldErrors: FieldErrors = {};
    for (const { field, message } of result.error.fields ?? []) {
      if ((field === 'fullName' || field === 'addressAs' || field === 'email') && !fieldErrors[field]) fieldErrors[field] = message;
    }
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length === 0) setFormError(result.error.message);
    const firstInvalid = (['fullName', 'addressAs', 'email'] as const).find((field) => fieldErrors[field]);
    if (firstInvalid) document.getElementById(`${formId}-${firstInvalid}`)?.focus();
  }

  const defaultGreeting = values.fullName.trim() ? defaultAddressAs(values.fullName) : '';
  const greetingHint = defaultGreeting ? `Leave empty to greet them as “${defaultGreeting}”.` : 'Leave empty to use their first name.';

  return (
    <form className="card add-person" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Add a person</h2>
      <div className="form-grid">
        <Field id={`${formId}-fullName`} label="Full name" required error={errors.fullName}>
          {(props) => (
            <input {...props} ref={nameInput} value={values.fullName} onChange={(e) => update('fullName')(e.target.value)} autoComplete="off" dir="auto" />
          )}
        </Field>
        <Field id={`${formId}-addressAs`} label="How to address them" hint={greetingHint} error={errors.addressAs}>
          {(props) => (
            <input {...props} value={values.addressAs} onChange={(e) => update('addressAs')(e.target.value)} placeholder="e.g. Priya, Dr. Okafor" autoComplete="off" dir="auto" />
          )}
        </Field>
        <Field id={`${formId}-email`} label="Email" error={errors.email}>
          {(props) => (
            <input {...props} type="email" value={values.email} onChange={(e) => update('email')(e.target.value)} placeholder="name@example.com" autoComplete="off" spellCheck={false} />
          )}
        </Field>
      </div>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Adding…' : 'Add person'}
        </button>
      </div>
    </form>
  );
}
