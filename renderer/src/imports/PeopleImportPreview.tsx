import { useCallback, useMemo, useState } from 'react';
import type { PeopleImportAction, PeopleImportPreview as Preview } from '../../../shared';
import { ACTION_LABELS, actionCounts, applyToRows, count, filterRows, people, STATUS_LABELS, statusCounts, type RowFilter } from './people-preview';
import { PeopleImportRows } from './PeopleImportRows';

/** Rows shown at once: a LinkedIn export can hold 30,000, and each row is a few inputs. */
const PAGE = 100;
const FILTERS: RowFilter[] = ['all', 'new', 'matching', 'conflicting', 'duplicate'];
const SOURCE_LABELS: Record<Preview['source'], string> = { linkedin: 'LinkedIn connections', vcard: 'contacts (vCard)' };

interface Props {
  fileName: string;
  preview: Preview;
  actions: PeopleImportAction[];
  /** Changes the choices (a function of the current ones). */
  onActions(update: (actions: PeopleImportAction[]) => PeopleImportAction[]): void;
  saving: boolean;
  error: string | null;
  onCancel(): void;
  onImport(): void;
}

/**
 * What the file holds and what importing it will do: new people, people already here (matching,
 * or with values that differ), and people the file repeats; a choice per row and for all shown.
 */
export function PeopleImportPreview({ fileName, preview, actions, onActions, saving, error, onCancel, onImport }: Props) {
  const [filter, setFilter] = useState<RowFilter>('all');
  const [shown, setShown] = useState(PAGE);
  const counts = useMemo(() => statusCounts(preview.rows), [preview.rows]);
  const rows = useMemo(() => filterRows(preview.rows, filter), [preview.rows, filter]);
  const chosen = useMemo(() => actionCounts(actions), [actions]);
  const onAction = useCallback((index: number, action: PeopleImportAction) => onActions((all) => all.map((a, i) => (i === index ? action : a))), [onActions]);
  const writes = chosen.add + chosen.merge;

  return (
    <div className="people-import">
      <div className="import-read">
        Read <strong>{people(preview.rows.length)}</strong> from <bdi>{fileName}</bdi> ({SOURCE_LABELS[preview.source]}).
        {preview.skipped > 0 && (
          <>
            {' '}
            <details className="import-skipped">
              <summary>
                {count(preview.skipped)} {preview.skipped === 1 ? 'row' : 'rows'} could not be read
              </summary>
              <ul>
                {preview.skippedRows.slice(0, 50).map((skip, i) => (
                  <li key={i}>{skip.row === null ? skip.reason : `Row ${skip.row}: ${skip.reason}`}</li>
                ))}
              </ul>
            </details>
          </>
        )}
      </div>

      <div className="import-toolbar">
        <div className="import-filters" role="radiogroup" aria-label="Show">
          {FILTERS.map((f) => (
            <label key={f} className={filter === f ? 'import-filter checked' : 'import-filter'}>
              <input
                type="radio"
                name="import-filter"
                value={f}
                checked={filter === f}
                data-autofocus={filter === f || undefined}
                onChange={() => {
                  setFilter(f);
                  setShown(PAGE);
                }}
                disabled={counts[f] === 0 && f !== 'all'}
              />
              {f === 'all' ? 'All' : STATUS_LABELS[f]} <span className="import-count">{count(counts[f])}</span>
            </label>
          ))}
        </div>
        <div className="import-bulk" role="group" aria-label="For all shown">
          <span>For all shown:</span>
          {(['add', 'merge', 'skip'] as const).map((action) => (
            <button key={action} type="button" className="button small" onClick={() => onActions((all) => applyToRows(all, rows, action, filter))} disabled={rows.length === 0}>
              {ACTION_LABELS[action]}
            </button>
          ))}
        </div>
      </div>

      {rows.length === 0 ? (
        <p className="muted">No one here.</p>
      ) : (
        <fieldset className="import-rows-set" disabled={saving}>
          <legend className="visually-hidden">What to do with each person</legend>
          <PeopleImportRows rows={rows.slice(0, shown)} actions={actions} onAction={onAction} />
        </fieldset>
      )}
      {rows.length > shown && (
        <div className="list-more">
          <span className="muted">
            Showing {count(shown)} of {count(rows.length)}
          </span>
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE * 5)}>
            Show more
          </button>
        </div>
      )}

      <footer className="import-footer">
        <p className="import-plan" aria-live="polite">
          {error ? (
            <span className="form-error" role="alert">
              {error}
            </span>
          ) : (
            `${count(chosen.add)} to add, ${count(chosen.merge)} to merge, ${count(chosen.skip)} to skip.`
          )}
        </p>
        <div className="footer-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button primary" onClick={onImport} disabled={saving || writes === 0}>
            {saving ? 'Importing…' : writes === 0 ? 'Nothing to import' : `Import ${people(writes)}`}
          </button>
        </div>
      </footer>
    </div>
  );
}
