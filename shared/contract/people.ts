import { z } from 'zod';

/** Letters in any script, marks, emoji and punctuation are all fine; only control characters are not. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/u;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} can be at most ${max} characters.` })
    .refine((value) => !CONTROL_CHARACTERS.test(value), { error: `${label} cannot contain control characters.` });

export const personDraftSchema = z
  .object({
    fullName: text('Name', 200).pipe(z.string().min(1, { error: 'Enter the person’s name.' })),
    addressAs: text('How to address them', 100).optional(),
    email: z
      .string({ error: 'Email must be text.' })
      .trim()
      .max(254, { error: 'Email can be at most 254 characters.' })
      .pipe(z.union([z.literal(''), z.email({ error: 'Enter an email address like name@example.com.' })]))
      .optional(),
  })
  .strict();

export type PersonDraft = z.input<typeof personDraftSchema>;

export const personSchema = z.object({
  id: z.number().int().positive(),
  fullName: z.string(),
  /** What the user set, or `null` when the greeting follows the name (see `defaultAddressAs`). */
  addressAsOverride: z.string().nullable(),
  /** The greeting to use: the override, else the default derived from the name. */
  addressAs: z.string(),
  email: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Person = z.infer<typeof personSchema>;

export const peopleListInputSchema = z
  .object({
    search: z.string().trim().max(200).optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .default({ limit: 100, offset: 0 });

export const peopleListOutputSchema = z.object({
  items: z.array(personSchema),
  total: z.number().int().nonnegative(),
});
