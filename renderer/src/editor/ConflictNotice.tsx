import { useId } from 'react';
import type { StoredDraft } from './autosaver';
import type { DraftFields } from './local-copy';
import { clock } from '../lib/time-text';
import { Icon } from '../ui/Icon';

interface Props {
  mine: DraftFields;
  theirs: StoredDraft;
  onKeepMine(): void;
  onKeepTheirs(): void;
  /** Keeps theirs after putting mine on the clipboard. */
  onKeepBoth(): void;
}

/**
 * This note was saved in another window or tab after this one read it, and this one has text of
 * its own: both versions side by side (the lines only one has are marked) and the choice of
 * which to keep. Nothing is saved from here until the person chooses.
 */
export function ConflictNotice({ mine, theirs, onKeepMine, onKeepTheirs, onKeepBoth }: Props) {
  const titleId = useId();
  const mineLines = new Set(linesOf(mine));
  const theirLines = new Set(linesOf(theirs.fields));
  return (
    <section className="conflict-notice" role="alert" aria-labelledby={titleId}>
      <div className="conflict-heading">
        <Icon name="alert" />
        <div>
          <h2 id={titleId}>This note was changed in another window</h2>
          <p>
            It was saved there at {clock(theirs.savedAt)}, after this window opened it, so what you typed here is not saved yet (it is kept on this
            computer). Choose the version to keep.
          </p>
        </div>
      </div>
      <div className="conflict-versions">
        <Version title="Yours, in this window" fields={mine} only={(line) => !theirLines.has(line)} />
        <Version title={`Saved in the other window at ${clock(theirs.savedAt)}`} fields={theirs.fields} only={(line) => !mineLines.has(line)} />
      </div>
      <div className="conflict-actions">
        <button type="button" className="button primary compact" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button compact" onClick={onKeepTheirs}>
          Keep theirs
        </button>
        <button type="button" className="button compact" onClick={onKeepBoth}>
          Keep both
          <span className="conflict-action-hint"> (theirs here, mine copied to the clipboard)</span>
        </button>
      </div>
    </section>
  );
}

function Version({ title, fields, only }: { title: string; fields: DraftFields; only(line: string): boolean }) {
  return (
    <figure className="conflict-version">
      <figcaption>{title}</figcaption>
      <div className="conflict-text" tabIndex={0} aria-label={title}>
        <p className="conflict-subject">
          <span className="visually-hidden">Subject: </span>
          {fields.subject === '' ? <em>No subject</em> : <Line text={fields.subject} marked={only(fields.subject)} />}
        </p>
        {fields.body.split('\n').map((line, index) => (
          // Lines repeat (blank ones do): their place is their identity.
          <p key={index}>{line === '' ? '\u00a0' : <Line text={line} marked={only(line)} />}</p>
        ))}
      </div>
    </figure>
  );
}

function Line({ text, marked }: { text: string; marked: boolean }) {
  return marked ? <mark>{text}</mark> : <>{text}</>;
}

function linesOf(fields: DraftFields): string[] {
  return [fields.subject, ...fields.body.split('\n')];
}

/** What "Keep both" puts on the clipboard: this window's note, subject first. */
export function clipboardTextOf(fields: DraftFields): string {
  return fields.subject === '' ? fields.body : `${fields.subject}\n\n${fields.body}`;
}
