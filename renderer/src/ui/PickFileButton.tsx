import { useRef, type ReactNode } from 'react';

interface Props {
  /** File types offered in the system's dialog (the input's `accept`). */
  accept: string;
  onPick(file: File): void;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}

/** A button that opens the system's file dialog; the same file can be picked again after fixing it. */
export function PickFileButton({ accept, onPick, disabled, className = 'button', children }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
    </>
  );
}
