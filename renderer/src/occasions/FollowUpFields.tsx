import { Field } from '../ui/Field';
import type { Errors, Pair } from './date-time-pair';
import { DateTimeFields } from './DateTimeFields';
import { shiftDate } from './time-text';

/** A follow-up: what to do, and when, with dates suggested a week or two after `from` (YYYY-MM-DD). */
export function FollowUpFields({
  formId,
  text,
  when,
  from,
  errors,
  required,
  onText,
  onWhen,
}: {
  formId: string;
  text: string;
  when: Pair;
  from: string;
  errors: Errors;
  required?: boolean;
  onText(text: string): void;
  onWhen(when: Pair): void;
}) {
  return (
    <>
      <Field id={`${formId}-followText`} label="What" required={required} error={errors.followText}>
        {(props) => <input {...props} value={text} dir="auto" autoComplete="off" placeholder="Call to touch base" onChange={(e) => onText(e.target.value)} />}
      </Field>
      <DateTimeFields formId={formId} name="follow" label="Follow-up" value={when} errors={errors} onChange={onWhen} />
      <div className="suggestions" role="group" aria-label="Follow-up date suggestions">
        {[7, 14].map((days) => (
          <button key={days} type="button" className="chip-button" onClick={() => onWhen({ ...when, date: shiftDate(from, days) ?? '' })}>
            {days === 7 ? 'In 1 week' : 'In 2 weeks'}
          </button>
        ))}
      </div>
    </>
  );
}
