import { useEffect, useRef, useState, type ReactNode } from 'react';
import { clock, soon } from '../lib/time-text';
import { lateSnooze } from './snooze-choices';

/**
 * A snooze time after the due time of what is snoozed (one thank-you or a selection) is not taken
 * at once: the dialog says it will be late and offers the latest on-time reminder, or snoozing
 * anyway. `pick` snoozes or asks; `alert` is the question, to show under the quick choices;
 * `clear` forgets a question when the time is changed by hand.
 */
export function useLateSnooze({ dueAts, now, saving, snooze }: { dueAts: Date[]; now: Date; saving: boolean; snooze(at: string): void }): {
  pick(at: string): void;
  clear(): void;
  alert: ReactNode;
} {
  // A time chosen after a due time, waiting for "instead" or "anyway".
  const [late, setLate] = useState<Date | null>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (late) firstButton.current?.focus();
  }, [late]);
  const formats = { clock, soon };
  const warning = late && lateSnooze(late, dueAts, now, formats);

  const pick = (at: string) => {
    const chosen = new Date(at);
    if (late?.getTime() !== chosen.getTime() && lateSnooze(chosen, dueAts, now, formats)) setLate(chosen);
    else snooze(at);
  };

  const alert = late && warning && (
    <div className="snooze-late" role="alert">
      <p>{warning.warning}</p>
      <div className="snooze-late-actions">
        {warning.instead && (
          <button ref={firstButton} type="button" className="button primary" disabled={saving} onClick={() => snooze(warning.instead!.until.toISOString())}>
            {warning.instead.label}
          </button>
        )}
        <button ref={warning.instead ? undefined : firstButton} type="button" className="button" disabled={saving} onClick={() => snooze(late.toISOString())}>
          Snooze until {soon(late, now)} anyway
        </button>
      </div>
    </div>
  );
  return { pick, clear: () => setLate(null), alert };
}
