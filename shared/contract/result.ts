/**
 * Errors cross every process boundary as values, never as thrown exceptions or stack traces:
 * the renderer can show `message` to the user as it is, and `fields` next to the inputs.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'UNKNOWN_PROCEDURE'
  | 'DATABASE_UNAVAILABLE'
  | 'FORBIDDEN'
  /** The operating system could not do it (no mail app set up, a file that could not be written). */
  | 'UNAVAILABLE'
  /**
   * The storage refused a write; each says what happened, that nothing was saved and what to do
   * (main/backend/storage-errors.ts). A full disk is worth retrying once space is freed; the
   * others need the person to act (and the moved file a restart) before anything saves again.
   */
  | 'DISK_FULL'
  | 'READ_ONLY'
  | 'STORAGE_FAILED'
  | 'DATABASE_DAMAGED'
  | 'DATABASE_BUSY'
  /** The data file was moved, deleted or replaced while Thankful had it open: nothing saves until a restart. */
  | 'DATA_FILE_MOVED'
  | 'INTERNAL';

export interface FieldError {
  /** Dotted path of the input field, e.g. `email` or `emails.0.address`. */
  field: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  /** Extra machine-readable facts, e.g. the id of the existing person on a CONFLICT. */
  details?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });

/** Thrown inside the backend for expected failures; the dispatcher turns it into a Result. */
export class AppErrorException extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'AppErrorException';
  }
}
