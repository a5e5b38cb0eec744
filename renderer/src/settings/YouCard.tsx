import type { FormEvent } from 'react';
import { CHANNEL_LABELS, CHANNELS, type Channel, type Settings } from '../../../shared';
import { byFieldName } from '../lib/field-errors';
import { Field } from '../ui/Field';
import { Options } from '../ui/Options';
import { SettingsActions } from './SettingsActions';
import { useSettingsForm } from './use-settings-form';

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
  const { formId, drafts, errors, formError, saving, update, reset, save } = useSettingsForm<Pick<Settings, FieldName>>({
    fields: FIELDS,
    place: byFieldName(FIELDS),
    savedMessage: 'Saved your details.',
    onSaved,
  });

  const value = <K extends FieldName>(field: K): Settings[K] => drafts[field] ?? saved[field];
  const changes = Object.fromEntries(FIELDS.filter((f) => drafts[f] !== undefined && drafts[f] !== saved[f]).map((f) => [f, drafts[f]])) as Drafts;
  const dirty = Object.keys(changes).length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (dirty) void save(changes);
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
              <Options values={CHANNELS} labels={CHANNEL_LABELS} />
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
      <SettingsActions error={formError} dirty={dirty} saving={saving} saveLabel="Save" onDiscard={() => reset()} />
    </form>
  );
}
