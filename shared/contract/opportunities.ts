import { z } from 'zod';
import { OUTSTANDING_STATUSES } from './dashboard';
import { id, line, multiline, requiredLine, webLink } from './fields';
import { occasionSummarySchema } from './occasions';

export const OPPORTUNITY_STAGES = ['applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];
export const OPPORTUNITY_STAGE_LABELS: Record<OpportunityStage, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const opportunityFieldsSchema = z
  .object({
    company: requiredLine('Company', 200, 'Enter the company.'),
    role: line('Role', 200).default(''),
    link: webLink('Link').default(''),
    stage: z.enum(OPPORTUNITY_STAGES, { error: 'Choose a stage.' }).default('applied'),
    notes: multiline('Notes', 20_000).default(''),
  })
  .strict();
export type OpportunityDraft = z.input<typeof opportunityFieldsSchema>;

export const opportunityUpdateSchema = z.object({ id, opportunity: opportunityFieldsSchema }).strict();

export const opportunitySchema = z.object({
  id: z.number().int(),
  company: z.string(),
  role: z.string(),
  link: z.string(),
  stage: z.enum(OPPORTUNITY_STAGES),
  notes: z.string(),
  /** "Role at Company", or the company alone. */
  label: z.string(),
  occasionCount: z.number().int(),
  thanksOutstanding: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Opportunity = z.infer<typeof opportunitySchema>;

export const opportunityDetailSchema = opportunitySchema.extend({
  occasions: z.array(occasionSummarySchema),
  /** Who still needs a thank-you for this opportunity: to do, drafted, or snoozed (a running snooze). */
  outstanding: z.array(
    z.object({
      thankYouId: z.number().int(),
      personId: z.number().int(),
      fullName: z.string(),
      occasionTitle: z.string(),
      dueAt: z.string(),
      status: z.enum(OUTSTANDING_STATUSES),
    }),
  ),
});
export type OpportunityDetail = z.infer<typeof opportunityDetailSchema>;

export const opportunitiesListInputSchema = z
  .object({ stage: z.enum(OPPORTUNITY_STAGES).optional(), limit: z.number().int().min(1).max(500).default(200), offset: z.number().int().min(0).default(0) })
  .strict()
  .default({ limit: 200, offset: 0 });
export const opportunitiesListOutputSchema = z.object({ items: z.array(opportunitySchema), total: z.number().int() });
