import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { OPPORTUNITY_STAGE_LABELS, OPPORTUNITY_STAGES, type Opportunity, type OpportunityStage, type Result } from '../../../shared';
import { byFieldName, fieldErrorsFrom } from '../lib/field-errors';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { Options } from '../ui/Options';

export interface OpportunityValues {
  company: string;
  role: string;
  link: string;
  stage: OpportunityStage;
  notes: string;
}

const FIELDS = ['company', 'role', 'link', 'stage', 'notes'] as const;
type FieldName = (typeof FIELDS)[number];

export const EMPTY_OPPORTUNITY: OpportunityValues = { company: '', role: '', link: '', stage: 'applied', notes: '' };

interface Props {
  initial: OpportunityValues;
  submitLabel: string;
  savingLabel: string;
  /** `opportunity.` for an update, whose field errors are nested under it. */
  errorPrefix?: string;
  save(values: OpportunityValues): Promise<Result<Opportunity>>;
  onSaved(opportunity: Opportunity): void;
  onCancel(): void;
}

/**
 * Company, role, link, stage and notes, for a new opportunity or an edit. The backend validates;
 * its messages appear at their fields, and nothing typed is lost until the save succeeds.
 */
export function OpportunityForm({ initial, submitLabel, savingLabel, errorPrefix = '', save, onSaved, onCancel }: Props) {
  const formId = useId();
  const companyInput = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // The dialog opens (showModal) after this form mounts; focus the first field once it has.
  useEffect(() => {
    const frame = requestAnimationFrame(() => companyInput.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const update = <K extends FieldName>(field: K, value: OpportunityValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    // The message was about what was typed before; once the field changes it no longer applies.
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setFormError(null);
    const result = await save(values);
    setSaving(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const found = fieldErrorsFrom(result.error, byFieldName(FIELDS, errorPrefix));
    setErrors(found);
    const firstInvalid = FIELDS.find((field) => found[field]);
    if (firstInvalid) document.getElementById(`${formId}-${firstInvalid}`)?.focus();
    else setFormError(result.error.message);
  }

  return (
    <form className="opp-form" onSubmit={submit} noValidate>
      <div className="opp-form-grid">
        <Field id={`${formId}-company`} label="Company" required error={errors.company}>
          {(props) => (
            <input {...props} ref={companyInput} value={values.company} onChange={(e) => update('company', e.target.value)} placeholder="e.g. Acme Robotics" autoComplete="off" dir="auto" />
          )}
        </Field>
        <Field id={`${formId}-role`} label="Role" error={errors.role}>
          {(props) => <input {...props} value={values.role} onChange={(e) => update('role', e.target.value)} placeholder="e.g. Senior Product Designer" autoComplete="off" dir="auto" />}
        </Field>
        <Field id={`${formId}-link`} label="Link" hint="The job posting or your application." error={errors.link}>
          {(props) => (
            <input {...props} type="text" inputMode="url" value={values.link} onChange={(e) => update('link', e.target.value)} placeholder="https://jobs.example.com/123" autoComplete="off" spellCheck={false} />
          )}
        </Field>
        <Field id={`${formId}-stage`} label="Stage" error={errors.stage}>
          {(props) => (
            <select {...props} value={values.stage} onChange={(e) => update('stage', e.target.value as OpportunityStage)}>
              <Options values={OPPORTUNITY_STAGES} labels={OPPORTUNITY_STAGE_LABELS} />
            </select>
          )}
        </Field>
        <div className="span-2">
          <Field id={`${formId}-notes`} label="Notes" hint="Anything worth remembering: salary range, who you talked to, next steps." error={errors.notes}>
            {(props) => <textarea {...props} value={values.notes} onChange={(e) => update('notes', e.target.value)} rows={4} dir="auto" />}
          </Field>
        </div>
      </div>
      <FormActions error={formError} className="gap" onCancel={onCancel}>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? savingLabel : submitLabel}
        </button>
      </FormActions>
    </form>
  );
}
