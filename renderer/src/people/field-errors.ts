import type { AppError } from '../../../shared';
import type { Client } from '../api/client';

/**
 * The backend's field errors keyed by where the UI shows them. `rename` maps a contract path
 * (`fullName`, `emails.1`, `changes.emails.1` with the `changes.` of an update stripped) onto
 * the UI's own key; the first message for a key wins.
 */
export function fieldErrorsFrom(error: AppError, rename: (field: string) => string = (field) => field): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { field, message } of error.fields ?? []) {
    const key = rename(field.replace(/^changes\./u, ''));
    if (!(key in errors)) errors[key] = message;
  }
  return errors;
}

export interface ExistingPerson {
  id: number;
  fullName: string;
}

/** On a CONFLICT (an email someone already has), the person who has it, to offer instead. */
export async function conflictingPerson(client: Client, error: AppError): Promise<ExistingPerson | null> {
  const id = error.code === 'CONFLICT' ? Number(error.details?.personId) : NaN;
  if (!Number.isInteger(id) || id <= 0) return null;
  const named = error.details?.fullName ?? error.details?.personName;
  if (typeof named === 'string' && named) return { id, fullName: named };
  const person = await client.call('people.get', { id });
  return { id, fullName: person.ok ? person.value.fullName : 'the existing person' };
}
