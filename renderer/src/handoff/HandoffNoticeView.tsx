import { useRef } from 'react';
import { Icon } from '../ui/Icon';
import type { HandoffNotice } from './handoff-feedback';
import type { HandoffAction } from './handoff-types';
import { readOpenAfterSaving } from './open-after-saving';

interface Props {
  notice: HandoffNotice;
  /** Offer "Copy again" with the paste message (not when "Did you send it?" offers it already). */
  offerCopy: boolean;
  onAction(action: HandoffAction): void;
  onDismiss(): void;
}

/** What a hand-off left to say: stays until dismissed, with the way forward as buttons. */
export function HandoffNoticeView({ notice, offerCopy, onAction, onDismiss }: Props) {
  const warn = notice.kind !== 'paste-body';
  return (
    <div className={`editor-notice handoff-notice ${warn ? 'warn' : 'info'}`} role={warn ? 'alert' : 'status'}>
      <Icon name={warn ? 'alert' : 'mail'} />
      <div className="handoff-notice-body">
        <p>{notice.message}</p>
        {notice.kind === 'copy-by-hand' && <CopyByHand text={notice.text} />}
        {notice.kind === 'paste-body' && offerCopy && (
          <div className="handoff-notice-actions">
            <button type="button" className="button compact" onClick={() => onAction({ kind: 'copy', format: 'plain' })}>
              Copy again
            </button>
          </div>
        )}
        {notice.kind === 'unavailable' && (
          <div className="handoff-notice-actions">
            <button type="button" className="button compact" onClick={() => onAction({ kind: 'email-file', openAfterSaving: readOpenAfterSaving() })}>
              Save as email draft
            </button>
            <button type="button" className="button compact" onClick={() => onAction({ kind: 'copy', format: 'rich' })}>
              Copy
            </button>
          </div>
        )}
      </div>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

/** The note's text where the clipboard would not take it: select, copy, paste by hand. */
function CopyByHand({ text }: { text: string }) {
  const box = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="copy-by-hand">
      <textarea ref={box} readOnly value={text} rows={5} dir="auto" aria-label="The note as plain text" onFocus={(event) => event.currentTarget.select()} />
      <button
        type="button"
        className="button compact"
        onClick={() => {
          box.current?.focus();
          box.current?.select();
        }}
      >
        Select the text
      </button>
    </div>
  );
}
