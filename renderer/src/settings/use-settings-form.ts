import { useId, useState } from 'react';
import type { ProcedureInput, Settings } from '../../../shared';
import { useClient } from '../api/client-context';
import { fieldErrorsFrom } from '../lib/field-errors';
import { useToast } from '../ui/toast';

interface Options<K extends string> {
  /** The inputs in the order they appear (ids `<formId>-<key>`), to focus the first one with a message. */
  fields: readonly K[];
  /** Where each of the backend's field messages goes. */
  place(path: string): K | undefined;
  /** Said in a toast once saved. */
  savedMessage: string;
  onSaved(settings: Settings): void;
  /** The backend's message for one field as shown (e.g. naming which of several addresses is wrong). */
  describe?(path: string, message: string): string;
}

/**
 * The state of a settings card. Only what is edited is kept as a draft, so a change saved
 * elsewhere (another window, the other card) shows up. The backend validates: its messages appear
 * at their inputs (the first one gets focus), anything else above the buttons, and the drafts stay
 * until a save succeeds.
 */
export function useSettingsForm<D extends object>({ fields, place, savedMessage, onSaved, describe }: Options<keyof D & string>) {
  type Key = keyof D & string;
  const client = useClient();
  const toast = useToast();
  const formId = useId();
  const [drafts, setDrafts] = useState<Partial<D>>({});
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function update<F extends Key>(field: F, value: D[F]) {
    setDrafts((d) => ({ ...d, [field]: value }));
    // The message was about what was typed before; once the field changes it no longer applies.
    setErrors((e) => ({ ...e, [field]: undefined }));
  }

  /** Back to the saved values (discard), or to `next` as drafts (e.g. the defaults), with no messages. */
  function reset(next: Partial<D> = {}) {
    setDrafts(next);
    setErrors({});
    setFormError(null);
  }

  async function save(changes: ProcedureInput<'settings.update'>) {
    if (saving) return;
    setSaving(true);
    setFormError(null);
    const result = await client.call('settings.update', changes);
    setSaving(false);
    if (result.ok) {
      setDrafts({});
      setErrors({});
      onSaved(result.value);
      toast({ message: savedMessage });
      return;
    }
    const error = describe ? { ...result.error, fields: result.error.fields?.map((f) => ({ ...f, message: describe(f.field, f.message) })) } : result.error;
    const found = fieldErrorsFrom(error, place);
    setErrors(found);
    const firstInvalid = fields.find((field) => found[field]);
    if (firstInvalid) document.getElementById(`${formId}-${firstInvalid}`)?.focus();
    else setFormError(error.message);
  }

  return { formId, drafts, errors, formError, saving, update, reset, save };
}
