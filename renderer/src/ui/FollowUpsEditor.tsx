import { useEffect, useRef } from 'react';
import { lowerFirst } from '../lib/text';
import './list-editors.css';

/** A promised follow-up as typed: what it is and an optional link; `key` names its inputs and messages. */
export interface FollowUpEntry {
  key: string;
  text: string;
  url: string;
}

export type FollowUpPart = 'row' | 'text' | 'url';

interface Props {
  /** Names the list and each row ("Promised follow-up 1", "Follow-up promised to Marcus Chen 1"). */
  label: string;
  /** The element that names the list. */
  labelledBy: string;
  items: FollowUpEntry[];
  /** The element id of a row's input; unique on the page. */
  inputId(key: string, part: 'text' | 'url'): string;
  errorFor(key: string, part: FollowUpPart): string | undefined;
  /** `changedKey`: the row whose text or link changed (null when a row was added or removed). */
  onChange(items: FollowUpEntry[], changedKey: string | null): void;
  addLabel: string;
}

let added = 0;

/** What was promised to send, each with an optional link: edit, remove, and add rows (a new one takes the focus). */
export function FollowUpsEditor({ label, labelledBy, items, inputId, errorFor, onChange, addLabel }: Props) {
  const focusRequest = useRef<string | null>(null);
  useEffect(() => {
    if (!focusRequest.current) return;
    document.getElementById(focusRequest.current)?.focus();
    focusRequest.current = null;
  });
  const name = lowerFirst(label);

  return (
    <>
      {items.length > 0 && (
        <ul className="promises" aria-labelledby={labelledBy}>
          {items.map((promise, index) => {
            const rowError = errorFor(promise.key, 'row');
            const textError = errorFor(promise.key, 'text');
            const urlError = errorFor(promise.key, 'url');
            const textId = inputId(promise.key, 'text');
            const urlId = inputId(promise.key, 'url');
            const update = (patch: Partial<FollowUpEntry>) =>
              onChange(
                items.map((f) => (f.key === promise.key ? { ...f, ...patch } : f)),
                promise.key,
              );
            return (
              <li key={promise.key} className={rowError || textError || urlError ? 'promise invalid' : 'promise'}>
                <input
                  id={textId}
                  value={promise.text}
                  dir="auto"
                  autoComplete="off"
                  placeholder="What you promised, e.g. my portfolio"
                  aria-label={`${label} ${index + 1}`}
                  aria-invalid={Boolean(rowError || textError)}
                  aria-describedby={rowError || textError ? `${textId}-error` : undefined}
                  onChange={(e) => update({ text: e.target.value })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) document.getElementById(urlId)?.focus();
                  }}
                />
                <input
                  id={urlId}
                  type="url"
                  value={promise.url}
                  autoComplete="off"
                  spellCheck={false}
                  placeholder="Link (optional)"
                  aria-label={`Link for ${name} ${index + 1}`}
                  aria-invalid={Boolean(urlError)}
                  aria-describedby={urlError ? `${urlId}-error` : undefined}
                  onChange={(e) => update({ url: e.target.value })}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${name} ${index + 1}`}
                  onClick={() => onChange(items.filter((f) => f.key !== promise.key), null)}
                >
                  ×
                </button>
                {(rowError || textError) && (
                  <p className="field-error" id={`${textId}-error`}>
                    {rowError ?? textError}
                  </p>
                )}
                {urlError && (
                  <p className="field-error" id={`${urlId}-error`}>
                    {urlError}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="link-button add-promise"
        onClick={() => {
          const key = `follow-up-${++added}`;
          onChange([...items, { key, text: '', url: '' }], null);
          focusRequest.current = inputId(key, 'text');
        }}
      >
        {addLabel}
      </button>
    </>
  );
}
