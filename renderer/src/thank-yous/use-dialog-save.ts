import { useState } from 'react';
import type { AppError, Result } from '../../../shared';
import type { Client } from '../api/client';
import { useClient } from '../api/client-context';
import { splitFieldErrors } from '../lib/field-errors';
import { useToast, type ToastOptions } from '../ui/toast';
import type { Errors } from './date-time-pair';

/** The backend's messages by field path (`known` names the input for a path), with a fallback line for the rest. */
function splitError(error: AppError, known: Record<string, string>): { fields: Errors; general: string | null } {
  const { fields, general } = splitFieldErrors(error, (path) => known[path]);
  return { fields, general: general.length ? general.join(' ') : null };
}

/**
 * Saving from a thank-you dialog (one thank-you or several). `run` calls the backend once at a
 * time; when that succeeds the dialog closes and a toast says what `done` returns (a message, or a
 * toast with an action such as Undo; nothing when it returns null: a bulk dialog reports through its caller, which knows which ones failed);
 * otherwise the messages go to the inputs `known` names (without `known`, the error's own message
 * goes above the buttons). Resolves to the field messages when refused, else null.
 */
export function useDialogSave(onClose: () => void) {
  const client = useClient();
  const toast = useToast();
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function run<T>(call: (client: Client) => Promise<Result<T>>, done: (value: T) => string | ToastOptions | null, known?: Record<string, string>): Promise<Errors | null> {
    if (saving) return null;
    setSaving(true);
    const result = await call(client);
    setSaving(false);
    if (result.ok) {
      onClose();
      const message = done(result.value);
      if (message !== null) toast(typeof message === 'string' ? { message } : message);
      return null;
    }
    const split = known ? splitError(result.error, known) : { fields: {}, general: result.error.message };
    setErrors(split.fields);
    setGeneral(split.general);
    return split.fields;
  }

  /** Drops the messages about inputs that changed (they are stale now). */
  const clear = (...names: string[]) => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([name]) => !names.includes(name))));

  return { errors, setErrors, clear, general, saving, run };
}
