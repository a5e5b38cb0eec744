import { Icon } from '../ui/Icon';

/** What can be done to a thank-you still owed, one at a time or to a selection. */
export type OpenAction = 'sent' | 'snooze' | 'skip';

/**
 * Mark sent, Snooze, Skip: the same three buttons, in the same order, wherever they appear. None
 * is filled: the screen's one primary action stays "Log an occasion".
 */
export function OpenActions({ onAction }: { onAction(action: OpenAction): void }) {
  return (
    <>
      <button type="button" className="button compact" onClick={() => onAction('sent')}>
        <Icon name="check" />
        Mark sent
      </button>
      <button type="button" className="button compact" onClick={() => onAction('snooze')}>
        <Icon name="clock" />
        Snooze
      </button>
      <button type="button" className="button compact" onClick={() => onAction('skip')}>
        <Icon name="skip" />
        Skip
      </button>
    </>
  );
}
