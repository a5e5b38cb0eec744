import { z } from 'zod';
import {
  CHANNELS,
  dueHoursSchema,
  FULL_EXPORT_FORMAT,
  FULL_EXPORT_VERSION,
  HANDOFF_METHODS,
  INTERVIEW_FORMATS,
  OCCASION_KINDS,
  OPPORTUNITY_STAGES,
} from '../../../shared';

/**
 * `thankful.json`, version 1, as a zod schema: what the export writes and what the import accepts
 * (docs/full-export.md describes it for people). The messages are phrases that follow the path of
 * the value ("people[3].fullName is missing"); see `describeIssue` in import-file.ts.
 *
 * Lenient where the app's own forms are strict (lengths, e-mail syntax): what an older version
 * let in must import back. Strict about shape: unknown fields are refused rather than dropped, so
 * a change of the format has to come with a new version.
 */

/** Far above any field's limit in the forms; only there so that a hostile file cannot hand SQLite gigabytes. */
const MAX_TEXT = 1_000_000;
const MAX_LIST = 10_000;

const text = z.string().max(MAX_TEXT, { error: `can be at most ${MAX_TEXT.toLocaleString('en')} characters` });
const requiredText = text.refine((value) => value.trim() !== '', { error: 'cannot be empty' });
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST, { error: `can hold at most ${MAX_LIST.toLocaleString('en')} items` });

const recordId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const counter = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/u;
/** An instant in ISO 8601 with its offset; the export always writes UTC with milliseconds. */
const instant = z.string().refine((value) => ISO_INSTANT.test(value) && Number.isFinite(Date.parse(value)), {
  error: 'must be a date and time like 2026-06-01T12:00:00.000Z',
});

const promisedFollowUp = z.object({ text, url: text }).strict();

const person = z
  .object({
    id: recordId,
    fullName: requiredText,
    /** How to address them when the user set it; null: derived from the name. */
    addressAsOverride: text.nullable(),
    /** The primary address first. */
    emails: list(requiredText),
    phone: text,
    company: text,
    title: text,
    linkedinUrl: text,
    notes: text,
    tags: list(text),
    connectedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u, { error: 'must be a date like 2026-06-01' })
      .nullable(),
    archivedAt: instant.nullable(),
    createdAt: instant,
    updatedAt: instant,
    revision: counter,
  })
  .strict();

const opportunity = z
  .object({
    id: recordId,
    company: requiredText,
    role: text,
    link: text,
    stage: z.enum(OPPORTUNITY_STAGES),
    notes: text,
    createdAt: instant,
    updatedAt: instant,
  })
  .strict();

const participant = z
  .object({
    personId: recordId,
    role: text,
    points: list(text),
    promisedFollowUps: list(promisedFollowUp),
  })
  .strict();

const occasion = z
  .object({
    id: recordId,
    kind: z.enum(OCCASION_KINDS),
    interviewFormat: z.enum(INTERVIEW_FORMATS).nullable(),
    title: text,
    startsAt: instant,
    endsAt: instant,
    location: text,
    opportunityId: recordId.nullable(),
    discussionPoints: list(text),
    promisedFollowUps: list(promisedFollowUp),
    notes: text,
    /** The UID of the calendar invite it was imported from, or null. */
    calendarUid: text.nullable(),
    createdAt: instant,
    updatedAt: instant,
    revision: counter,
    /** In the order the occasion lists them. */
    participants: list(participant),
  })
  .strict()
  // A start that is not a time is reported on its own.
  .refine((value) => !(Date.parse(value.endsAt) < Date.parse(value.startsAt)), { error: 'is before startsAt', path: ['endsAt'] });

const followUp = z.object({ text, dueAt: instant, doneAt: instant.nullable() }).strict();

/** Stored statuses: "snoozed" is not one, a thank-you is snoozed while `snoozedUntil` is ahead. */
export const STORED_STATUSES = ['pending', 'drafted', 'sent', 'skipped'] as const;

const thankYou = z
  .object({
    id: recordId,
    occasionId: recordId,
    personId: recordId,
    status: z.enum(STORED_STATUSES),
    dueAt: instant,
    dueOverridden: z.boolean(),
    snoozedUntil: instant.nullable(),
    skipReason: text.nullable(),
    channel: z.enum(CHANNELS).nullable(),
    sentAt: instant.nullable(),
    subject: text,
    body: text,
    recipient: text.nullable(),
    draftSavedAt: instant.nullable(),
    draftRevision: counter,
    followUp: followUp.nullable(),
    handedOffAt: instant.nullable(),
    handoffMethod: z.enum(HANDOFF_METHODS).nullable(),
    howItWentAnsweredAt: instant.nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .strict()
  .superRefine((value, ctx) => {
    // The rules the app keeps for every thank-you (main/backend/contract-fuzz.test.ts checks them too).
    if (value.status === 'sent' && (value.sentAt === null || value.channel === null)) {
      ctx.addIssue({ code: 'custom', message: 'is sent but has no sent time or channel' });
    }
    if (value.status === 'skipped' && !value.skipReason) ctx.addIssue({ code: 'custom', message: 'is skipped but has no reason' });
    if ((value.status === 'pending' || value.status === 'drafted') && value.sentAt !== null) {
      ctx.addIssue({ code: 'custom', message: 'has a sent time but is not sent' });
    }
  });

const template = z
  .object({
    id: recordId,
    kind: z.enum(OCCASION_KINDS),
    name: text,
    subject: text,
    body: text,
    /** Set when this is the user's edit of a shipped template (shown in its place). */
    builtinKind: z.enum(OCCASION_KINDS).nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .strict();

/**
 * Settings as stored: a JSON value per key. The values the app uses without checking them are
 * checked here; the others (reminders, keys of a later version) are kept as they are, because
 * the settings repository falls back to its defaults for a value that does not fit.
 */
const settings = z
  .object({
    yourName: text,
    signature: text,
    defaultChannel: z.enum(CHANNELS),
    dueHours: dueHoursSchema.partial().strict(),
    myAddresses: list(text),
    launchAtLogin: z.boolean(),
  })
  .partial()
  .catchall(z.json());

export const exportFileSchema = z
  .object({
    format: z.literal(FULL_EXPORT_FORMAT),
    version: z.literal(FULL_EXPORT_VERSION),
    exportedAt: instant,
    /** The database's schema version (PRAGMA user_version) it was made from; for the curious, not checked. */
    appSchemaVersion: counter,
    people: z.array(person),
    opportunities: z.array(opportunity),
    occasions: z.array(occasion),
    thankYous: z.array(thankYou),
    templates: z.array(template),
    settings,
  })
  .strict();

export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportedPerson = ExportFile['people'][number];
export type ExportedOpportunity = ExportFile['opportunities'][number];
export type ExportedOccasion = ExportFile['occasions'][number];
export type ExportedParticipant = ExportedOccasion['participants'][number];
export type ExportedThankYou = ExportFile['thankYous'][number];
export type ExportedTemplate = ExportFile['templates'][number];
