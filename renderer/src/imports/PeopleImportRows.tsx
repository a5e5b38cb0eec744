import { memo, useId } from 'react';
import type { PeopleImportAction, PeopleImportRow } from '../../../shared';
import { shortDate } from '../lib/time-text';
import { ACTION_LABELS, STATUS_LABELS, actionsFor } from './people-preview';

const FIELD_LABELS: Record<PeopleImportRow['differences'][number]['field'], string> = {
  fullName: 'Name',
  company: 'Company',
  title: 'Title',
  phone: 'Phone',
  linkedinUrl: 'LinkedIn',
  notes: 'Notes',
  connectedOn: 'Connected on',
  emails: 'Email',
};

const MATCH_BY: Record<NonNullable<PeopleImportRow['match']>['by'], string> = { email: 'by email', linkedin: 'by LinkedIn profile', name: 'by name' };

interface Props {
  rows: PeopleImportRow[];
  actions: PeopleImportAction[];
  onAction(index: number, action: PeopleImportAction): void;
}

/** The people read from the file, each with what the file says, what it matches, and a choice. */
export function PeopleImportRows({ rows, actions, onAction }: Props) {
  const id = useId();
  return (
    <ul className="import-rows">
      {rows.map((row) => (
        <ImportRow key={row.index} row={row} action={actions[row.index]!} selectId={`${id}-${row.index}`} onAction={onAction} />
      ))}
    </ul>
  );
}

/** One row; drawn again only when its own choice changes (a preview can show thousands). */
const ImportRow = memo(function ImportRow({
  row,
  action,
  selectId,
  onAction,
}: {
  row: PeopleImportRow;
  action: PeopleImportAction;
  selectId: string;
  onAction(index: number, action: PeopleImportAction): void;
}) {
  const { incoming } = row;
  const details = incoming.title && incoming.company ? `${incoming.title} at ${incoming.company}` : incoming.title || incoming.company;
  return (
    <li className={`import-row status-${row.status}`}>
      <div className="import-person">
        <bdi className="import-name">{incoming.fullName}</bdi>
        {incoming.emails[0] && <span className="import-detail">{incoming.emails.join(', ')}</span>}
        {details && <bdi className="import-detail">{details}</bdi>}
        {incoming.connectedOn && <span className="import-detail">Connected {shortDate(`${incoming.connectedOn}T12:00:00`)}</span>}
      </div>
      <div className="import-status">
        <span className={`tag import-tag-${row.status}`}>{STATUS_LABELS[row.status]}</span>
        {row.match && (
          <span className="import-detail">
            {row.status === 'duplicate' ? 'Also matches' : 'Matches'} <bdi>{row.match.fullName}</bdi> {MATCH_BY[row.match.by]}
          </span>
        )}
        {row.duplicateOf !== null && <span className="import-detail">Same person as row {row.duplicateOf + 1} of the file</span>}
        {row.differences.length > 0 && (
          <ul className="import-differences">
            {row.differences.map((d) => (
              <li key={d.field}>
                {FIELD_LABELS[d.field]}: <bdi className="was">{d.current}</bdi> → <bdi className="becomes">{d.incoming}</bdi>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="import-action">
        <label className="visually-hidden" htmlFor={selectId}>
          What to do with {incoming.fullName}
        </label>
        <select id={selectId} value={action} onChange={(e) => onAction(row.index, e.target.value as PeopleImportAction)}>
          {actionsFor(row).map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'add' && row.match ? 'Add as someone new' : ACTION_LABELS[choice]}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
});
