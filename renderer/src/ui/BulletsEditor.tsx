import { useEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { lowerFirst } from '../lib/text';
import './list-editors.css';

interface Props {
  id: string;
  /** Names the list and each bullet ("Discussion point 2", "Points for Marcus Chen 2"). */
  label: string;
  items: string[];
  /** Messages by row. */
  errors: Record<number, string | undefined>;
  placeholder: string;
  onChange(items: string[]): void;
}

/**
 * Quick bullets: Enter starts the next one, Backspace on an empty one removes it, the arrow
 * keys move between them, and pasting several lines makes several bullets.
 */
export function BulletsEditor({ id, label, items, errors, placeholder, onChange }: Props) {
  const refs = useRef<(HTMLInputElement | null)[]>([]);
  const focusRequest = useRef<{ row: number; caret: number | 'end' } | null>(null);

  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    const input = refs.current[request.row];
    if (!input) return;
    input.focus();
    const caret = request.caret === 'end' ? input.value.length : request.caret;
    input.setSelectionRange(caret, caret);
  });

  const focus = (row: number, caret: number | 'end' = 'end') => {
    focusRequest.current = { row, caret };
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, row: number) {
    const input = event.currentTarget;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      const caret = input.selectionStart ?? input.value.length;
      const before = items[row]!.slice(0, caret);
      const after = items[row]!.slice(caret);
      if (items[row]!.trim() === '' && row === items.length - 1) return; // nothing to add after
      onChange([...items.slice(0, row), before, after, ...items.slice(row + 1)]);
      focus(row + 1, 0);
    } else if (event.key === 'Backspace' && input.selectionStart === 0 && input.selectionEnd === 0 && row > 0) {
      event.preventDefault();
      // Joins this bullet onto the one before (an empty one simply goes away).
      const previous = items[row - 1]!;
      onChange([...items.slice(0, row - 1), previous + items[row]!, ...items.slice(row + 1)]);
      focus(row - 1, previous.length);
    } else if (event.key === 'Backspace' && items[row] === '' && row === 0 && items.length > 1) {
      event.preventDefault();
      onChange(items.slice(1));
      focus(0, 0);
    } else if (event.key === 'ArrowUp' && row > 0) {
      event.preventDefault();
      refs.current[row - 1]?.focus();
    } else if (event.key === 'ArrowDown' && row < items.length - 1) {
      event.preventDefault();
      refs.current[row + 1]?.focus();
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>, row: number) {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\r\n]/u.test(text)) return;
    event.preventDefault();
    const lines = text
      .split(/\r?\n|\r/u)
      .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/u, '').trim())
      .filter(Boolean);
    const current = items[row]!;
    const merged = current.trim() === '' ? lines : [current, ...lines];
    onChange([...items.slice(0, row), ...merged, ...items.slice(row + 1)]);
    focus(row + merged.length - 1);
  }

  return (
    <ul className="bullets" aria-label={label} id={id}>
      {items.map((item, row) => {
        const error = errors[row];
        const inputId = `${id}-${row}`;
        return (
          <li key={row} className={error ? 'bullet invalid' : 'bullet'}>
            <span className="bullet-mark" aria-hidden="true">
              •
            </span>
            <input
              ref={(el) => {
                refs.current[row] = el;
              }}
              id={inputId}
              value={item}
              dir="auto"
              autoComplete="off"
              aria-label={`${label} ${row + 1}`}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${inputId}-error` : undefined}
              placeholder={row === 0 ? placeholder : ''}
              onChange={(e) => onChange(items.map((value, i) => (i === row ? e.target.value : value)))}
              onKeyDown={(e) => onKeyDown(e, row)}
              onPaste={(e) => onPaste(e, row)}
            />
            {items.length > 1 && (
              <button
                type="button"
                className="icon-button bullet-remove"
                aria-label={`Remove ${lowerFirst(label)} ${row + 1}`}
                tabIndex={-1}
                onClick={() => {
                  onChange(items.filter((_, i) => i !== row));
                  focus(Math.max(row - 1, 0));
                }}
              >
                ×
              </button>
            )}
            {error && (
              <p id={`${inputId}-error`} className="field-error">
                {error}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
