import './thank-yous.css';
import { isLateSnooze, snoozeChoices } from './snooze-choices';
import { soon } from '../lib/time-text';

interface Props {
  now: Date;
  /** When what is snoozed is due (one thank-you, or each of a selection): a choice after it says so. */
  dueAts?: Date[];
  saving: boolean;
  onPick(untilIso: string): void;
  /** Ids for the buttons (`<prefix>-choice-<n>`), so a dialog can focus the first one. */
  idPrefix?: string;
}

/** The quick snooze choices (an hour, this evening, tomorrow morning), each with when it ends. */
export function SnoozeChoices({ now, dueAts = [], saving, onPick, idPrefix }: Props) {
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
          <span>{choice.label}</span>{' '}
          <span className="muted">
            {soon(choice.until, now)}
            {dueAts.some((dueAt) => isLateSnooze(choice.until, dueAt, now)) && (
              <>
                {' '}
                <span className="snooze-choice-late">{dueAts.length === 1 ? 'after it is due' : 'after some are due'}</span>
              </>
            )}
          </span>
        </button>
      ))}
    </div>
  );
}
