import type { FormEvent } from 'react';
import { CHANNEL_LABELS, CHANNELS, type Channel, type Settings } from '../../../shared';
import { byFieldName } from '../lib/field-errors';
import { Field } from '../ui/Field';
import { Options } from '../ui/Options';
import { SettingsActions } from './SettingsActions';
import { useSettingsForm } from './use-settings-form';

const FIELDS = ['yourName', 'myAddresses', 'signature', 'defaultChannel'] as const;
type FieldName = (typeof FIELDS)[number];
/** As typed: your addresses are one line of text until saved. */
type Values = Pick<Settings, Exclude<FieldName, 'myAddresses'>> & { myAddresses: string };
type Drafts = Partial<Values>;

/** Your addresses as one line ("a@x.org, b@y.com"); commas, semicolons, spaces and new lines all separate them. */
export const addressesText = (addresses: readonly string[]) => addresses.join(', ');
export const addressesFrom = (text: string) => text.split(/[\s,;]+/u).filter((address) => address !== '');

interface Props {
  saved: Settings;
  onSaved(settings: Settings): void;
}

/**
 * Your name, signature and usual channel, used when drafting notes. Only what you edit is kept
 * as a draft, so a change saved elsewhere (another window, the Deadlines card) shows up here.
 */
export function YouCard({ saved, onSaved }: Props) {
  const { formId, drafts, errors, formError, saving, update, reset, save } = useSettingsForm<Values>({
    fields: FIELDS,
    place: byFieldName(FIELDS),
    savedMessage: 'Saved your details.',
    onSaved,
    describe: (path, message) => {
      const index = /^myAddresses\.(\d+)$/u.exec(path)?.[1];
      const address = index === undefined ? undefined : addressesFrom(value('myAddresses'))[Number(index)];
      return address === undefined ? message : `“${address}”: ${message}`;
    },
  });

  const savedValues: Values = { ...saved, myAddresses: addressesText(saved.myAddresses) };
  const value = <K extends FieldName>(field: K): Values[K] => drafts[field] ?? savedValues[field];
  const changes = Object.fromEntries(FIELDS.filter((f) => drafts[f] !== undefined && drafts[f] !== savedValues[f]).map((f) => [f, drafts[f]])) as Drafts;
  const dirty = Object.keys(changes).length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!dirty) return;
    const { myAddresses, ...rest } = changes;
    void save(myAddresses === undefined ? rest : { ...rest, myAddresses: addressesFrom(myAddresses) });
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
          <Field
            id={`${formId}-myAddresses`}
            label="Your email addresses"
            hint="Separated by commas. You are left out of the people to thank when you import a calendar invite."
            error={errors.myAddresses}
          >
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="email"
                value={value('myAddresses')}
                onChange={(e) => update('myAddresses', e.target.value)}
                autoComplete="off"
                spellCheck={false}
                placeholder="e.g. alex.morgan@example.com, alex@work.example"
              />
            )}
          </Field>
        </div>
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
