import './thank-yous.css';
import type { FormEvent, ReactNode } from 'react';
import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';

interface DialogFormProps {
  title: string;
  onClose(): void;
  onSubmit(event: FormEvent): void;
  /** The message that belongs to no input. */
  general: string | null;
  saving: boolean;
  submitLabel: string;
  /** In the dialog before the form, e.g. quick choices. */
  before?: ReactNode;
  /** Buttons before Cancel, e.g. "Reset to the rule". */
  start?: ReactNode;
  /** A destructive question (Skip) starts on Cancel, the safe choice. */
  startOnCancel?: boolean;
  children: ReactNode;
}

export function DialogForm({ title, onClose, onSubmit, general, saving, submitLabel, before, start, startOnCancel, children }: DialogFormProps) {
  return (
    <Dialog open title={title} onClose={onClose}>
      {before}
      <form className="thank-you-form" onSubmit={onSubmit} noValidate>
        {children}
        <FormActions error={general} className="dialog-actions" onCancel={onClose} start={start} startOnCancel={startOnCancel}>
          <button type="submit" className="button primary" disabled={saving}>
            {submitLabel}
          </button>
        </FormActions>
      </form>
    </Dialog>
  );
}
