import { useId, useState, type FormEvent } from 'react';
import { CHANNEL_LABELS, CHANNELS, type Channel, type Settings } from '../../../shared';
import { useClient } from '../api/client-context';
import { fieldErrors } from '../opportunities/field-errors';
import { Field } from '../ui/Field';
import { useToast } from '../ui/toast';

const FIELDS = ['yourName', 'signature', 'defaultChannel'] as const;
type FieldName = (typeof FIELDS)[number];
type Drafts = Partial<Pick<Settings, FieldName>>;

interface Props {
  saved: Settings;
  onSaved(settings: Settings): void;
}

/**
 * Your name, signature and usual channel, used when drafting notes. Only what you edit is kept
 * as a draft, so a change saved elsewhere (another window, the Deadlines card) shows up here.
 */
export function YouCard({ saved, onSaved }: Props) {
  const client = useClient();
  const toast = useToast();
  const formId = useId();
  const [drafts, setDrafts] = useState<Drafts>({});
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const value = <K extends FieldName>(field: K): Settings[K] => drafts[field] ?? saved[field];
  const changes = Object.fromEntries(FIELDS.filter((f) => drafts[f] !== undefined && drafts[f] !== saved[f]).map((f) => [f, drafts[f]])) as Drafts;
  const dirty = Object.keys(changes).length > 0;

  const update = <K extends FieldName>(field: K, next: Settings[K]) => {
    setDrafts((d) => ({ ...d, [field]: next }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  function discard() {
    setDrafts({});
    setErrors({});
    setFormError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving || !dirty) return;
    setSaving(true);
    setFormError(null);
    const result = await client.call('settings.update', changes);
    setSaving(false);
    if (result.ok) {
      setDrafts({});
      setErrors({});
      onSaved(result.value);
      toast({ message: 'Saved your details.' });
      return;
    }
    const found = fieldErrors(result.error, FIELDS);
    setErrors(found);
    const firstInvalid = FIELDS.find((f) => found[f]);
    if (firstInvalid) document.getElementById(`${formId}-${firstInvalid}`)?.focus();
    else setFormError(result.error.message);
  }

  return (
    <form className="card settings-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>You</h2>
      <p className="muted card-intro">Used when Thankful drafts a note for you. Nothing here leaves this computer.</p>
      <div className="you-grid">
        <Field id={`${formId}-yourName`} label="Your name" hint="How you sign your notes." error={errors.yourName}>
          {(props) => <input {...props} value={value('yourName')} onChange={(e) => update('yourName', e.target.value)} autoComplete="name" dir="auto" placeholder="e.g. Alex Morgan" />}
        </Field>
        <Field id={`${formId}-defaultChannel`} label="Usually sent by" hint="Each thank-you can still go another way." error={errors.defaultChannel}>
          {(props) => (
            <select {...props} value={value('defaultChannel')} onChange={(e) => update('defaultChannel', e.target.value as Channel)}>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {CHANNEL_LABELS[channel]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="span-all">
          <Field id={`${formId}-signature`} label="Signature" hint="Added at the end of each note you draft, e.g. your name, phone and LinkedIn." error={errors.signature}>
            {(props) => (
              <textarea {...props} value={value('signature')} onChange={(e) => update('signature', e.target.value)} rows={4} dir="auto" placeholder={'Best regards,\nAlex Morgan\n+1 555 0100'} />
            )}
          </Field>
        </div>
      </div>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions settings-actions">
        {dirty && <span className="unsaved">Unsaved changes</span>}
        {dirty && (
          <button type="button" className="button" onClick={discard}>
            Discard
          </button>
        )}
        <button type="submit" className="button primary" disabled={saving || !dirty}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
