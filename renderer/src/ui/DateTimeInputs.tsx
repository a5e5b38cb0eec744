import { useState, type InputHTMLAttributes } from 'react';
import { localDateTimeToIso } from '../lib/local-time';
import { longDate, normalizeTime, shiftDate, shiftTime, timeOfDay, TWELVE_HOUR } from '../lib/time-text';

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

/** What an empty time box asks for, in the clock the app shows. */
export const TIME_PLACEHOLDER = TWELVE_HOUR ? 'h:mm am/pm' : 'HH:MM';

/**
 * A time, shown in the clock the rest of the app shows ("2:30 PM" or "14:30") and typed in either
 * ("14:30", "930", "2:30 pm", "2pm"); `value` stays `HH:MM`, 24-hour, whenever what is typed is a
 * time (else the text as typed, for the check to explain). What is typed stays as typed until
 * the box is left. ↑/↓ move it by 15 minutes (Shift: an hour).
 */
export function TimeInput({ value, onValueChange, onKeyDown, onBlur, placeholder = TIME_PLACEHOLDER, ...rest }: InputProps) {
  // The text being typed, for as long as `value` is what it was made into.
  const [typing, setTyping] = useState<{ text: string; value: string } | null>(null);
  const shown = typing && typing.value === value ? typing.text : timeOfDay(value);
  return (
    <input
      {...rest}
      placeholder={placeholder}
      className={`time-input ${rest.className ?? ''}`}
      value={shown}
      inputMode={TWELVE_HOUR ? 'text' : 'numeric'}
      autoComplete="off"
      spellCheck={false}
      maxLength={12}
      onChange={(e) => {
        const time = normalizeTime(e.target.value);
        setTyping({ text: e.target.value, value: time });
        onValueChange(time);
      }}
      onBlur={(e) => {
        setTyping(null);
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
            setTyping(null);
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
