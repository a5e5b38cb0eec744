import { z } from 'zod';
import { OCCASION_KINDS } from '../domain/occasion-kinds';
import { id, instant, line } from './fields';

export const THANK_YOU_STATUSES = ['pending', 'drafted', 'snoozed', 'sent', 'skipped'] as const;
export type ThankYouStatus = (typeof THANK_YOU_STATUSES)[number];

export const CHANNELS = ['email', 'handwritten', 'linkedin', 'in-person', 'phone', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  handwritten: 'Handwritten note',
  linkedin: 'LinkedIn message',
  'in-person': 'In person',
  phone: 'Phone call',
  other: 'Other',
};

/** How a note left Thankful for the user's own mail client. */
export const HANDOFF_METHODS = ['mail-app', 'email-file', 'copy-rich', 'copy-plain'] as const;
export type HandoffMethod = (typeof HANDOFF_METHODS)[number];

export const followUpSchema = z.object({
  text: z.string(),
  dueAt: z.string(),
  doneAt: z.string().nullable(),
});

export const thankYouSummarySchema = z.object({
  id: z.number().int(),
  occasionId: z.number().int(),
  personId: z.number().int(),
  /** `snoozed` while a snooze is running; when it ends the thank-you is pending or drafted again. */
  status: z.enum(THANK_YOU_STATUSES),
  dueAt: z.string(),
  /** True when the user set the due time; false when it follows the occasion and the rule. */
  dueOverridden: z.boolean(),
  snoozedUntil: z.string().nullable(),
  skipReason: z.string().nullable(),
  channel: z.enum(CHANNELS).nullable(),
  sentAt: z.string().nullable(),
  followUp: followUpSchema.nullable(),
  /** When the note was last handed to the mail client (opened, saved as a draft, copied) and not answered yet. */
  handedOffAt: z.string().nullable(),
  handoffMethod: z.enum(HANDOFF_METHODS).nullable(),
});
export type ThankYouSummary = z.infer<typeof thankYouSummarySchema>;

export const followUpInputSchema = z
  .object({
    text: line('Follow-up', 300).pipe(z.string().min(1, { error: 'Say what the follow-up is, e.g. “call to touch base”.' })),
    dueAt: instant('Follow-up date'),
  })
  .strict();

export const markSentSchema = z
  .object({
    id,
    sentAt: instant('Sent time'),
    channel: z.enum(CHANNELS, { error: 'Choose how you sent it.' }),
    followUp: followUpInputSchema.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.followUp && Date.parse(input.followUp.dueAt) < Date.parse(input.sentAt)) {
      ctx.addIssue({ code: 'custom', path: ['followUp', 'dueAt'], message: 'The follow-up cannot be before the thank-you was sent.' });
    }
  });

export const skipSchema = z
  .object({ id, reason: line('Reason', 300).pipe(z.string().min(1, { error: 'Say why no thank-you is needed.' })) })
  .strict();

/** `until: null` ends a snooze early. */
export const snoozeSchema = z.object({ id, until: instant('Snooze until').nullable() }).strict();

export const setDueSchema = z.object({ id, dueAt: instant('Due time').nullable() }).strict();

export const setFollowUpSchema = z.object({ id, followUp: followUpInputSchema.nullable() }).strict();

export const completeFollowUpSchema = z.object({ id, done: z.boolean().default(true) }).strict();

export const thankYouIdSchema = z.object({ id }).strict();

/** Several thank-yous at once from the dashboard; each is changed or reported on its own. */
export const bulkIdsSchema = z.array(z.number().int().positive()).min(1, { error: 'Select at least one thank-you.' }).max(500);
export const bulkResultSchema = z.object({
  changed: z.array(z.number().int()),
  failed: z.array(z.object({ id: z.number().int(), message: z.string() })),
});
export const bulkMarkSentSchema = z
  .object({ ids: bulkIdsSchema, sentAt: instant('Sent time'), channel: z.enum(CHANNELS, { error: 'Choose how you sent it.' }) })
  .strict();
/** `until: null` ends the snooze of each (Undo of a bulk snooze, for those that had none). */
export const bulkSnoozeSchema = z.object({ ids: bulkIdsSchema, until: instant('Snooze until').nullable() }).strict();
export const bulkSkipSchema = z.object({ ids: bulkIdsSchema, reason: skipSchema.shape.reason }).strict();

/**
 * Undo of a skip, for one thank-you or a selection: each as it was just before — the snooze that
 * was running and the hand-off still waiting for "did you send it?" (a skip clears both).
 */
export const undoSkipSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            id,
            snoozedUntil: instant('Snooze until').nullable(),
            handoff: z.object({ at: instant('Handed off'), method: z.enum(HANDOFF_METHODS) }).strict().nullable(),
          })
          .strict(),
      )
      .min(1, { error: 'Select at least one thank-you.' })
      .max(500),
  })
  .strict();
export type UndoSkipItem = z.output<typeof undoSkipSchema>['items'][number];

/** A referral, recommendation or call on the user's behalf whose opportunity reached an outcome: tell them how it went. */
export const howItWentItemSchema = z.object({
  thankYouId: z.number().int(),
  personId: z.number().int(),
  fullName: z.string(),
  kind: z.enum(['referral', 'recommendation', 'advocacy-call']),
  sentAt: z.string(),
  opportunityId: z.number().int(),
  opportunityLabel: z.string(),
  stage: z.enum(['offer', 'rejected', 'withdrawn']),
});
export type HowItWentItem = z.infer<typeof howItWentItemSchema>;
export const howItWentInputSchema = z.object({ opportunityId: id.optional() }).strict().default({});
/** Plan the follow-up, or (`followUp: null`) decline: either way it is not offered again. */
export const howItWentAnswerSchema = z.object({ id, followUp: followUpInputSchema.nullable() }).strict();

/**
 * The thank-you to write after this one (`thanks.nextOwed`): the rest of the same occasion first
 * (a panel is written in one sitting), else the most urgent one owed. Enough to say "Next: Marcus
 * Chen, due Sat 10:00". Null: nothing else is owed.
 */
export const nextOwedSchema = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    fullName: z.string(),
    dueAt: z.string(),
    occasionId: z.number().int(),
    occasionTitle: z.string(),
    kind: z.enum(OCCASION_KINDS),
    /** From the same occasion as the note just finished (the next panelist). */
    sameOccasion: z.boolean(),
  })
  .nullable();
export type NextOwed = z.infer<typeof nextOwedSchema>;
