import { participantFields } from './occasion-form-draft';
import type { SectionProps } from './occasion-form-sections';
import { PeoplePicker } from './PeoplePicker';

/** Who helped: the people picker with its message or hint. */
export function PeopleField({ values, errors, id, change, peopleId }: SectionProps & { peopleId: string }) {
  return (
    <div className={errors.people ? 'field invalid' : 'field'}>
      <label htmlFor={peopleId}>
        Who helped?
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      </label>
      <PeoplePicker
        inputId={peopleId}
        kind={values.kind}
        participants={values.participants}
        query={values.peopleQuery}
        errors={errors}
        describedBy={errors.people ? id('people-error') : id('people-hint')}
        onQueryChange={(peopleQuery) => change(['people'], (v) => ({ ...v, peopleQuery }))}
        onParticipantsChange={(participants) =>
          change(
            ['people', ...values.participants.flatMap(participantFields)],
            (v) => ({ ...v, participants }),
          )
        }
      />
      {errors.people ? (
        <p className="field-error" id={id('people-error')}>
          {errors.people}
        </p>
      ) : (
        <p className="field-hint" id={id('people-hint')}>
          Each person gets their own thank-you. Backspace in the empty box removes the last one.
        </p>
      )}
    </div>
  );
}
