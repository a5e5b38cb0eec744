import { z } from 'zod';
import { INTERVIEW_FORMATS, OCCASION_KINDS } from '../domain/occasion-kinds';
import { line } from './fields';
import { occasionDetailSchema, occasionFieldsSchema } from './occasions';

/**
 * The largest file an import reads: a LinkedIn data-export ZIP with everything in it can be a few
 * megabytes; a calendar invite or a contacts file is far smaller.
 */
export const IMPORT_FILE_MAX_BYTES = 16 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(IMPORT_FILE_MAX_BYTES / 3) * 4;

/** Calls that carry a whole file, so the browser-mode server lets their bodies be that large. */
export const FILE_CARRYING_PROCEDURES: readonly string[] = ['imports.readCalendar'];
/** A call carrying a file: the file as base64 plus JSON around it. */
export const FILE_CALL_MAX_BYTES = MAX_BASE64 + 64 * 1024;

/** A file the user dropped, picked or pasted, as base64 (the bytes as they are: the backend reads their encoding). */
export const importFileSchema = z
  .object({
    name: line('File name', 255).default(''),
    data: z
      .string({ error: 'The file could not be read.' })
      .max(MAX_BASE64, { error: `The file is too large to import (at most ${IMPORT_FILE_MAX_BYTES / 1024 / 1024} MB).` })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/u, { error: 'The file could not be read.' }),
  })
  .strict();
export type ImportFile = z.input<typeof importFileSchema>;

/** Someone in an invite, matched to a person already known by email (or not). */
export const invitePersonSchema = z.object({
  name: z.string().nullable(),
  email: z.string(),
  /** The known person with this address, or null: saving creates them. */
  personId: z.number().int().nullable(),
  personName: z.string().nullable(),
  /** The organizer is offered unticked: often a coordinator, not an interviewer. */
  organizer: z.boolean(),
  /** Already on the occasion this invite was imported as before. */
  onOccasion: z.boolean(),
});
export type InvitePerson = z.infer<typeof invitePersonSchema>;

export const inviteEventSchema = z.object({
  uid: z.string(),
  summary: z.string(),
  allDay: z.boolean(),
  startsAt: z.string(),
  endsAt: z.string(),
  cancelled: z.boolean(),
  recurring: z.boolean(),
  /** Guessed from the title ("Phone screen", "Panel", "On-site"…); the user can change them. */
  kind: z.enum(OCCASION_KINDS),
  interviewFormat: z.enum(INTERVIEW_FORMATS).nullable(),
  /** The occasion this invite (same UID) was imported as before, if any. */
  existing: z.object({ occasionId: z.number().int(), title: z.string(), startsAt: z.string(), endsAt: z.string() }).nullable(),
  people: z.array(invitePersonSchema),
});
export type InviteEvent = z.infer<typeof inviteEventSchema>;

export const calendarPreviewSchema = z.object({ events: z.array(inviteEventSchema) });
export type CalendarPreview = z.infer<typeof calendarPreviewSchema>;

/**
 * Saves an invite as an occasion. The first time, a new occasion remembers the invite's UID; a
 * later import of the same UID updates that occasion (its time, kind and title; people are added,
 * never removed, and what was written for them is kept), so due times follow a moved interview.
 */
export const saveInviteSchema = z
  .object({
    uid: line('Invite id', 1000).pipe(z.string().min(1, { error: 'This invite has no id.' })),
    occasion: occasionFieldsSchema,
  })
  .strict();
export type SaveInvite = z.input<typeof saveInviteSchema>;

export const savedInviteSchema = z.object({ occasion: occasionDetailSchema, created: z.boolean() });

/** A cancelled invite: the thank-yous of the occasion it was imported as go, unless something was written or done with them. */
export const cancelInviteSchema = z
  .object({ uid: line('Invite id', 1000).pipe(z.string().min(1, { error: 'This invite has no id.' })) })
  .strict();

export const cancelledInviteSchema = z.object({
  occasion: occasionDetailSchema,
  /** Thank-yous removed: nothing was written or done with them. */
  removed: z.number().int(),
  /** Thank-yous kept: drafted, sent, skipped, snoozed, re-dated or handed to the mail app. */
  kept: z.number().int(),
});
export type CancelledInvite = z.infer<typeof cancelledInviteSchema>;
