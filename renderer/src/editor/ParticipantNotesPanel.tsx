import { useId, useState, type FocusEvent } from 'react';
import type { ParticipantNotes, ThankYouDetail } from '../../../shared';
import { useClient } from '../api/client-context';
import { fieldErrorsFrom } from '../lib/field-errors';
import { BulletsEditor } from '../ui/BulletsEditor';
import { FollowUpsEditor, type FollowUpEntry, type FollowUpPart } from '../ui/FollowUpsEditor';

interface Props {
  detail: ThankYouDetail;
}

/** The notes as typed: points keep an empty row to type in; follow-ups have keys for their inputs. */
interface Typed {
  points: string[];
  promisedFollowUps: FollowUpEntry[];
}

type ErrorKey = `point.${number}` | `promise.${string}.${FollowUpPart}`;

let nextKey = 0;
function typed(notes: ParticipantNotes): Typed {
  return {
    points: notes.points.length ? [...notes.points] : [''],
    promisedFollowUps: notes.promisedFollowUps.map((f) => ({ key: `saved-${++nextKey}`, ...f })),
  };
}

/** What is sent (empty rows left out), and where each entry sits in the form, for the messages. */
function toSend(values: Typed) {
  const pointRows = values.points.flatMap((point, row) => (point.trim() === '' ? [] : [row]));
  const promises = values.promisedFollowUps.filter((f) => f.text.trim() !== '' || f.url.trim() !== '');
  return {
    notes: { points: pointRows.map((row) => values.points[row]!), promisedFollowUps: promises.map(({ text, url }) => ({ text, url })) },
    pointRows,
    promiseKeys: promises.map((f) => f.key),
  };
}

const countOf = (values: Typed) => {
  const { notes } = toSend(values);
  return notes.points.length + notes.promisedFollowUps.length;
};

/**
 * This person's own points on the occasion (what they asked or said, what was promised to them),
 * which the template and the coach use first. Edited here and saved with
 * `occasions.setParticipantNotes` when the focus leaves the section or on Save; a refused entry
 * keeps what was typed and shows the message at its input.
 */
export function ParticipantNotesPanel({ detail }: Props) {
  const client = useClient();
  const id = useId();
  const recorded = detail.participantNotes;
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Typed>(() => typed(recorded ?? { points: [], promisedFollowUps: [] }));
  // Each change counts one up; what was saved last is the count it was sent at.
  const [revision, setRevision] = useState(0);
  const [savedRevision, setSavedRevision] = useState(0);
  const dirty = revision !== savedRevision;
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<ErrorKey, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  // What another window (or the occasion form) saved shows here, unless something is being typed.
  const recordedKey = JSON.stringify(recorded);
  const [shownKey, setShownKey] = useState(recordedKey);
  if (recordedKey !== shownKey) {
    setShownKey(recordedKey);
    if (!dirty && recorded) setValues(typed(recorded));
  }

  if (!recorded) {
    return (
      <p className="participant-notes-panel card muted text-small">
        {detail.person.fullName} is no longer listed on this occasion, so there are no points of their own to show.
      </p>
    );
  }

  const name = detail.person.fullName;
  const change = (next: Typed, clear: ErrorKey[] | 'all') => {
    setValues(next);
    setRevision((r) => r + 1);
    setSaved(false);
    if (clear === 'all') setErrors({});
    else if (clear.some((key) => errors[key])) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !clear.includes(key as ErrorKey))));
  };

  async function save() {
    if (saving) return;
    const sentRevision = revision;
    const { notes, pointRows, promiseKeys } = toSend(values);
    setSaving(true);
    const result = await client.call('occasions.setParticipantNotes', { occasionId: detail.occasion.id, personId: detail.person.id, ...notes });
    setSaving(false);
    if (result.ok) {
      // Typing during the save stays unsaved (and is saved next).
      setSavedRevision(sentRevision);
      setErrors({});
      setGeneral(null);
      setSaved(true);
      return;
    }
    const fields = fieldErrorsFrom<ErrorKey>(result.error, (path) => {
      const [list, index, part] = path.split('.');
      if (list === 'points' && index !== undefined) return `point.${pointRows[Number(index)] ?? 0}`;
      if (list === 'promisedFollowUps' && index !== undefined) {
        const key = promiseKeys[Number(index)];
        return key === undefined ? undefined : `promise.${key}.${part === 'text' || part === 'url' ? part : 'row'}`;
      }
      return undefined;
    });
    setErrors(fields);
    setGeneral(Object.keys(fields).length ? null : result.error.message);
    setOpen(true);
  }

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (dirty && !event.currentTarget.contains(event.relatedTarget as Node | null)) void save();
  };

  const pointErrors: Record<number, string | undefined> = {};
  values.points.forEach((_, row) => (pointErrors[row] = errors[`point.${row}`]));
  const count = countOf(values);
  const regionId = `${id}-notes`;
  const status = saving ? 'Saving…' : dirty ? 'Not saved yet' : saved ? 'Saved' : '';

  return (
    <section className="participant-notes-panel card" aria-labelledby={`${id}-title`} onBlur={onBlur}>
      <h2 id={`${id}-title`} className="participant-notes-panel-title">
        <button type="button" className="link-button" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
          What {name} asked or said{count > 0 && ` (${count})`}
        </button>
        <span className="muted text-small" role="status">
          {status}
        </span>
      </h2>
      {open && (
        <div id={regionId} className="participant-notes-panel-body">
          <p className="muted text-small">Used before the occasion’s own points when the note is started and by the coach.</p>
          <div className="field">
            <label htmlFor={`${id}-points-0`}>Points for {name}</label>
            <BulletsEditor
              id={`${id}-points`}
              label={`Points for ${name}`}
              items={values.points}
              errors={pointErrors}
              placeholder="A question they asked, what they cared about — Enter for the next"
              onChange={(points) => change({ ...values, points }, 'all')}
            />
          </div>
          <div className="field">
            <span className="field-label" id={`${id}-promises-label`}>
              Promised to {name}
            </span>
            <FollowUpsEditor
              label={`Follow-up promised to ${name}`}
              labelledBy={`${id}-promises-label`}
              items={values.promisedFollowUps}
              inputId={(key, part) => `${id}-promise-${key}-${part}`}
              errorFor={(key, part) => errors[`promise.${key}.${part}`]}
              onChange={(promisedFollowUps, changedKey) =>
                change({ ...values, promisedFollowUps }, changedKey ? [`promise.${changedKey}.row`, `promise.${changedKey}.text`, `promise.${changedKey}.url`] : 'all')
              }
              addLabel="+ Add something you promised them"
            />
          </div>
          {general && (
            <p className="field-error" role="alert">
              {general}
            </p>
          )}
          <div className="participant-notes-panel-actions">
            <button type="button" className="button compact" disabled={!dirty || saving} onClick={() => void save()}>
              Save points
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
