import type { AppError } from '../../../shared';

/** The form's key for a message about the contract path `path`, or undefined when no input shows it. */
export type Place<K extends string> = (path: string, message: string) => K | undefined;

/**
 * The backend's messages placed where the UI shows them. `place` maps a contract path (`link`,
 * `opportunity.link`, `changes.emails.1`) onto the form's own key, or to undefined for a message
 * that belongs to no input; the first message for a key wins. `general` holds the messages that
 * belong to no input, or the error's own message when it names no field at all.
 */
export function splitFieldErrors<K extends string>(error: AppError, place: Place<K>): { fields: Partial<Record<K, string>>; general: string[] } {
  const fields: Partial<Record<K, string>> = {};
  const general: string[] = [];
  for (const { field, message } of error.fields ?? []) {
    const key = place(field, message);
    if (key === undefined) general.push(message);
    else if (fields[key] === undefined) fields[key] = message;
  }
  if (!error.fields?.length) general.push(error.message);
  return { fields, general };
}

/** Only the messages that belong to an input (see `splitFieldErrors`). */
export function fieldErrorsFrom<K extends string>(error: AppError, place: Place<K>): Partial<Record<K, string>> {
  return splitFieldErrors(error, place).fields;
}

/**
 * A `place` for forms whose inputs are named as the contract names its fields: `link` and
 * `link.0` both go to `link`. `prefix` is what an update nests its fields under (`opportunity.`);
 * it is dropped first, so the form needs one set of keys for a create and an update.
 */
export function byFieldName<F extends string>(fields: readonly F[], prefix = ''): (path: string) => F | undefined {
  return (path) => {
    const name = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    return fields.find((field) => field === name || name.startsWith(`${field}.`));
  };
}
