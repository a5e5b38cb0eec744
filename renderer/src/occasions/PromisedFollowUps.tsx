import { FollowUpsEditor } from '../ui/FollowUpsEditor';
import type { FormField } from './occasion-form-draft';
import type { SectionProps } from './occasion-form-sections';

/** What was promised to everyone on the occasion, each with an optional link. */
export function PromisedFollowUps({ values, errors, id, change }: SectionProps) {
  const fieldsOf = (key: string): FormField[] => [`promise.${key}`, `promise.${key}.text`, `promise.${key}.url`];
  return (
    <div className="field">
      <span className="field-label" id={id('promises-label')}>
        Promised follow-ups
      </span>
      <FollowUpsEditor
        label="Promised follow-up"
        labelledBy={id('promises-label')}
        items={values.promisedFollowUps}
        inputId={(key, part) => id(`promise-${key}-${part}`)}
        errorFor={(key, part) => errors[(part === 'row' ? `promise.${key}` : `promise.${key}.${part}`) as FormField]}
        onChange={(promisedFollowUps, changedKey) => change(changedKey ? fieldsOf(changedKey) : [], (v) => ({ ...v, promisedFollowUps }))}
        addLabel="+ Add something you promised to send"
      />
    </div>
  );
}
