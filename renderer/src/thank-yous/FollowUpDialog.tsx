import { useId, useState, type FormEvent } from 'react';
import { localDate, localTime } from '../lib/local-time';
import { focusFirst, parsePair, type Errors, type Pair } from './date-time-pair';
import { DialogForm } from './DialogForm';
import { FollowUpFields } from './FollowUpFields';
import { isolate } from '../lib/isolate';
import { FOLLOW_UP_TEXT_MISSING, type ThankYouDialogProps } from './thank-you-dialog';
import { soon } from '../lib/time-text';
import { useDialogSave } from './use-dialog-save';
import { useInitialFocus } from '../ui/use-initial-focus';

export function FollowUpDialog({ thankYou, personName, onClose }: ThankYouDialogProps) {
  const formId = useId();
  const existing = thankYou.followUp;
  const [text, setText] = useState(existing?.text ?? '');
  const [when, setWhen] = useState<Pair>(existing ? { date: localDate(existing.dueAt), time: localTime(existing.dueAt) } : { date: '', time: '09:00' });
  const { errors, setErrors, clear, general, saving, run } = useDialogSave(onClose);
  useInitialFocus(`${formId}-followText`);
  const order = ['followText', 'followDate', 'followTime'];

  async function save(followUp: { text: string; dueAt: string } | null) {
    const refused = await run(
      (client) => client.call('thanks.setFollowUp', { id: thankYou.id, followUp }),
      () => (followUp ? `Follow-up with ${isolate(personName)} planned for ${soon(followUp.dueAt)}.` : 'Follow-up removed.'),
      { 'followUp.text': 'followText', 'followUp.dueAt': 'followDate' },
    );
    if (refused) focusFirst(formId, order, refused);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (text.trim() === '') found.followText = FOLLOW_UP_TEXT_MISSING;
    const dueAt = parsePair('follow', when, found);
    setErrors(found);
    if (!dueAt || found.followText) return focusFirst(formId, order, found);
    void save({ text, dueAt });
  }

  return (
    <DialogForm
      title={`Follow-up with ${isolate(personName)}`}
      onClose={onClose}
      onSubmit={submit}
      general={general}
      saving={saving}
      submitLabel="Save follow-up"
      start={
        existing && (
          <button type="button" className="button reset-button" disabled={saving} onClick={() => void save(null)}>
            Remove follow-up
          </button>
        )
      }
    >
      <FollowUpFields
        formId={formId}
        text={text}
        when={when}
        from={thankYou.sentAt ? localDate(thankYou.sentAt) : localDate(new Date())}
        errors={errors}
        required
        onText={(v) => {
          setText(v);
          clear('followText');
        }}
        onWhen={(v) => {
          setWhen(v);
          clear('followDate', 'followTime');
        }}
      />
    </DialogForm>
  );
}
