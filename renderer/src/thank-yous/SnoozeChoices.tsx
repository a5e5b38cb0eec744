import './thank-yous.css';
import { snoozeChoices } from './snooze-choices';
import { soon } from '../lib/time-text';

interface Props {
  now: Date;
  saving: boolean;
  onPick(untilIso: string): void;
  /** Ids for the buttons (`<prefix>-choice-<n>`), so a dialog can focus the first one. */
  idPrefix?: string;
}

/** The quick snooze choices (an hour, this evening, tomorrow morning), each with when it ends. */
export function SnoozeChoices({ now, saving, onPick, idPrefix }: Props) {
  return (
    <div className="snooze-choices" role="group" aria-label="Snooze until">
      {snoozeChoices(now).map((choice, index) => (
        <button
          key={choice.label}
          id={idPrefix ? `${idPrefix}-choice-${index}` : undefined}
          type="button"
          className="snooze-choice"
          disabled={saving}
          onClick={() => onPick(choice.until.toISOString())}
        >
          <span>{choice.label}</span>
          <span className="muted">{soon(choice.until, now)}</span>
        </button>
      ))}
    </div>
  );
}
