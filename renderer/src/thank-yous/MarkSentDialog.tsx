import { useId, useState, type FormEvent } from 'react';
import type { Channel, ThankYouSummary } from '../../../shared';
import { localDate, localDateTimeToIso, localTime } from '../lib/local-time';
import { ChannelField } from './ChannelField';
import { focusFirst, parsePair, type Errors, type Pair } from './date-time-pair';
import { DateTimeFields } from './DateTimeFields';
import { DialogForm } from './DialogForm';
import { FollowUpFields } from './FollowUpFields';
import { isolate } from '../lib/isolate';
import { FOLLOW_UP_TEXT_MISSING, type ThankYouDialogProps, type ThankYouRef } from './thank-you-dialog';
import { useDialogSave } from './use-dialog-save';
import { useInitialFocus } from '../ui/use-initial-focus';

interface MarkSentProps extends ThankYouDialogProps<ThankYouRef> {
  defaultChannel: Channel;
  /** The follow-up this kind of help usually calls for, offered as the example text. */
  suggestedFollowUp?: string;
  /** After it was recorded (the dialog then closes by itself). */
  onSent?(summary: ThankYouSummary): void;
}

/** Records a thank-you as sent: when (now unless changed), how, and optionally a follow-up. */
export function MarkSentDialog({ thankYou, personName, defaultChannel, suggestedFollowUp, onSent, onClose }: MarkSentProps) {
  const formId = useId();
  const [now] = useState(() => new Date());
  const [sent, setSent] = useState<Pair>({ date: localDate(now), time: localTime(now) });
  const [channel, setChannel] = useState<Channel>(thankYou.channel ?? defaultChannel);
  const [followText, setFollowText] = useState('');
  const [follow, setFollow] = useState<Pair>({ date: '', time: '09:00' });
  const { errors, setErrors, clear, general, saving, run } = useDialogSave(onClose);
  useInitialFocus(`${formId}-sentDate`);
  const order = ['sentDate', 'sentTime', 'channel', 'followText', 'followDate', 'followTime'];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const found: Errors = {};
    const sentAt = parsePair('sent', sent, found);
    const wantsFollowUp = followText.trim() !== '' || follow.date.trim() !== '';
    let followUp: { text: string; dueAt: string } | undefined;
    if (wantsFollowUp) {
      if (followText.trim() === '') found.followText = FOLLOW_UP_TEXT_MISSING;
      const dueAt = parsePair('follow', follow, found);
      if (dueAt && followText.trim() !== '') followUp = { text: followText, dueAt };
    }
    if (Object.keys(found).length > 0 || !sentAt) {
      setErrors(found);
      focusFirst(formId, order, found);
      return;
    }
    const refused = await run(
      (client) => client.call('thanks.markSent', { id: thankYou.id, sentAt, channel, ...(followUp ? { followUp } : {}) }),
      (summary) => {
        onSent?.(summary);
        return `Thank-you to ${isolate(personName)} marked as sent.`;
      },
      { sentAt: 'sentTime', channel: 'channel', 'followUp.text': 'followText', 'followUp.dueAt': 'followDate', followUp: 'followText' },
    );
    if (refused) focusFirst(formId, order, refused);
  }

  // Suggested follow-up dates count from the day it was sent.
  const sentDay = localDateTimeToIso(sent.date, '12:00').ok ? sent.date : localDate(new Date());

  return (
    <DialogForm
      title={`Mark the thank-you to ${isolate(personName)} as sent`}
      onClose={onClose}
      onSubmit={submit}
      general={general}
      saving={saving}
      submitLabel={saving ? 'Saving…' : 'Mark as sent'}
    >
      <DateTimeFields
        formId={formId}
        name="sent"
        label="Sent"
        value={sent}
        errors={errors}
        onChange={(v, part) => {
          setSent(v);
          // The follow-up's date is checked against the sent date, so its message goes too.
          if (part === 'date') clear('sentDate', 'sentTime', 'followDate');
          else clear('sentTime', 'followDate');
        }}
      />
      <ChannelField formId={formId} value={channel} error={errors.channel} onChange={setChannel} />
      <fieldset className="follow-up-fieldset">
        <legend>Follow-up (optional)</legend>
        <FollowUpFields
          formId={formId}
          text={followText}
          when={follow}
          from={sentDay}
          errors={errors}
          suggestedText={suggestedFollowUp}
          onText={(v) => {
            setFollowText(v);
            clear('followText');
          }}
          onWhen={(v) => {
            setFollow(v);
            clear('followDate', 'followTime');
          }}
        />
      </fieldset>
    </DialogForm>
  );
}
