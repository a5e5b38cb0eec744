import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<'input'>, 'type' | 'value' | 'onChange'> & { value: string; max: number; onChange(value: string): void };

/** Whole hours as typed (text until saved, so "1.5" stays to be fixed), with an "h" after the box. */
export function HoursInput({ value, max, onChange, ...props }: Props) {
  return (
    <span className="hours-input">
      <input {...props} type="number" inputMode="numeric" min={1} max={max} step={1} value={value} onChange={(e) => onChange(e.target.value)} />
      <span className="suffix" aria-hidden="true">
        h
      </span>
    </span>
  );
}
