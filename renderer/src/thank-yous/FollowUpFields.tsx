import './thank-yous.css';
import { followUpDateOffers } from './follow-up-suggestions';
import { Field } from '../ui/Field';
import type { Errors, Pair } from './date-time-pair';
import { DateTimeFields } from './DateTimeFields';

/**
 * A follow-up: what to do, and when, with dates suggested a week, two weeks or a month after
 * `from` (YYYY-MM-DD). `suggestedText` is the likely follow-up for this kind of help ("Check in on
 * the hiring decision"): shown as the example, and filled in when a date is picked before any text.
 */
export function FollowUpFields({
  formId,
  text,
  when,
  from,
  errors,
  required,
  suggestedText,
  onText,
  onWhen,
}: {
  formId: string;
  text: string;
  when: Pair;
  from: string;
  errors: Errors;
  required?: boolean;
  suggestedText?: string;
  onText(text: string): void;
  onWhen(when: Pair): void;
}) {
  return (
    <>
      <Field id={`${formId}-followText`} label="What" required={required} error={errors.followText}>
        {(props) => (
          <input {...props} value={text} dir="auto" autoComplete="off" placeholder={suggestedText ?? 'Call to touch base'} onChange={(e) => onText(e.target.value)} />
        )}
      </Field>
      <DateTimeFields formId={formId} name="follow" label="Follow-up" value={when} errors={errors} onChange={onWhen} />
      <div className="suggestions" role="group" aria-label="Follow-up date suggestions">
        {followUpDateOffers(from).map((offer) => (
          <button
            key={offer.label}
            type="button"
            className="chip-button"
            onClick={() => {
              onWhen({ ...when, date: offer.date });
              if (suggestedText && text.trim() === '') onText(suggestedText);
            }}
          >
            {offer.label}
          </button>
        ))}
      </div>
    </>
  );
}
