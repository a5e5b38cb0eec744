import type { ReactNode } from 'react';
import type { FormErrors, FormField } from './occasion-form-draft';
import { SUBMIT_SHORTCUT_LABEL } from '../lib/platform-keys';

/** The form's messages (or the due preview when there are none), Cancel and the save button. */
export function OccasionFormFooter({
  general,
  errors,
  preview,
  saving,
  submitLabel,
  onCancel,
}: {
  general: string[];
  errors: FormErrors;
  preview: ReactNode;
  saving: boolean;
  submitLabel: string;
  onCancel(): void;
}) {
  return (
    <footer className="occasion-form-footer">
      <div className="footer-text">
        {general.length > 0 ? (
          <p className="form-error" role="alert">
            {general.join(' ')}
          </p>
        ) : Object.keys(errors).some((k) => errors[k as FormField]) ? (
          <p className="form-error" role="alert">
            Please check the highlighted fields. Nothing you typed was lost.
          </p>
        ) : (
          <p className="preview" aria-live="polite">
            {preview}
          </p>
        )}
      </div>
      <div className="footer-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving} aria-keyshortcuts="Control+Enter Meta+Enter">
          {saving ? 'Saving…' : submitLabel}
          <kbd aria-hidden="true">{SUBMIT_SHORTCUT_LABEL}</kbd>
        </button>
      </div>
    </footer>
  );
}
