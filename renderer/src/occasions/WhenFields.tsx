import { defaultOccasionDurationMinutes } from '../../../shared';
import { localDateTimeToIso } from '../lib/local-time';
import { clock, timeOfDay, TWELVE_HOUR } from '../lib/time-text';
import { Field } from '../ui/Field';
import { DateInput, dateHint, TimeInput } from '../ui/DateTimeInputs';
import type { FormField } from './occasion-form-draft';
import { durationLabel } from './occasion-form-model';
import type { SectionProps } from './occasion-form-sections';

/** How to type a time: the app's own clock first (as the box will show it), the other one works too. */
const TIME_HINT = `e.g. ${timeOfDay('14:30')} or ${TWELVE_HOUR ? '14:30' : '2:30 pm'}`;

/**
 * When it happened: date, start and end (with a hint on how long it lasts), and an end date when
 * it ends on another day. `end` is when it ends, as entered or by default; `focusOnRender` moves
 * the focus to an input that appears with the next render.
 */
export function WhenFields({ values, errors, id, change, end, focusOnRender }: SectionProps & { end: Date | null; focusOnRender(elementId: string): void }) {
  const start = localDateTimeToIso(values.date, values.time);
  const defaultMinutes = defaultOccasionDurationMinutes(values.kind, values.interviewFormat);
  const endHint = (() => {
    if (values.endTime.trim() !== '' || values.endOnOtherDay) {
      if (!end || !start.ok) return undefined;
      const minutes = Math.round((end.getTime() - Date.parse(start.iso)) / 60_000);
      return minutes >= 0 ? `Lasts ${durationLabel(minutes)}` : undefined;
    }
    if (defaultMinutes === 0) return 'Optional: a moment, so it ends when it starts';
    return end ? `Ends ${clock(end)} (default ${durationLabel(defaultMinutes)})` : `Default: ${durationLabel(defaultMinutes)}`;
  })();
  const errorFor = (field: FormField) => errors[field];

  return (
    <div className="when-grid">
      <Field id={id('date')} label="Date" required error={errorFor('date')} hint={dateHint(values.date) ?? 'YYYY-MM-DD; ↑/↓ change the day'}>
        {(props) => (
          <DateInput {...props} value={values.date} onValueChange={(date) => change(['date', 'time', 'endTime'], (v) => ({ ...v, date, whenEdited: true }))} />
        )}
      </Field>
      <Field id={id('time')} label={defaultMinutes === 0 ? 'Time' : 'Start'} required error={errorFor('time')} hint={TIME_HINT}>
        {(props) => (
          <TimeInput {...props} value={values.time} onValueChange={(time) => change(['time', 'endTime'], (v) => ({ ...v, time, whenEdited: true }))} />
        )}
      </Field>
      <div className="end-field">
        <Field id={id('endTime')} label="End" error={errorFor('endTime')} hint={endHint}>
          {(props) => (
            <TimeInput
              {...props}
              value={values.endTime}
              placeholder={end && values.endTime.trim() === '' && !values.endOnOtherDay ? clock(end) : undefined}
              onValueChange={(endTime) => change(['endTime', 'endDate'], (v) => ({ ...v, endTime }))}
            />
          )}
        </Field>
        {!values.endOnOtherDay && (
          <button
            type="button"
            className="link-button small-link"
            onClick={() => {
              change(['endDate', 'endTime'], (v) => ({ ...v, endOnOtherDay: true, endDate: v.date }));
              focusOnRender(id('endDate'));
            }}
          >
            Ends on another day?
          </button>
        )}
      </div>
      {values.endOnOtherDay && (
        <Field id={id('endDate')} label="End date" error={errorFor('endDate')} hint={dateHint(values.endDate)}>
          {(props) => (
            <div className="inline-input">
              <DateInput {...props} value={values.endDate} onValueChange={(endDate) => change(['endDate', 'endTime'], (v) => ({ ...v, endDate }))} />
              <button
                type="button"
                className="link-button"
                onClick={() => change(['endDate', 'endTime'], (v) => ({ ...v, endOnOtherDay: false, endDate: '' }))}
              >
                Same day
              </button>
            </div>
          )}
        </Field>
      )}
    </div>
  );
}
