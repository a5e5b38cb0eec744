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
 * The coach: one line per check of `reviewNote` that needs work, with a warning sign (never colour
 * alone), its reason, and where the check has one, a sentence to insert with one click; the
 * checks that pass, ticked, behind one disclosure.
 */
export const CoachPanel = memo(function CoachPanel({ input, onSuggestion, readOnly }: Props) {
  const review = useMemo(() => reviewNote(input), [input]);
  // What needs work comes first (in the coach's order), in view without scrolling; what passes
  // is one line, opened on demand.
  const needWork = review.checks.filter((check) => !check.ok);
  const passing = review.checks.filter((check) => check.ok);
  const row = (check: NoteCheck) => <CheckRow key={check.id} check={check} onSuggestion={onSuggestion} readOnly={readOnly} />;
  return (
    <div className="coach">
      <p className="coach-summary">
        {needWork.length === 0 ? 'Nothing needs work: every check passes.' : `${needWork.length} ${needWork.length === 1 ? 'thing needs' : 'things need'} work`}
      </p>
      {needWork.length > 0 && <ul className="coach-checks">{needWork.map(row)}</ul>}
      {passing.length > 0 && (
        <details className="coach-passing">
          <summary>
            {passing.length} {passing.length === 1 ? 'check passes' : 'checks pass'}
          </summary>
          <ul className="coach-checks">{passing.map(row)}</ul>
        </details>
      )}
    </div>
  );
});

function CheckRow({ check, onSuggestion, readOnly }: { check: NoteCheck } & Omit<Props, 'input'>) {
  return (
    <li className={check.ok ? 'coach-check ok' : 'coach-check warn'} data-check={check.id} data-ok={check.ok}>
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
  );
}

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
