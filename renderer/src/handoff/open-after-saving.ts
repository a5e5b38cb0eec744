const KEY = 'thankful.open-email-draft-after-saving';

/**
 * Whether "Save as email draft" also opens the saved file (desktop app only), remembered in this
 * profile; on unless turned off, since opening the draft is the way to send it.
 */
export function readOpenAfterSaving(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'false';
  } catch {
    return true;
  }
}

export function writeOpenAfterSaving(value: boolean): void {
  try {
    localStorage.setItem(KEY, String(value));
  } catch {
    // Storage full or disabled: the choice lasts until the editor closes.
  }
}
