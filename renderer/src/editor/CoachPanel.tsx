import { memo, useMemo } from 'react';
import { reviewNote, type NoteCheck, type NoteReviewInput } from '../../../shared';
import { CHECK_LABELS } from './check-labels';

interface Props {
  /** Deferred values: the coach runs after typing, never in its way. */
  input: NoteReviewInput;
  onSuggestion(check: NoteCheck): void;
  readOnly: boolean;
}

/**
 * The coach: one line per check of `reviewNote`, with a tick or a warning sign (never colour
 * alone), its reason, and where the check has one, a sentence to insert with one click.
 */
export const CoachPanel = memo(function CoachPanel({ input, onSuggestion, readOnly }: Props) {
  const review = useMemo(() => reviewNote(input), [input]);
  const passed = review.checks.filter((check) => check.ok).length;
  // What needs attention comes first (in the coach's order), so it is in view without scrolling.
  const checks = useMemo(() => [...review.checks.filter((check) => !check.ok), ...review.checks.filter((check) => check.ok)], [review]);
  return (
    <div className="coach">
      <p className="coach-summary">
        <strong>
          {passed} of {review.checks.length}
        </strong>{' '}
        look good
      </p>
      <ul className="coach-checks">
        {checks.map((check) => (
          <li key={check.id} className={check.ok ? 'coach-check ok' : 'coach-check warn'} data-check={check.id} data-ok={check.ok}>
            <CheckIcon ok={check.ok} />
            <div className="coach-check-text">
              <p className="coach-check-label">
                {CHECK_LABELS[check.id]}
                <span className="visually-hidden">{check.ok ? ': fine.' : ': needs attention.'}</span>
              </p>
              <p className="coach-check-message">{check.message}</p>
              {!check.ok && check.suggestion && !readOnly && (
                <button type="button" className="coach-suggestion" onClick={() => onSuggestion(check)} title={check.suggestion}>
                  <span className="coach-suggestion-action">{check.id === 'addressed-by-name' ? 'Use greeting' : 'Insert'}</span>
                  <span className="coach-suggestion-text">“{check.suggestion}”</span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
});

function CheckIcon({ ok }: { ok: boolean }) {
  return (
    <svg className="coach-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      {ok ? (
        <>
          <circle cx="10" cy="10" r="9" className="coach-icon-bg" />
          <path d="M5.5 10.5l3 3 6-6.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : (
        <>
          <path d="M10 1.8 19 17.8H1z" className="coach-icon-bg" strokeLinejoin="round" />
          <path d="M10 7.5v4.5M10 14.8v.4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
