import { z } from 'zod';
import { OCCASION_KINDS } from '../domain/occasion-kinds';
import { line, multiline, requiredLine } from './fields';

export const templateSchema = z.object({
  /** `builtin:<kind>` for the shipped ones, `user:<n>` for the user's own. */
  id: z.string(),
  kind: z.enum(OCCASION_KINDS),
  name: z.string(),
  subject: z.string(),
  body: z.string(),
  builtIn: z.boolean(),
  /** A built-in template the user edited: "Restore original" brings the shipped text back. */
  customized: z.boolean(),
});
export type Template = z.infer<typeof templateSchema>;

export const templatesListInputSchema = z
  .object({ kind: z.enum(OCCASION_KINDS).optional() })
  .strict()
  .default({});

export const templateSaveSchema = z
  .object({
    /** Absent: a new template of the user's own. `builtin:<kind>`: customize a shipped one. */
    id: z.string().max(40).optional(),
    kind: z.enum(OCCASION_KINDS, { error: 'Choose which kind of occasion it is for.' }),
    name: requiredLine('Name', 100, 'Give the template a name.'),
    subject: line('Subject', 300),
    body: multiline('The template', 20_000),
  })
  .strict();

export const templateIdSchema = z.object({ id: z.string().max(40) }).strict();
