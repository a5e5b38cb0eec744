import { z } from 'zod';
import { emailAddress, id, line, multiline, requiredLine, revision, webLink } from './fields';
import { thankYouSummarySchema } from './thanks';

const tag = line('Tag', 50).pipe(z.string().min(1, { error: 'A tag cannot be empty.' }));

/** Addresses in the order the user gave them; the first is the primary one. */
const emails = z
  .array(emailAddress, { error: 'Emails must be a list.' })
  .max(10, { error: 'A person can have at most 10 email addresses.' })
  .refine((list) => new Set(list.map((address) => address.toLowerCase())).size === list.length, {
    error: 'The same address is listed twice.',
  });

export const personFieldsSchema = z.object({
  fullName: requiredLine('Name', 200, 'Enter the person’s name.'),
  /** Empty means "use the default", derived from the name (see `defaultAddressAs`). */
  addressAs: line('How to address them', 100).optional(),
  emails: emails.optional(),
  phone: line('Phone', 50).optional(),
  company: line('Company', 200).optional(),
  title: line('Title', 200).optional(),
  linkedinUrl: webLink('LinkedIn URL').optional(),
  notes: multiline('Notes', 20_000).optional(),
  tags: z.array(tag).max(30, { error: 'At most 30 tags.' }).optional(),
});

export const personCreateSchema = personFieldsSchema.strict();
export type PersonDraft = z.input<typeof personCreateSchema>;

/** `revision`: the one the form loaded; a stale one answers CONFLICT with the stored person's `revision` in `details`. */
export const personUpdateSchema = z.object({ id, revision, changes: personFieldsSchema.partial().strict() }).strict();
export type PersonUpdate = z.input<typeof personUpdateSchema>;

export const personSchema = z.object({
  id: z.number().int().positive(),
  fullName: z.string(),
  /** What the user set, or `null` when the greeting follows the name. */
  addressAsOverride: z.string().nullable(),
  /** The greeting to use: the override, else the default derived from the name. */
  addressAs: z.string(),
  /** The primary address, or null. */
  email: z.string().nullable(),
  emails: z.array(z.string()),
  phone: z.string(),
  company: z.string(),
  title: z.string(),
  linkedinUrl: z.string(),
  notes: z.string(),
  tags: z.array(z.string()),
  /** When LinkedIn says the user connected with them ("YYYY-MM-DD"), or null; set by imports, not by the form. */
  connectedOn: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Bumped by every `people.update`; an update names the one it was made on. */
  revision: z.number().int(),
});
export type Person = z.infer<typeof personSchema>;

export const personSummarySchema = personSchema.pick({
  id: true,
  fullName: true,
  addressAs: true,
  email: true,
  company: true,
  title: true,
  tags: true,
  archivedAt: true,
}).extend({
  /** Thank-yous sent to this person. */
  thanksSent: z.number().int(),
  /** All thank-yous this person is owed, sent or not (skipped ones excluded); `thanksTotal` on occasions too. */
  thanksTotal: z.number().int(),
  lastOccasionAt: z.string().nullable(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const PEOPLE_SORTS = ['name', 'company', 'thanked', 'lastOccasion', 'added'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

export const peopleListInputSchema = z
  .object({
    search: z.string().trim().max(200).optional(),
    sort: z.enum(PEOPLE_SORTS).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    /** `active` (default) hides archived people; `archived` shows only them. */
    archived: z.enum(['active', 'archived', 'all']).default('active'),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .default({ sort: 'name', direction: 'asc', archived: 'active', limit: 100, offset: 0 });

export const peopleListOutputSchema = z.object({
  items: z.array(personSummarySchema),
  total: z.number().int().nonnegative(),
});

/** One line of a person's history: what they did for you and whether you thanked them. */
export const personTimelineEntrySchema = z.object({
  occasionId: z.number().int(),
  kind: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  role: z.string(),
  thankYou: thankYouSummarySchema.nullable(),
});

export const personDetailSchema = personSchema.extend({
  timeline: z.array(personTimelineEntrySchema),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

export const personDeletionImpactSchema = z.object({
  occasions: z.number().int(),
  /** Thank-yous not yet sent; they go with the person. */
  unsentThanks: z.number().int(),
  /** Sent notes; deleting the person deletes them too, so the user must say so explicitly. */
  sentThanks: z.number().int(),
});

export const personDeleteSchema = z
  .object({ id, confirmDeleteSentThanks: z.boolean().default(false) })
  .strict();
