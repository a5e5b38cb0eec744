import type { AppError } from '../../../shared';

/**
 * The first message per field of a VALIDATION error, keyed by the field's own name: an update
 * nests its fields (`opportunity.link`), a create does not (`link`); the form needs `link` either way.
 */
export function fieldErrors<F extends string>(error: AppError, fields: readonly F[], prefix = ''): Partial<Record<F, string>> {
  const found: Partial<Record<F, string>> = {};
  for (const { field, message } of error.fields ?? []) {
    const name = prefix && field.startsWith(prefix) ? field.slice(prefix.length) : field;
    const key = fields.find((f) => f === name || name.startsWith(`${f}.`));
    if (key && !found[key]) found[key] = message;
  }
  return found;
}
