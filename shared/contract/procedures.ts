import { z } from 'zod';
import { appInfoSchema } from './app';
import {
  bulkIdsSchema,
  bulkResultSchema,
  dashboardListInputSchema,
  dashboardSummarySchema,
  followUpItemSchema,
  outstandingInputSchema,
  outstandingOutputSchema,
  recentlySentItemSchema,
} from './dashboard';
import { draftSavedSchema, saveDraftSchema, thankYouDetailSchema } from './drafts';
import {
  copyInputSchema,
  copyResultSchema,
  duplicateInputSchema,
  duplicateTargetSchema,
  emailFileInputSchema,
  emailFileResultSchema,
  handoffInputSchema,
  howItWentAnswerSchema,
  howItWentInputSchema,
  howItWentItemSchema,
  mailAppResultSchema,
} from './handoff';
import { templateIdSchema, templateSaveSchema, templateSchema, templatesListInputSchema } from './templates';
import { id, instant, line } from './fields';
import {
  occasionDeleteSchema,
  occasionDetailSchema,
  occasionFieldsSchema,
  occasionsListInputSchema,
  occasionsListOutputSchema,
  occasionUpdateSchema,
} from './occasions';
import {
  opportunitiesListInputSchema,
  opportunitiesListOutputSchema,
  opportunityDetailSchema,
  opportunityFieldsSchema,
  opportunitySchema,
  opportunityUpdateSchema,
} from './opportunities';
import {
  peopleListInputSchema,
  peopleListOutputSchema,
  personCreateSchema,
  personDeleteSchema,
  personDeletionImpactSchema,
  personDetailSchema,
  personSchema,
  personUpdateSchema,
} from './people';
import { settingsSchema, settingsUpdateSchema } from './settings';
import {
  CHANNELS,
  completeFollowUpSchema,
  markSentSchema,
  setDueSchema,
  setFollowUpSchema,
  skipSchema,
  snoozeSchema,
  thankYouIdSchema,
  thankYouSummarySchema,
} from './thanks';

const byId = z.object({ id }).strict();
const deleted = z.object({ deleted: z.literal(true) });

/**
 * The one contract. Every operation the UI can ask of the backend is declared here, once, with
 * the schema its input is validated against at the boundary and the schema of what it returns.
 * The Electron IPC handler and the browser-mode HTTP server both dispatch through this list.
 */
export const procedures = {
  'app.info': { input: z.object({}).strict().default({}), output: appInfoSchema },

  'people.list': { input: peopleListInputSchema, output: peopleListOutputSchema },
  'people.get': { input: byId, output: personDetailSchema },
  'people.create': { input: personCreateSchema, output: personSchema },
  'people.update': { input: personUpdateSchema, output: personSchema },
  'people.archive': { input: byId, output: personSchema },
  'people.unarchive': { input: byId, output: personSchema },
  'people.deletionImpact': { input: byId, output: personDeletionImpactSchema },
  'people.delete': { input: personDeleteSchema, output: deleted },

  'occasions.list': { input: occasionsListInputSchema, output: occasionsListOutputSchema },
  'occasions.get': { input: byId, output: occasionDetailSchema },
  'occasions.create': { input: occasionFieldsSchema, output: occasionDetailSchema },
  'occasions.update': { input: occasionUpdateSchema, output: occasionDetailSchema },
  'occasions.delete': { input: occasionDeleteSchema, output: deleted },

  'opportunities.list': { input: opportunitiesListInputSchema, output: opportunitiesListOutputSchema },
  'opportunities.get': { input: byId, output: opportunityDetailSchema },
  'opportunities.create': { input: opportunityFieldsSchema, output: opportunitySchema },
  'opportunities.update': { input: opportunityUpdateSchema, output: opportunitySchema },
  'opportunities.delete': { input: byId, output: deleted },

  'thanks.get': { input: byId, output: thankYouDetailSchema },
  'thanks.saveDraft': { input: saveDraftSchema, output: draftSavedSchema },
  'thanks.markSent': { input: markSentSchema, output: thankYouSummarySchema },
  'thanks.skip': { input: skipSchema, output: thankYouSummarySchema },
  'thanks.snooze': { input: snoozeSchema, output: thankYouSummarySchema },
  'thanks.reopen': { input: thankYouIdSchema, output: thankYouSummarySchema },
  'thanks.setDue': { input: setDueSchema, output: thankYouSummarySchema },
  'thanks.setFollowUp': { input: setFollowUpSchema, output: thankYouSummarySchema },
  'thanks.completeFollowUp': { input: completeFollowUpSchema, output: thankYouSummarySchema },

  'dashboard.summary': { input: z.object({}).strict().default({}), output: dashboardSummarySchema },
  'dashboard.outstanding': { input: outstandingInputSchema, output: outstandingOutputSchema },
  'dashboard.followUps': { input: dashboardListInputSchema, output: z.object({ items: z.array(followUpItemSchema) }) },
  'dashboard.recentlySent': { input: dashboardListInputSchema, output: z.object({ items: z.array(recentlySentItemSchema) }) },
  'thanks.bulkMarkSent': {
    input: z.object({ ids: bulkIdsSchema, sentAt: instant('Sent time'), channel: z.enum(CHANNELS, { error: 'Choose how you sent it.' }) }).strict(),
    output: bulkResultSchema,
  },
  'thanks.bulkSnooze': { input: z.object({ ids: bulkIdsSchema, until: instant('Snooze until') }).strict(), output: bulkResultSchema },
  'thanks.bulkSkip': {
    input: z.object({ ids: bulkIdsSchema, reason: line('Reason', 300).pipe(z.string().min(1, { error: 'Say why no thank-you is needed.' })) }).strict(),
    output: bulkResultSchema,
  },

  // Handing a note to the user's mail client; each records that it happened ("did you send it?").
  'handoff.openInMailApp': { input: handoffInputSchema, output: mailAppResultSchema },
  'handoff.saveEmailFile': { input: emailFileInputSchema, output: emailFileResultSchema },
  'handoff.copy': { input: copyInputSchema, output: copyResultSchema },
  /** "Not yet": forgets the hand-off, so it is not asked about again. */
  'handoff.dismiss': { input: byId, output: thankYouSummarySchema },
  'thanks.duplicateTargets': { input: byId, output: z.object({ items: z.array(duplicateTargetSchema) }) },
  'thanks.duplicate': { input: duplicateInputSchema, output: z.object({ thankYouId: z.number().int() }) },
  'thanks.howItWent': { input: howItWentInputSchema, output: z.object({ items: z.array(howItWentItemSchema) }) },
  'thanks.answerHowItWent': { input: howItWentAnswerSchema, output: thankYouSummarySchema },

  'templates.list': { input: templatesListInputSchema, output: z.object({ items: z.array(templateSchema) }) },
  'templates.save': { input: templateSaveSchema, output: templateSchema },
  'templates.delete': { input: templateIdSchema, output: deleted },

  'settings.get': { input: z.object({}).strict().default({}), output: settingsSchema },
  'settings.update': { input: settingsUpdateSchema, output: settingsSchema },
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
