import { z } from 'zod';
import { INTERVIEW_FORMATS, OCCASION_KINDS } from '../domain/occasion-kinds';
import { emailAddress, id, instant, line, multiline, requiredLine, revision, webLink } from './fields';
import { thankYouSummarySchema } from './thanks';

const role = line('Role', 60);

export const promisedFollowUpSchema = z
  .object({ text: line('Promised follow-up', 500).default(''), url: webLink('Link').default('') })
  .strict()
  .refine((value) => value.text !== '' || value.url !== '', { error: 'Describe the follow-up or give its link.' });

const promisedFollowUps = z.array(promisedFollowUpSchema).max(20, { error: 'At most 20 promised follow-ups.' });

/**
 * One participant's own notes on an occasion, beside the occasion's shared ones: what they asked,
 * said or cared about, and what was promised to them. Their thank-you draws on these first.
 */
const points = z.array(requiredLine('Point', 500, 'Write the point or remove it.')).max(50, { error: 'At most 50 points per person.' });

/**
 * An existing person, or a new one created on the spot (name and email are enough). Their notes
 * are optional: left out, a participant who stays on the occasion keeps the ones recorded.
 */
export const participantInputSchema = z.union([
  z.object({ personId: id, role: role.optional(), points: points.optional(), promisedFollowUps: promisedFollowUps.optional() }).strict(),
  z
    .object({
      newPerson: z
        .object({
          fullName: requiredLine('Name', 200, 'Enter the person’s name.'),
          email: z.union([z.literal(''), emailAddress]).optional(),
        })
        .strict(),
      role: role.optional(),
      points: points.optional(),
      promisedFollowUps: promisedFollowUps.optional(),
    })
    .strict(),
]);
export type ParticipantInput = z.input<typeof participantInputSchema>;

/** Changes one participant's notes (from their thank-you); the lists replace the recorded ones. */
export const setParticipantNotesSchema = z
  .object({ occasionId: id, personId: id, points: points.default([]), promisedFollowUps: promisedFollowUps.default([]) })
  .strict();

/** A participant's notes as recorded. */
export const participantNotesSchema = z.object({
  points: z.array(z.string()),
  promisedFollowUps: z.array(z.object({ text: z.string(), url: z.string() })),
});
export type ParticipantNotes = z.infer<typeof participantNotesSchema>;

export const occasionFieldsSchema = z
  .object({
    kind: z.enum(OCCASION_KINDS, { error: 'Choose what kind of occasion it was.' }),
    interviewFormat: z.enum(INTERVIEW_FORMATS).nullable().default(null),
    /** Empty: a title is made from the kind and the people or company. */
    title: line('Title', 200).default(''),
    startsAt: instant('Start'),
    /** Absent: the start plus the kind's usual duration. */
    endsAt: instant('End').optional(),
    location: line('Place or medium', 300).default(''),
    opportunityId: id.nullable().default(null),
    discussionPoints: z.array(line('Discussion point', 500)).max(50, { error: 'At most 50 discussion points.' }).default([]),
    promisedFollowUps: promisedFollowUps.default([]),
    notes: multiline('Notes', 20_000).default(''),
    participants: z
      .array(participantInputSchema)
      .min(1, { error: 'Add at least one person who helped.' })
      .max(50, { error: 'At most 50 people per occasion.' }),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.endsAt !== undefined && Date.parse(input.endsAt) < Date.parse(input.startsAt)) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end cannot be before the start.' });
    }
    const seen = new Set<number>();
    input.participants.forEach((participant, index) => {
      if (!('personId' in participant)) return;
      if (seen.has(participant.personId)) {
        ctx.addIssue({ code: 'custom', path: ['participants', index], message: 'This person is already listed.' });
      }
      seen.add(participant.personId);
    });
  });
export type OccasionDraft = z.input<typeof occasionFieldsSchema>;

/** `revision`: the one the form loaded; a stale one answers CONFLICT with the stored occasion's `revision` in `details`. */
export const occasionUpdateSchema = z.object({ id, revision, occasion: occasionFieldsSchema }).strict();

export const participantSchema = z.object({
  personId: z.number().int(),
  fullName: z.string(),
  company: z.string(),
  email: z.string().nullable(),
  role: z.string(),
  archived: z.boolean(),
  thankYou: thankYouSummarySchema.nullable(),
  /** Their own notes (empty for someone no longer listed: those went with their place on it). */
  ...participantNotesSchema.shape,
});

export const occasionSchema = z.object({
  id: z.number().int(),
  kind: z.enum(OCCASION_KINDS),
  interviewFormat: z.enum(INTERVIEW_FORMATS).nullable(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
  opportunityId: z.number().int().nullable(),
  opportunityLabel: z.string().nullable(),
  discussionPoints: z.array(z.string()),
  promisedFollowUps: z.array(z.object({ text: z.string(), url: z.string() })),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Bumped by every `occasions.update`; an update names the one it was made on. */
  revision: z.number().int(),
});

export const occasionDetailSchema = occasionSchema.extend({
  participants: z.array(participantSchema),
  /** Thank-yous kept for people no longer listed (they were drafted, sent or skipped). */
  formerParticipants: z.array(participantSchema),
});
export type OccasionDetail = z.infer<typeof occasionDetailSchema>;

export const occasionSummarySchema = occasionSchema
  .pick({ id: true, kind: true, interviewFormat: true, title: true, startsAt: true, endsAt: true, opportunityLabel: true })
  .extend({
    people: z.array(z.string()),
    thanksSent: z.number().int(),
    thanksTotal: z.number().int(),
  });
export type OccasionSummary = z.infer<typeof occasionSummarySchema>;

export const occasionsListInputSchema = z
  .object({
    kind: z.enum(OCCASION_KINDS).optional(),
    search: z.string().trim().max(200).optional(),
    opportunityId: id.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .default({ limit: 100, offset: 0 });

export const occasionsListOutputSchema = z.object({ items: z.array(occasionSummarySchema), total: z.number().int() });

export const occasionDeleteSchema = z.object({ id, confirmDeleteSentThanks: z.boolean().default(false) }).strict();
