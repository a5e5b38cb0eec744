import { useEffect, useState } from 'react';
import { clock } from '../lib/time-text';
import { Icon } from '../ui/Icon';
import type { SaveState } from './autosaver';

interface Props {
  state: SaveState;
  /** When the server last saved this note, for "Saved" before anything was typed. */
  savedAt: string | null;
  isNew: boolean;
  onRetry(): void;
}

/**
 * The quiet line that says whether the note is safe: "Saved", "Saving…", "Not saved — retrying".
 * A polite live region: screen readers hear it when it changes, without being interrupted.
 */
export function SaveIndicator({ state, savedAt, isNew, onRetry }: Props) {
  return (
    <p className={`save-indicator save-${state.phase}`} aria-live="polite" aria-atomic="true" data-testid="save-indicator">
      <SaveText state={state} savedAt={savedAt} isNew={isNew} onRetry={onRetry} />
    </p>
  );
}

function SaveText({ state, savedAt, isNew, onRetry }: Props) {
  switch (state.phase) {
    case 'untouched':
      if (isNew) return <span title="Started from the template; it is saved as soon as you change anything.">New draft</span>;
      return savedAt ? (
        <span title={`Last saved ${clock(savedAt)}`}>
          <Icon name="check" />
          Saved
        </span>
      ) : null;
    case 'saving':
      return <span className="muted">Saving…</span>;
    case 'saved':
      return (
        <span title={`Saved ${clock(state.at)}`}>
          <Icon name="check" />
          Saved
        </span>
      );
    case 'retrying':
      return (
        <>
          <Icon name="alert" />
          <span>
            Not saved — retrying
            {/* The seconds are for the eye; a screen reader would hear them every second. */}
            <span aria-hidden="true">
              <RetryCountdown at={state.retryAt} />
            </span>
          </span>
          <button type="button" className="link-button" onClick={onRetry}>
            Retry now
          </button>
        </>
      );
    case 'stopped':
      return (
        <>
          <Icon name="alert" />
          <span>Not saved</span>
          <button type="button" className="link-button" onClick={onRetry}>
            Retry now
          </button>
        </>
      );
    case 'invalid':
    case 'conflict':
      return (
        <>
          <Icon name="alert" />
          <span>Not saved</span>
        </>
      );
  }
}

function RetryCountdown({ at }: { at: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.ceil((at - now) / 1_000));
  return <>{seconds > 0 ? ` in ${seconds} s` : '…'}</>;
}
