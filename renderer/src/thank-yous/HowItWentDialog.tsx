import { useId, useState, type FormEvent } from 'react';
import type { HowItWentItem } from '../../../shared';
import { localDate, localTime } from '../lib/local-time';
import { focusFirst, parsePair, type Errors, type Pair } from './date-time-pair';
import { DialogForm } from './DialogForm';
import { FollowUpFields } from './FollowUpFields';
import { isolate } from '../lib/isolate';
import { FOLLOW_UP_TEXT_MISSING } from './thank-you-dialog';
import { soon } from '../lib/time-text';
import { useDialogSave } from './use-dialog-save';
import { useInitialFocus } from '../ui/use-initial-focus';
import { suggestedFollowUpText } from './how-it-went-text';

const ORDER = ['followText', 'followDate', 'followTime'];

/**
 * "Plan follow-up" for telling someone how it went: the text is written for the user and the
 * time is now (news is best told soon), both editable. Saving answers the offer for good.
 */
export function HowItWentDialog({ item, onClose }: { item: HowItWentItem; onClose(): void }) {
  const formId = useId();
  const [now] = useState(() => new Date());
  const [text, setText] = useState(() => suggestedFollowUpText(item));
  const [when, setWhen] = useState<Pair>({ date: localDate(now), time: localTime(now) });
  const { errors, setErrors, clear, general, saving, run } = useDialogSave(onClose);
  // The text is written already; when is the choice left (and the text stays readable from its start).
  useInitialFocus(`${formId}-followDate`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (text.trim() === '') found.followText = FOLLOW_UP_TEXT_MISSING;
    const dueAt = parsePair('follow', when, found);
    setErrors(found);
    if (!dueAt || found.followText) return focusFirst(formId, ORDER, found);
    const refused = await run(
      (client) => client.call('thanks.answerHowItWent', { id: item.thankYouId, followUp: { text, dueAt } }),
      () => `Follow-up with ${isolate(item.fullName)} planned for ${soon(dueAt)}.`,
      { 'followUp.text': 'followText', 'followUp.dueAt': 'followDate' },
    );
    if (refused) focusFirst(formId, ORDER, refused);
  }

  return (
    <DialogForm
      title={`Tell ${isolate(item.fullName)} how it went`}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      general={general}
      saving={saving}
      submitLabel={saving ? 'Saving…' : 'Plan follow-up'}
    >
      <p className="muted how-it-went-intro">It shows under “Follow-ups due” on the dashboard when it is due.</p>
      <FollowUpFields
        formId={formId}
        text={text}
        when={when}
        from={localDate(now)}
        errors={errors}
        required
        onText={(value) => {
          setText(value);
          clear('followText');
        }}
        onWhen={(value) => {
          setWhen(value);
          clear('followDate', 'followTime');
        }}
      />
    </DialogForm>
  );
}
