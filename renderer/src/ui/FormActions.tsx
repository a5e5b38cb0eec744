import type { ReactNode } from 'react';

/** A message about the whole form (one that belongs to no input), announced when it appears. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

interface Props {
  /** What went wrong that belongs to no input, shown above the buttons. */
  error?: string | null | undefined;
  /** More classes for the row of buttons: `gap`, `dialog-actions`, `settings-actions`… */
  className?: string;
  /** Adds a Cancel button right before `children`, the form's main action. */
  onCancel?: () => void;
  cancelDisabled?: boolean;
  /** A destructive question starts on Cancel, the safe choice (Dialog focuses `data-autofocus`). */
  startOnCancel?: boolean;
  /** Buttons before Cancel, set apart from the main action ("Reset to the rule", "Remove follow-up"). */
  start?: ReactNode;
  children: ReactNode;
}

/** The end of a form or a dialog: its error line, then its buttons (secondary ones, Cancel, the main action). */
export function FormActions({ error, className, onCancel, cancelDisabled, startOnCancel, start, children }: Props) {
  return (
    <>
      <FormError message={error} />
      <div className={className ? `form-actions ${className}` : 'form-actions'}>
        {start}
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={cancelDisabled} data-autofocus={startOnCancel || undefined}>
            Cancel
          </button>
        )}
        {children}
      </div>
    </>
  );
}
