import type { FormEvent } from 'react';
import { DEFAULT_DUE_HOURS, MAX_DUE_HOURS, OCCASION_KIND_LABELS, OCCASION_KINDS, type OccasionKind, type Settings } from '../../../shared';
import { byFieldName } from '../lib/field-errors';
import { Field } from '../ui/Field';
import { describeHours, parseHours } from './hours';
import { HoursInput } from './HoursInput';
import { SettingsActions } from './SettingsActions';
import { useSettingsForm } from './use-settings-form';

interface Props {
  saved: Settings;
  onSaved(settings: Settings): void;
}

/**
 * Hours from the end of an occasion until its thank-you is due, per kind. Inputs hold text (what
 * was typed, even "1.5" or "2000", stays until it is fixed); the backend validates and, on save,
 * moves the due time of every unsent thank-you whose due time was not set by hand.
 */
export function DeadlinesCard({ saved, onSaved }: Props) {
  const { formId, drafts, errors, formError, saving, update, reset, save } = useSettingsForm<Record<OccasionKind, string>>({
    fields: OCCASION_KINDS,
    // `dueHours.interview` is the Interview input.
    place: byFieldName(OCCASION_KINDS, 'dueHours.'),
    savedMessage: 'Deadlines saved. Thank-yous not sent yet now follow them.',
    onSaved,
  });

  const text = (kind: OccasionKind) => drafts[kind] ?? String(saved.dueHours[kind]);
  const changed = OCCASION_KINDS.filter((kind) => drafts[kind] !== undefined && drafts[kind].trim() !== String(saved.dueHours[kind]));
  const dirty = changed.length > 0;
  const atDefaults = OCCASION_KINDS.every((kind) => text(kind).trim() === String(DEFAULT_DUE_HOURS[kind]));

  const resetToDefaults = () => reset(Object.fromEntries(OCCASION_KINDS.map((kind) => [kind, String(DEFAULT_DUE_HOURS[kind])])));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (dirty) void save({ dueHours: Object.fromEntries(changed.map((kind) => [kind, parseHours(text(kind))])) });
  }

  return (
    <form className="card settings-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`} aria-describedby={`${formId}-intro`}>
      <h2 id={`${formId}-title`}>Deadlines</h2>
      <div id={`${formId}-intro`} className="card-intro">
        <p>
          How long after an occasion <strong>ends</strong> its thank-you is due. The usual advice is to thank an interviewer within
          a day, so by default interview thank-yous are due <strong>24 hours after the interview ends</strong>.
        </p>
        <p className="muted">
          Changes apply to thank-yous you have not sent yet, unless you set their due time by hand. Sent notes and due times you
          chose yourself stay as they are.
        </p>
      </div>
      <div className="deadline-list">
        {OCCASION_KINDS.map((kind) => {
          const value = text(kind);
          const meaning = describeHours(value);
          const isDefault = value.trim() === String(DEFAULT_DUE_HOURS[kind]);
          const hint = `${meaning ?? `Whole hours, 1 to ${MAX_DUE_HOURS}.`}${isDefault ? '' : ` · Default ${DEFAULT_DUE_HOURS[kind]} h`}`;
          return (
            <div key={kind} className="deadline-row">
              <Field id={`${formId}-${kind}`} label={OCCASION_KIND_LABELS[kind]} hint={hint} error={errors[kind]}>
                {(props) => <HoursInput {...props} max={MAX_DUE_HOURS} value={value} onChange={(text) => update(kind, text)} />}
              </Field>
            </div>
          );
        })}
      </div>
      <SettingsActions
        error={formError}
        dirty={dirty}
        saving={saving}
        saveLabel="Save deadlines"
        onDiscard={() => reset()}
        start={
          <>
            <button type="button" className="button subtle" onClick={resetToDefaults} disabled={atDefaults}>
              Reset to defaults
            </button>
            <span className="spacer" />
          </>
        }
      />
    </form>
  );
}
