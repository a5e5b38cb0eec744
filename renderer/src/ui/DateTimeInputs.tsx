import type { InputHTMLAttributes } from 'react';
import { localDateTimeToIso } from '../lib/local-time';
import { longDate, normalizeTime, shiftDate, shiftTime } from '../lib/time-text';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & { value: string; onValueChange(value: string): void };

/**
 * A date typed as YYYY-MM-DD (plain text, so a date that does not exist can be typed and then
 * explained, instead of being silently refused by a date picker). ↑/↓ move it by a day.
 */
export function DateInput({ value, onValueChange, onKeyDown, ...rest }: InputProps) {
  return (
    <input
      {...rest}
      className={`date-input ${rest.className ?? ''}`}
      value={value}
      inputMode="numeric"
      placeholder="YYYY-MM-DD"
      autoComplete="off"
      spellCheck={false}
      maxLength={10}
      onChange={(e) => onValueChange(e.target.value)}
      onKeyDown={(e) => {
        onKeyDown?.(e);
        if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
        if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
          const next = shiftDate(value, e.key === 'ArrowUp' ? 1 : -1);
          if (next) {
            e.preventDefault();
            onValueChange(next);
          }
        }
      }}
    />
  );
}

/** A time typed as HH:MM ("930" and "14" are tidied on leaving the box). ↑/↓ move it by 15 minutes. */
export function TimeInput({ value, onValueChange, onKeyDown, onBlur, ...rest }: InputProps) {
  return (
    <input
      {...rest}
      className={`time-input ${rest.className ?? ''}`}
      value={value}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      maxLength={5}
      onChange={(e) => onValueChange(e.target.value)}
      onBlur={(e) => {
        const tidy = normalizeTime(value);
        if (tidy !== value) onValueChange(tidy);
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        onKeyDown?.(e);
        if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
        if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
          const step = (e.shiftKey ? 60 : 15) * (e.key === 'ArrowUp' ? 1 : -1);
          const next = shiftTime(normalizeTime(value), step);
          if (next) {
            e.preventDefault();
            onValueChange(next);
          }
        }
      }}
    />
  );
}

/** "Tuesday, 3 March 2026" under a date that exists, so a typo in the day is caught by eye. */
export function dateHint(date: string): string | undefined {
  const parsed = localDateTimeToIso(date, '12:00');
  return parsed.ok ? longDate(parsed.iso) : undefined;
}
