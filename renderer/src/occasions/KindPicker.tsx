import { OCCASION_KIND_LABELS, OCCASION_KINDS } from '../../../shared';
import { KIND_SHORT_LABELS, KindIcon } from '../ui/KindIcon';
import { withKind } from './occasion-form-model';
import type { SectionProps } from './occasion-form-sections';

/** The kind of occasion as a radio group of icons (arrow keys pick one). */
export function KindPicker({ values, errors, id, change }: SectionProps) {
  return (
    <fieldset className="kind-picker" aria-describedby={errors.kind ? id('kind-error') : undefined}>
      <legend>What happened?</legend>
      <div className="kind-options">
        {OCCASION_KINDS.map((kind) => (
          <label key={kind} className={values.kind === kind ? 'kind-option checked' : 'kind-option'} title={OCCASION_KIND_LABELS[kind]}>
            <input
              type="radio"
              name={id('kind')}
              id={id(`kind-${kind}`)}
              value={kind}
              checked={values.kind === kind}
              onChange={() => change(['kind', 'interviewFormat'], (v) => withKind(v, kind))}
              aria-label={OCCASION_KIND_LABELS[kind]}
            />
            <KindIcon kind={kind} size={22} />
            <span aria-hidden="true">{KIND_SHORT_LABELS[kind]}</span>
          </label>
        ))}
      </div>
      {errors.kind && (
        <p className="field-error" id={id('kind-error')}>
          {errors.kind}
        </p>
      )}
    </fieldset>
  );
}
