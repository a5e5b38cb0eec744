import { CHANNEL_LABELS, CHANNELS, type Channel } from '../../../shared';
import { Field } from '../ui/Field';
import { Options } from '../ui/Options';

/** "How" a thank-you was sent (email, letter, …), in the mark-sent dialogs. */
export function ChannelField({ formId, value, error, onChange }: { formId: string; value: Channel; error: string | undefined; onChange(channel: Channel): void }) {
  return (
    <Field id={`${formId}-channel`} label="How" error={error}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value as Channel)}>
          <Options values={CHANNELS} labels={CHANNEL_LABELS} />
        </select>
      )}
    </Field>
  );
}
