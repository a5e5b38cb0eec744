import { INTERVIEW_FORMAT_LABELS, INTERVIEW_FORMATS } from '../../../shared';
import type { SectionProps } from './occasion-form-sections';

/** An interview's format, as a radio group. */
export function FormatPicker({ values, errors, id, change }: SectionProps) {
  return (
    <fieldset className="format-picker">
      <legend>Format</legend>
      <div className="format-options">
        {INTERVIEW_FORMATS.map((format) => (
          <label key={format} className={values.interviewFormat === format ? 'format-option checked' : 'format-option'}>
            <input
              type="radio"
              name={id('format')}
              id={id(`format-${format}`)}
              value={format}
              checked={values.interviewFormat === format}
              onChange={() => change(['interviewFormat'], (v) => ({ ...v, interviewFormat: format }))}
            />
            <span>{INTERVIEW_FORMAT_LABELS[format]}</span>
          </label>
        ))}
      </div>
      {errors.interviewFormat && <p className="field-error">{errors.interviewFormat}</p>}
    </fieldset>
  );
}
