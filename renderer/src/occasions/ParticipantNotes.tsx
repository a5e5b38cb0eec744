import { BulletsEditor } from '../ui/BulletsEditor';
import { FollowUpsEditor } from '../ui/FollowUpsEditor';
import type { FormErrors, FormField } from './occasion-form-draft';
import type { ParticipantEntry, ParticipantNotesEntry } from './occasion-form-model';

interface Props {
  participant: ParticipantEntry;
  /** The id of this region; its inputs are named after it. */
  id: string;
  errors: FormErrors;
  onChange(change: Partial<ParticipantNotesEntry>): void;
}

/** Element ids of a person's notes inputs, so a message can move the focus there. */
export const participantNotesIds = {
  points: (regionId: string) => `${regionId}-points`,
  promise: (regionId: string, key: string, part: 'text' | 'url') => `${regionId}-promise-${key}-${part}`,
};

/**
 * What one person asked or said, and what was promised to them, inside their chip: the same list
 * editors as the occasion's own points, labelled with the person's name.
 */
export function ParticipantNotes({ participant: p, id, errors, onChange }: Props) {
  const pointsId = participantNotesIds.points(id);
  const pointErrors: Record<number, string | undefined> = {};
  p.points.forEach((_, row) => (pointErrors[row] = errors[`participant.${p.key}.point.${row}`]));
  return (
    <div className="participant-notes" id={id}>
      <div className="field">
        <label htmlFor={`${pointsId}-0`}>What {p.fullName} asked or said</label>
        <BulletsEditor
          id={pointsId}
          label={`Points for ${p.fullName}`}
          items={p.points}
          errors={pointErrors}
          placeholder="A question they asked, what they cared about — Enter for the next"
          onChange={(points) => onChange({ points })}
        />
      </div>
      <div className="field">
        <span className="field-label" id={`${id}-promises-label`}>
          Promised to {p.fullName}
        </span>
        <FollowUpsEditor
          label={`Follow-up promised to ${p.fullName}`}
          labelledBy={`${id}-promises-label`}
          items={p.promisedFollowUps}
          inputId={(key, part) => participantNotesIds.promise(id, key, part)}
          errorFor={(key, part) => errors[(part === 'row' ? `participant.${p.key}.promise.${key}` : `participant.${p.key}.promise.${key}.${part}`) as FormField]}
          onChange={(promisedFollowUps) => onChange({ promisedFollowUps })}
          addLabel="+ Add something you promised them"
        />
      </div>
    </div>
  );
}
