import type { z } from 'zod';
import {
  AppErrorException,
  isProcedureName,
  procedures,
  type AppError,
  type ProcedureName,
  type ProcedureOutput,
  type ProcedureParsedInput,
  type Result,
} from '../../shared';
import type { EventHub } from './events';
import { storageError } from './storage-errors';

export type Handler<N extends ProcedureName> = (input: ProcedureParsedInput<N>) => ProcedureOutput<N> | Promise<ProcedureOutput<N>>;

/** One handler per procedure of the contract; the type makes a missing one a compile error. */
export type Handlers = { [N in ProcedureName]: Handler<N> };

export type Dispatch = (method: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors go (they reach the user only as a generic message). */
  logError?: (error: unknown, method: string) => void;
  /**
   * Asked before every command (never before a query): an error here refuses the write before
   * the handler runs (the data file was moved away, or cannot be written).
   */
  beforeCommand?: () => AppError | undefined;
}

/**
 * The single entry point of the backend. Both the Electron IPC handler and the browser-mode HTTP
 * server call it, so validation and error shaping cannot drift between the two transports. After
 * a command succeeds it announces the topics the contract says it changes, once each; a failed
 * call announces nothing. Handlers never publish themselves.
 */
export function createDispatcher(handlers: Handlers, events: EventHub, options: DispatcherOptions = {}): Dispatch {
  const logError = options.logError ?? ((error, method) => console.error(`[thankful] ${method} failed:`, error));

  return async (method, input) => {
    if (!isProcedureName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: `There is no operation called "${String(method)}".` } };
    }
    const parsed = procedures[method].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };

    if (procedures[method].kind === 'command') {
      const refused = options.beforeCommand?.();
      if (refused) return { ok: false, error: refused };
    }

    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      for (const topic of procedures[method].changes) events.publish({ topic });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppErrorException) return { ok: false, error: error.appError };
      logError(error, method);
      // A full disk, a read-only file, a failing disk or a damaged file: said as it is.
      const storage = storageError(error);
      if (storage) return { ok: false, error: storage };
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Thankful. Nothing you entered was lost; please try again.' } };
    }
  };
}

export function validationError(error: z.ZodError): AppError {
  const fields = error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
  // Each message names its field in words ("Subject can be at most 300 characters."): the path
  // is for placing it next to its input, not for a person to read.
  return { code: 'VALIDATION', message: fields[0]?.message ?? 'Something in what was entered is not valid.', fields };
}
