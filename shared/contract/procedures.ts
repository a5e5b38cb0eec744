import { z } from 'zod';
import { appInfoSchema } from './app';
import {
  dashboardListInputSchema,
  dashboardSummarySchema,
  followUpItemSchema,
  outstandingInputSchema,
  outstandingOutputSchema,
  recentlySentItemSchema,
} from './dashboard';
import type { EventTopic } from './events';
import {
  copyInputSchema,
  copyResultSchema,
  emailFileInputSchema,
  emailFileResultSchema,
  handoffInputSchema,
  mailAppResultSchema,
} from './handoff';
import {
  calendarPreviewSchema,
  cancelInviteSchema,
  cancelledInviteSchema,
  importFileSchema,
  peopleImportPreviewSchema,
  savedInviteSchema,
  savedPeopleSchema,
  saveInviteSchema,
  savePeopleSchema,
  undonePeopleSchema,
  undoPeopleSchema,
} from './imports';
import { exportedFileSchema, exportPeopleSchema, exportThankYouCalendarSchema } from './exports';
import { backupSchema, backupsListSchema, restoreBackupSchema, restoredSchema, restoreFileSchema } from './backups';
import { fullExportSchema, fullImportFileSchema, fullImportResultSchema } from './full-export';
import { reminderNotificationSchema, reminderStatusSchema, snoozeRemindersSchema } from './reminders';
import { templateIdSchema, templateSaveSchema, templateSchema, templatesListInputSchema } from './templates';
import { id } from './fields';
import {
  occasionDeleteSchema,
  occasionDetailSchema,
  occasionFieldsSchema,
  occasionsListInputSchema,
  occasionsListOutputSchema,
  occasionUpdateSchema,
  participantNotesSchema,
  setParticipantNotesSchema,
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
  bulkMarkSentSchema,
  bulkResultSchema,
  bulkSkipSchema,
  bulkSnoozeSchema,
  completeFollowUpSchema,
  howItWentAnswerSchema,
  howItWentInputSchema,
  howItWentItemSchema,
  markSentSchema,
  nextOwedSchema,
  setDueSchema,
  setFollowUpSchema,
  skipSchema,
  snoozeSchema,
  thankYouIdSchema,
  thankYouSummarySchema,
  undoSkipSchema,
} from './thanks';
import { comparableNotesSchema, draftSavedSchema, duplicateInputSchema, duplicateTargetSchema, saveDraftSchema, thankYouDetailSchema } from './thanks-drafts';

const byId = z.object({ id }).strict();
const deleted = z.object({ deleted: z.literal(true) });
const noInput = z.object({}).strict().default({});

type Topics = readonly EventTopic[];

/**
 * A question: it changes nothing. `reads` are the topics whose announcement may change its
 * answer, so a screen showing it reads it again (the renderer's `useQuery` subscribes to them).
 */
function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, reads: Topics) {
  return { kind: 'query' as const, input, output, reads, changes: [] as Topics };
}

/**
 * A change. `changes` are the topics the dispatcher announces, once, after it succeeded (never
 * after it failed): every screen reading one of them reads again. At least one.
 */
function command<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, changes: readonly [EventTopic, ...EventTopic[]]) {
  return { kind: 'command' as const, input, output, reads: [] as Topics, changes: changes as Topics };
}

// What the screens show draws on these; each list says which changes can alter an answer.
const PERSON_VIEW = ['people.changed', 'thanks.changed', 'occasions.changed'] as const;
const THANK_YOU_VIEW = ['thanks.changed', 'people.changed', 'occasions.changed'] as const;
const OPPORTUNITY_VIEW = ['opportunities.changed', 'occasions.changed', 'thanks.changed', 'people.changed'] as const;

// A thank-you's status moves the counts on people, occasions and opportunities too.
const THANK_YOU_STATUS = ['thanks.changed', 'people.changed', 'occasions.changed', 'opportunities.changed'] as const;
// An occasion change can add people and always touches their thank-yous.
const OCCASION = ['occasions.changed', 'thanks.changed', 'people.changed', 'opportunities.changed'] as const;
// Deleting someone deletes their occasions' participation and their thank-yous with them.
const PERSON_DELETED = ['occasions.changed', 'thanks.changed', 'people.changed'] as const;
// Occasions show the opportunity they belong to.
const OPPORTUNITY = ['opportunities.changed', 'occasions.changed'] as const;
// Everything stored: a restore or an import replaces or adds all of it.
const ALL_DATA = ['people.changed', 'occasions.changed', 'thanks.changed', 'opportunities.changed', 'settings.changed', 'templates.changed', 'reminders.changed'] as const;

/**
 * The one contract. Every operation the UI can ask of the backend is declared here, once, with
 * the schema its input is validated against at the boundary, the schema of what it returns, and
 * the event topics it reads (a query) or changes (a command). The Electron IPC handler and the
 * browser-mode HTTP server both dispatch through this list.
 */
