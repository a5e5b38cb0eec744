import { useState, type KeyboardEvent } from 'react';
import type { Opportunity } from '../../../shared';
import { useClient } from '../api/client-context';
import { fieldErrorsFrom, byFieldName } from '../lib/field-errors';
import { Field } from '../ui/Field';
import type { SectionProps } from './occasion-form-sections';

/** The select's value that opens "New opportunity" instead of choosing one. */
const NEW = 'new';
const NEW_FIELDS = ['company', 'role'] as const;

/**
 * The job the occasion is about: one recorded, or a new one added right here (company and role),
 * so logging an interview for a job not yet recorded needs no trip to Opportunities. New people
 * on the occasion are then listed at its company.
 */
export function OpportunityField({
  values,
  errors,
  id,
  change,
  opportunities,
  adding,
  onAddingChange: setAdding,
}: SectionProps & {
  opportunities: Opportunity[] | null;
  /** "New opportunity" is open: the form is not saved until it is added or cancelled. */
  adding: boolean;
  onAddingChange(adding: boolean): void;
}) {
  const client = useClient();
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [newErrors, setNewErrors] = useState<Partial<Record<(typeof NEW_FIELDS)[number], string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const items = opportunities ?? [];
  const chosen = items.find((o) => o.id === values.opportunityId);
  const hasNewPeople = values.participants.some((p) => p.type === 'new');

  async function add() {
    if (saving) return;
    setSaving(true);
    const result = await client.call('opportunities.create', { company, role });
    setSaving(false);
    if (!result.ok) {
      const found = fieldErrorsFrom(result.error, byFieldName(NEW_FIELDS));
      setNewErrors(found);
      setGeneral(Object.keys(found).length === 0 ? result.error.message : null);
      document.getElementById(id(found.role && !found.company ? 'new-opportunity-role' : 'new-opportunity-company'))?.focus();
      return;
    }
    change(['opportunityId'], (v) => ({ ...v, opportunityId: result.value.id }));
    setAdding(false);
    setCompany('');
    setRole('');
    setNewErrors({});
    setGeneral(null);
    document.getElementById(id('opportunityId'))?.focus();
  }

  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    void add();
  };

  const hint =
    chosen && hasNewPeople
      ? `New people here will be listed at ${chosen.company}.`
      : opportunities !== null && items.length === 0
        ? 'None recorded yet: choose “New opportunity…” to add one.'
        : 'Optional: the job this is about.';

  return (
    <div className="opportunity-field">
      <Field id={id('opportunityId')} label="Opportunity" error={errors.opportunityId} hint={hint}>
        {(props) => (
          <select
            {...props}
            value={values.opportunityId ?? ''}
            onChange={(e) => {
              // "New opportunity…" opens the fields below; the choice shown stays the one saved until it is added.
              if (e.target.value === NEW) {
                setAdding(true);
                setTimeout(() => document.getElementById(id('new-opportunity-company'))?.focus(), 0);
                return;
              }
              change(['opportunityId'], (v) => ({ ...v, opportunityId: e.target.value === '' ? null : Number(e.target.value) }));
            }}
          >
            <option value="">None</option>
            {items.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
            {values.opportunityId !== null && !chosen && <option value={values.opportunityId}>Current opportunity</option>}
            <option value={NEW}>New opportunity…</option>
          </select>
        )}
      </Field>
      {adding && (
        <div className="new-opportunity" role="group" aria-label="New opportunity">
          <Field id={id('new-opportunity-company')} label="Company" required error={newErrors.company}>
            {(props) => <input {...props} value={company} dir="auto" autoComplete="organization" onKeyDown={onEnter} onChange={(e) => setCompany(e.target.value)} />}
          </Field>
          <Field id={id('new-opportunity-role')} label="Role" error={newErrors.role}>
            {(props) => <input {...props} value={role} dir="auto" autoComplete="off" placeholder="e.g. Senior Platform Engineer" onKeyDown={onEnter} onChange={(e) => setRole(e.target.value)} />}
          </Field>
          <div className="new-opportunity-actions">
            <button type="button" className="button" onClick={() => void add()} disabled={saving}>
              {saving ? 'Adding…' : 'Add opportunity'}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setAdding(false);
                setNewErrors({});
                setGeneral(null);
                document.getElementById(id('opportunityId'))?.focus();
              }}
            >
              Cancel
            </button>
          </div>
          {general && (
            <p className="form-error" role="alert">
              {general}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
