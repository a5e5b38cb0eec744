import { z } from 'zod';
import { appInfoSchema } from './app';
import { peopleListInputSchema, peopleListOutputSchema, personDraftSchema, personSchema } from './people';

/**
 * The one contract. Every operation the UI can ask of the backend is declared here, once, with
 * the schema its input is validated against at the boundary and the schema of what it returns.
 * The Electron IPC handler and the browser-mode HTTP server both dispatch through this list.
 */
export const procedures = {
  'app.info': { input: z.object({}).strict().default({}), output: appInfoSchema },
  'people.list': { input: peopleListInputSchema, output: peopleListOutputSchema },
  'people.create': { input: personDraftSchema, output: personSchema },
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
/** What a caller passes (before defaults are applied). */
export type ProcedureInput<N extends ProcedureName> = z.input<Procedures[N]['input']>;
/** What a handler receives (after validation and defaults). */
export type ProcedureParsedInput<N extends ProcedureName> = z.output<Procedures[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Procedures[N]['output']>;

export const procedureNames = Object.keys(procedures) as ProcedureName[];

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(procedures, name);
}