export const procedures = {
  'app.info': query(noInput, appInfoSchema, []),

  'people.list': query(peopleListInputSchema, peopleListOutputSchema, PERSON_VIEW),
  'people.get': query(byId, personDetailSchema, PERSON_VIEW),
  'people.create': command(personCreateSchema, personSchema, ['people.changed']),
  'people.update': command(personUpdateSchema, personSchema, ['people.changed']),
  'people.archive': command(byId, personSchema, ['people.changed']),
  'people.unarchive': command(byId, personSchema, ['people.changed']),
  'people.deletionImpact': query(byId, personDeletionImpactSchema, PERSON_VIEW),
  'people.delete': command(personDeleteSchema, deleted, PERSON_DELETED),

  // Thank-you and opportunity changes announce occasions.changed as well.
  'occasions.list': query(occasionsListInputSchema, occasionsListOutputSchema, ['occasions.changed', 'people.changed']),
  // Every thank-you and opportunity change also announces occasions.changed; a renamed person
  // only people.changed; new deadlines thanks.changed.
  'occasions.get': query(byId, occasionDetailSchema, ['occasions.changed', 'people.changed', 'thanks.changed']),
  'occasions.create': command(occasionFieldsSchema, occasionDetailSchema, OCCASION),
  'occasions.update': command(occasionUpdateSchema, occasionDetailSchema, OCCASION),
  'occasions.delete': command(occasionDeleteSchema, deleted, OCCASION),
  // One participant's notes, changed from their thank-you: the occasion's page and the note
  // (thanks.get reads occasions.changed) show them; no status or count moves.
  'occasions.setParticipantNotes': command(setParticipantNotesSchema, participantNotesSchema, ['occasions.changed']),

  // A calendar invite read (nothing written: the preview), then saved as an occasion.
  'imports.readCalendar': query(importFileSchema, calendarPreviewSchema, ['people.changed', 'occasions.changed', 'settings.changed']),
  'imports.saveInvite': command(saveInviteSchema, savedInviteSchema, OCCASION),
  'imports.cancelInvite': command(cancelInviteSchema, cancelledInviteSchema, OCCASION),
  // People from LinkedIn's Connections.csv or a contacts file: read and matched (the preview),
  // saved with one action per row (the file sent again, read again), and undone.
  'imports.readPeople': query(importFileSchema, peopleImportPreviewSchema, ['people.changed']),
  'imports.savePeople': command(savePeopleSchema, savedPeopleSchema, ['people.changed']),
  'imports.undoPeople': command(undoPeopleSchema, undonePeopleSchema, ['people.changed']),

  // Files for the address book and the calendar, made from what is stored (nothing is written).
  'exports.peopleVCard': query(exportPeopleSchema, exportedFileSchema, ['people.changed']),
  'exports.occasionICalendar': query(byId, exportedFileSchema, ['occasions.changed', 'people.changed', 'settings.changed']),
  // A thank-you's due time or follow-up, and every upcoming one, as calendar events with alarms.
  'exports.thankYouICalendar': query(exportThankYouCalendarSchema, exportedFileSchema, THANK_YOU_VIEW),
  'exports.upcomingICalendar': query(noInput, exportedFileSchema, [...THANK_YOU_VIEW, 'settings.changed']),

  // Notifications: what is due now (marked shown, so nothing is shown twice), and "remind me later".
  'reminders.claim': command(noInput, z.object({ notifications: z.array(reminderNotificationSchema) }), ['reminders.changed']),
  'reminders.snooze': command(snoozeRemindersSchema, z.object({ remindAt: z.number() }), ['reminders.changed']),
  // The tray's count and next due time, the badge, and Settings' "next reminder".
  'reminders.status': query(noInput, reminderStatusSchema, [...THANK_YOU_VIEW, 'settings.changed', 'reminders.changed']),

  // Consistent copies of the data file beside it (backups/), and putting one back.
  'backups.list': query(noInput, backupsListSchema, ['backups.changed']),
  'backups.create': command(noInput, backupSchema, ['backups.changed']),
  'backups.restore': command(restoreBackupSchema, restoredSchema, [...ALL_DATA, 'backups.changed']),
  'backups.restoreFile': command(restoreFileSchema, restoredSchema, [...ALL_DATA, 'backups.changed']),

  // Everything as JSON, CSV and vCard in a ZIP; its JSON imported into an empty data folder.
  'fullExport.zip': query(noInput, fullExportSchema, ALL_DATA),
  'fullExport.import': command(fullImportFileSchema, fullImportResultSchema, ALL_DATA),

  'opportunities.list': query(opportunitiesListInputSchema, opportunitiesListOutputSchema, ['opportunities.changed', 'occasions.changed', 'thanks.changed']),
  'opportunities.get': query(byId, opportunityDetailSchema, OPPORTUNITY_VIEW),
  'opportunities.create': command(opportunityFieldsSchema, opportunitySchema, OPPORTUNITY),
  'opportunities.update': command(opportunityUpdateSchema, opportunitySchema, OPPORTUNITY),
  'opportunities.delete': command(byId, deleted, OPPORTUNITY),

  // A thank-you sent, snoozed or re-dated elsewhere, a renamed person, an edited occasion.
  'thanks.get': query(byId, thankYouDetailSchema, THANK_YOU_VIEW),
  // Autosave runs every second of typing pause; only the status matters to other screens.
  'thanks.saveDraft': command(saveDraftSchema, draftSavedSchema, ['thanks.changed']),
  'thanks.markSent': command(markSentSchema, thankYouSummarySchema, THANK_YOU_STATUS),
  'thanks.skip': command(skipSchema, thankYouSummarySchema, THANK_YOU_STATUS),
  'thanks.snooze': command(snoozeSchema, thankYouSummarySchema, THANK_YOU_STATUS),
  'thanks.reopen': command(thankYouIdSchema, thankYouSummarySchema, THANK_YOU_STATUS),
  'thanks.setDue': command(setDueSchema, thankYouSummarySchema, THANK_YOU_STATUS),
  'thanks.setFollowUp': command(setFollowUpSchema, thankYouSummarySchema, THANK_YOU_STATUS),
  'thanks.completeFollowUp': command(completeFollowUpSchema, thankYouSummarySchema, THANK_YOU_STATUS),
  'thanks.bulkMarkSent': command(bulkMarkSentSchema, bulkResultSchema, THANK_YOU_STATUS),
  'thanks.bulkSnooze': command(bulkSnoozeSchema, bulkResultSchema, THANK_YOU_STATUS),
  'thanks.bulkSkip': command(bulkSkipSchema, bulkResultSchema, THANK_YOU_STATUS),
  'thanks.undoSkip': command(undoSkipSchema, bulkResultSchema, THANK_YOU_STATUS),
  'thanks.duplicateTargets': query(byId, z.object({ items: z.array(duplicateTargetSchema) }), THANK_YOU_VIEW),
  // The coach's copy and wrong-person checks: the user's other notes and the occasion's other
  // participants. Read once per open note: its own autosave announces thanks.changed every second
  // of typing, and 500 notes are not worth reading again for that; people and panels are.
  'thanks.comparableNotes': query(byId, comparableNotesSchema, ['people.changed', 'occasions.changed']),
  'thanks.duplicate': command(duplicateInputSchema, z.object({ thankYouId: z.number().int() }), ['thanks.changed', 'occasions.changed']),
  // An offer depends on the opportunity's stage, the occasion's kind and link, the thank-you and
  // whether the person is archived.
  'thanks.howItWent': query(howItWentInputSchema, z.object({ items: z.array(howItWentItemSchema) }), ['thanks.changed', 'opportunities.changed', 'occasions.changed', 'people.changed']),
  'thanks.answerHowItWent': command(howItWentAnswerSchema, thankYouSummarySchema, THANK_YOU_STATUS),
  // What to write after this note: any status change, archived person or moved occasion changes it.
  'thanks.nextOwed': query(byId, nextOwedSchema, THANK_YOU_VIEW),

  'dashboard.summary': query(noInput, dashboardSummarySchema, THANK_YOU_VIEW),
  'dashboard.outstanding': query(outstandingInputSchema, outstandingOutputSchema, THANK_YOU_VIEW),
  'dashboard.followUps': query(dashboardListInputSchema, z.object({ items: z.array(followUpItemSchema) }), THANK_YOU_VIEW),
  'dashboard.recentlySent': query(dashboardListInputSchema, z.object({ items: z.array(recentlySentItemSchema) }), THANK_YOU_VIEW),

  // Handing a note to the user's mail client; each records that it happened ("did you send it?").
  // The draft may have been saved on the way, and the dashboard shows what was handed off.
  'handoff.openInMailApp': command(handoffInputSchema, mailAppResultSchema, ['thanks.changed']),
  'handoff.saveEmailFile': command(emailFileInputSchema, emailFileResultSchema, ['thanks.changed']),
  'handoff.copy': command(copyInputSchema, copyResultSchema, ['thanks.changed']),
  /** "Not yet": forgets the hand-off, so it is not asked about again. */
  'handoff.dismiss': command(byId, thankYouSummarySchema, ['thanks.changed']),

  'templates.list': query(templatesListInputSchema, z.object({ items: z.array(templateSchema) }), ['templates.changed']),
  'templates.save': command(templateSaveSchema, templateSchema, ['templates.changed']),
  'templates.delete': command(templateIdSchema, deleted, ['templates.changed']),

  'settings.get': query(noInput, settingsSchema, ['settings.changed']),
  // A changed deadline moves the due times of thank-yous still to do.
  'settings.update': command(settingsUpdateSchema, settingsSchema, ['settings.changed', 'thanks.changed']),
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

/** The topics after which the answer of `method` may differ (empty for a command). */
export function topicsRead(method: ProcedureName): readonly EventTopic[] {
  return procedures[method].reads;
}
