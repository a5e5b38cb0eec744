import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Icon } from '../ui/Icon';
import type { ExistingPerson } from './conflicting-person';

export interface EmailRow {
  /** Stable across reordering, so focus and error messages stay with the address. */
  key: number;
  value: string;
}

interface Props {
  rows: EmailRow[];
  idFor(key: number): string;
  /** `emails` for the whole list, `email:<key>` for one address. */
  errors: Partial<Record<string, string>>;
  /** Someone else who already has one of these addresses. */
  existing: ExistingPerson | null;
  onChange(rows: EmailRow[], changedKey?: number): void;
}

const MAX_EMAILS = 10;
let nextKey = 1;

export function newEmailRow(value = ''): EmailRow {
  return { key: nextKey++, value };
}

/** A person's addresses; the first is the primary one, any other can be made primary. */
export function EmailsEditor({ rows, idFor, errors, existing, onChange }: Props) {
  const focusKey = useRef<number | null>(null);

  // After adding or reordering, focus follows the address the user acted on.
  useEffect(() => {
    if (focusKey.current === null) return;
    document.getElementById(idFor(focusKey.current))?.focus();
    focusKey.current = null;
  });

  const listError = errors.emails;
  const listErrorId = listError ? `${idFor(0)}-list-error` : undefined;

  return (
    <fieldset className={listError ? 'emails-editor invalid' : 'emails-editor'} aria-describedby={listErrorId}>
      <legend>Emails</legend>
      <ul className="pp-email-rows">
        {rows.map((row, index) => {
          const id = idFor(row.key);
          const error = errors[`email:${row.key}`];
          const errorId = error ? `${id}-error` : undefined;
          const label = index === 0 ? 'Primary email' : `Email ${index + 1}`;
          return (
            <li key={row.key} className={error ? 'pp-email-row field invalid' : 'pp-email-row field'}>
              <label htmlFor={id} className="visually-hidden">
                {label}
              </label>
              <div className="pp-email-line">
                <input
                  id={id}
                  type="email"
                  value={row.value}
                  onChange={(e) => onChange(rows.map((r) => (r.key === row.key ? { ...r, value: e.target.value } : r)), row.key)}
                  placeholder="name@example.com"
                  aria-invalid={Boolean(error)}
                  aria-describedby={errorId}
                  autoComplete="off"
                  spellCheck={false}
                />
                {index === 0 ? (
                  <span className="pp-primary" aria-hidden={rows.length === 1 || undefined}>
                    Primary
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button pp-small"
                    aria-label={`Make ${row.value || `email ${index + 1}`} the primary email`}
                    onClick={() => {
                      focusKey.current = row.key;
                      onChange([row, ...rows.filter((r) => r.key !== row.key)]);
                    }}
                  >
                    Make primary
                  </button>
                )}
                <button
                  type="button"
                  className="icon-button pp-remove-email"
                  aria-label={`Remove ${label.toLowerCase()}${row.value ? ` ${row.value}` : ''}`}
                  title="Remove"
                  onClick={() => {
                    const remaining = rows.filter((r) => r.key !== row.key);
                    const next = remaining.length ? remaining : [newEmailRow()];
                    focusKey.current = (next[Math.min(index, next.length - 1)] ?? next[0]!).key;
                    onChange(next);
                  }}
                >
                  <Icon name="trash" />
                </button>
              </div>
              {error && (
                <p id={errorId} className="field-error">
                  {error}
                </p>
              )}
              {error && existing && (
                <Link to={`/people/${existing.id}`} className="pp-existing">
                  Open <bdi>{existing.fullName}</bdi>
                </Link>
              )}
            </li>
          );
        })}
      </ul>
      {listError && (
        <p id={listErrorId} className="field-error">
          {listError}
        </p>
      )}
      {rows.length < MAX_EMAILS && (
        <button
          type="button"
          className="button pp-small pp-add-email"
          onClick={() => {
            const added = newEmailRow();
            focusKey.current = added.key;
            onChange([...rows, added]);
          }}
        >
          <Icon name="plus" />
          Add email
        </button>
      )}
    </fieldset>
  );
}
