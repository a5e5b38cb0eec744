import { AppErrorException, type FieldError } from '../../shared';

export function notFound(what: string): AppErrorException {
  return new AppErrorException({ code: 'NOT_FOUND', message: `${what} no longer exists. It may have been deleted.` });
}

/** A rule about the input that only the database can check (e.g. against the current time). */
export function invalid(field: string, message: string): AppErrorException {
  return new AppErrorException({ code: 'VALIDATION', message, fields: [{ field, message }] });
}

/**
 * A form was saved over a revision that is no longer the stored one: someone changed the same
 * thing in another window or tab. The stored revision goes along, to overwrite on purpose.
 */
export function changedElsewhere(what: 'person' | 'occasion', revision: number): AppErrorException {
  return conflict(
    `This ${what} was changed in another window or tab since you opened it. What you typed is still here: save again to put yours over it, or cancel to see their change.`,
    undefined,
    { revision },
  );
}

export function conflict(message: string, fields?: FieldError[], details?: Record<string, string | number>): AppErrorException {
  return new AppErrorException({ code: 'CONFLICT', message, ...(fields && { fields }), ...(details && { details }) });
}
