import type { ReactNode } from 'react';
import { FormActions } from '../ui/FormActions';

interface Props {
  error: string | null;
  dirty: boolean;
  saving: boolean;
  saveLabel: string;
  onDiscard(): void;
  /** Buttons on the other side of the row, e.g. "Reset to defaults". */
  start?: ReactNode;
}

/** A settings card's buttons: Save once something changed, and a way back to what is saved. */
export function SettingsActions({ error, dirty, saving, saveLabel, onDiscard, start }: Props) {
  return (
    <FormActions error={error} className="settings-actions" start={start}>
      {dirty && <span className="unsaved">Unsaved changes</span>}
      {dirty && (
        <button type="button" className="button" onClick={onDiscard}>
          Discard
        </button>
      )}
      <button type="submit" className="button primary" disabled={saving || !dirty}>
        {saving ? 'Saving…' : saveLabel}
      </button>
    </FormActions>
  );
}
