import { Field } from '../ui/Field';
import type { Errors, Pair } from './date-time-pair';
import { DateInput, dateHint, TimeInput } from '../ui/DateTimeInputs';

/** A date and a time side by side, each with its own message (`errors[name + 'Date' | 'Time']`). */
export function DateTimeFields({
  formId,
  name,
  label,
  value,
  errors,
  onChange,
}: {
  formId: string;
  name: string;
  label: string;
  value: Pair;
  errors: Errors;
  onChange(value: Pair, part: 'date' | 'time'): void;
}) {
  return (
    <div className="date-time-pair">
      <Field id={`${formId}-${name}Date`} label={`${label} date`} error={errors[`${name}Date`]} hint={dateHint(value.date)}>
        {(props) => <DateInput {...props} value={value.date} onValueChange={(date) => onChange({ ...value, date }, 'date')} />}
      </Field>
      <Field id={`${formId}-${name}Time`} label={`${label} time`} error={errors[`${name}Time`]}>
        {(props) => <TimeInput {...props} value={value.time} onValueChange={(time) => onChange({ ...value, time }, 'time')} />}
      </Field>
    </div>
  );
}
