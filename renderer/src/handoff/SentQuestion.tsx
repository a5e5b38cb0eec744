import { useNow } from '../lib/use-now';
import { Icon } from '../ui/Icon';
import { copyAgain, questionText, type HandedOff } from './sent-question';

interface Props {
  handedOff: HandedOff;
  /** In a browser, whether a mail app took the link cannot be known: say what to do if none did. */
  inBrowser: boolean;
  onSent(): void;
  onNotYet(): void;
  onCopy(format: 'rich' | 'plain'): void;
}

/** "Did you send it?" after a hand-off, until answered; it does not block the editor. */
export function SentQuestion({ handedOff, inBrowser, onSent, onNotYet, onCopy }: Props) {
  const now = useNow(60_000);
  const copy = copyAgain(handedOff);
  return (
    <section className="editor-notice ask" aria-label="Did you send it?">
      <Icon name="mail" />
      <div className="handoff-notice-body">
        <p className="ask-question">{questionText(handedOff, now)}</p>
        {inBrowser && handedOff.method === 'mail-app' && (
          <p className="ask-hint">Nothing opened? This browser may have no mail app for email links: save an email draft or copy the note instead.</p>
        )}
      </div>
      <div className="handoff-notice-actions">
        <button type="button" className="button primary compact" onClick={onSent}>
          Sent
        </button>
        <button type="button" className="button compact" onClick={onNotYet}>
          Not yet
        </button>
        <button type="button" className="button compact" onClick={() => onCopy(copy.format)}>
          {copy.label}
        </button>
      </div>
    </section>
  );
}
