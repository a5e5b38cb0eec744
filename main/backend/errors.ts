import { AppErrorException, type FieldError } from '../../shared';

export function notFound(what: string): AppErrorException {
  return new AppErrorException({ code: 'NOT_FOUND', message: `${what} no longer exists. It may have been deleted.` });
}

/** A rule about the input that only the database can check (e.g. against the current time). */
export function invalid(field: string, message: string): AppErrorException {
  return new AppErrorException({ code: 'VALIDATION', message, fields: [{ field, message }] });
}

export function conflict(message: string, fields?: FieldError[], details?: Record<string, string | number>): AppErrorException {
  return new AppErrorException({ code: 'CONFLICT', message, ...(fields && { fields }), ...(details && { details }) });
}
