import { z } from 'zod';
import { INTERVIEW_FORMATS, OCCASION_KINDS } from '../domain/occasion-kinds';
import { CHANNELS, HANDOFF_METHODS } from './thanks';

export const OUTSTANDING_STATUSES = ['pending', 'drafted', 'snoozed'] as const;
export type OutstandingStatus = (typeof OUTSTANDING_STATUSES)[number];

export const OUTSTANDING_SORTS = ['due', 'person', 'company', 'occasion', 'kind', 'status'] as const;
export type OutstandingSort = (typeof OUTSTANDING_SORTS)[number];

export const dashboardSummarySchema = z.object({
  /** Now, by the backend's clock, so the figures and the list agree on what is overdue. */
  now: z.string(),
  overdue: z.number().int(),
  dueNext24Hours: z.number().int(),
  later: z.number().int(),
  snoozed: z.number().int(),
  followUpsDue: z.number().int(),
  /** Thank-yous sent in the last 90 days, and the share of them sent by their due time (null: none sent). */
  sentLast90Days: z.number().int(),
  onTimeShareLast90Days: z.number().nullable(),
  /** Median hours from the end of the occasion to the thank-you being sent, last 90 days. */
  medianHoursToSendLast90Days: z.number().nullable(),
  /** All thank-yous ever recorded: tells a new user's empty dashboard from an "all caught up" one. */
  everRecorded: z.number().int(),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

export const outstandingInputSchema = z
  .object({
    sort: z.enum(OUTSTANDING_SORTS).default('due'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    kinds: z.array(z.enum(OCCASION_KINDS)).max(OCCASION_KINDS.length).optional(),
    /** Default: pending and drafted; snoozed ones show only when asked for. */
    statuses: z
      .array(z.enum(OUTSTANDING_STATUSES))
      .min(1, { error: 'Choose at least one status.' })
      .max(OUTSTANDING_STATUSES.length, { error: 'Choose each status at most once.' })
      .default(['pending', 'drafted']),
    /** Matches the person's name, company, email or tags, or the occasion's title. */
    text: z.string().trim().max(200).default(''),
    overdueOnly: z.boolean().default(false),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .default({ sort: 'due', direction: 'asc', statuses: ['pending', 'drafted'], text: '', overdueOnly: false, limit: 100, offset: 0 });
export type OutstandingQuery = z.output<typeof outstandingInputSchema>;

export const outstandingItemSchema = z.object({
  thankYouId: z.number().int(),
  status: z.enum(OUTSTANDING_STATUSES),
  dueAt: z.string(),
  dueOverridden: z.boolean(),
  snoozedUntil: z.string().nullable(),
  /** How it will go out: the channel chosen for this note, else the default from Settings. */
  channel: z.enum(CHANNELS),
  personId: z.number().int(),
  fullName: z.string(),
  company: z.string(),
  email: z.string().nullable(),
  occasionId: z.number().int(),
  kind: z.enum(OCCASION_KINDS),
  interviewFormat: z.enum(INTERVIEW_FORMATS).nullable(),
  occasionTitle: z.string(),
  occasionEndsAt: z.string(),
  /** Handed to the mail client and not answered yet ("did you send it?"). */
  handedOffAt: z.string().nullable(),
  handoffMethod: z.enum(HANDOFF_METHODS).nullable(),
});
export type OutstandingItem = z.infer<typeof outstandingItemSchema>;

export const outstandingOutputSchema = z.object({
  items: z.array(outstandingItemSchema),
  total: z.number().int(),
  now: z.string(),
});

export const followUpItemSchema = z.object({
  thankYouId: z.number().int(),
  personId: z.number().int(),
  fullName: z.string(),
  company: z.string(),
  text: z.string(),
  dueAt: z.string(),
  occasionId: z.number().int(),
  occasionTitle: z.string(),
});
export type FollowUpItem = z.infer<typeof followUpItemSchema>;

export const recentlySentItemSchema = z.object({
  thankYouId: z.number().int(),
  personId: z.number().int(),
  fullName: z.string(),
  occasionId: z.number().int(),
  occasionTitle: z.string(),
  kind: z.enum(OCCASION_KINDS),
  sentAt: z.string(),
  dueAt: z.string(),
  channel: z.enum(CHANNELS).nullable(),
});

export const FOLLOW_UP_HORIZON_HOURS = 24;

export const dashboardListInputSchema = z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict().default({ limit: 50 });
