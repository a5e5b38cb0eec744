import { useState } from 'react';
import './handoff.css';
import type { Channel, ThankYouDetail } from '../../../shared';
import { MarkSentDialog } from '../thank-yous/MarkSentDialog';
import { FOLLOW_UP_SUGGESTIONS } from '../thank-yous/follow-up-suggestions';
import { HandoffNoticeView } from './HandoffNoticeView';
import { questionText, sentChannelFor, type HandedOff } from './sent-question';
import { SentQuestion } from './SentQuestion';
import type { Handoff } from './use-handoff';

interface Props {
  handoff: Handoff;
  detail: ThankYouDetail;
  defaultChannel: Channel;
  /** Before "Sent" is recorded: whatever was typed since is saved first. */
  beforeSent(): void;
}

/** The editor's hand-off messages: what to do next (paste, copy by hand) and "Did you send it?". */
export function HandoffPanel({ handoff, detail, defaultChannel, beforeSent }: Props) {
  const [marking, setMarking] = useState<HandedOff | null>(null);
  const { notice, question } = handoff;
  // "Did you send it?" appears after a hand-off, away from where the user is typing: it is said
  // politely, by a region that is on the page before the question goes in (focus stays put).
  const [said, setSaid] = useState<{ at: string; text: string } | null>(null);
  if (question && question.at !== said?.at) setSaid({ at: question.at, text: questionText(question, new Date()) });
  if (!question && said) setSaid(null);
  return (
    <>
      <p className="visually-hidden" aria-live="polite" data-testid="sent-question-announcement">
        {said?.text ?? ''}
      </p>
      {notice && <HandoffNoticeView notice={notice} offerCopy={!question} onAction={(action) => void handoff.run(action)} onDismiss={handoff.dismissNotice} />}
      {question && (
        <SentQuestion
          handedOff={question}
          inBrowser={handoff.inBrowser}
          onSent={() => {
            beforeSent();
            setMarking(question);
          }}
          onNotYet={() => void handoff.notYet()}
          onCopy={(format) => void handoff.run({ kind: 'copy', format })}
        />
      )}
      {marking && (
        <MarkSentDialog
          thankYou={{ id: detail.id, channel: sentChannelFor(marking.method) ?? detail.channel }}
          personName={detail.person.fullName}
          defaultChannel={defaultChannel}
          suggestedFollowUp={FOLLOW_UP_SUGGESTIONS[detail.occasion.kind]}
          onSent={() => handoff.answer(marking.at)}
          onClose={() => setMarking(null)}
        />
      )}
    </>
  );
}
