import { z } from 'zod';
import { INTERVIEW_FORMATS, OCCASION_KINDS } from '../domain/occasion-kinds';
import { id, line } from './fields';
import { occasionDetailSchema, occasionFieldsSchema } from './occasions';

/**
 * The largest file an import reads: a LinkedIn data-export ZIP with everything in it can be a few
 * megabytes; a calendar invite or a contacts file is far smaller.
 */
export const IMPORT_FILE_MAX_BYTES = 16 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(IMPORT_FILE_MAX_BYTES / 3) * 4;

/** Calls that carry a whole file, so the browser-mode server lets their bodies be that large. */
export const FILE_CARRYING_PROCEDURES: readonly string[] = ['imports.readCalendar', 'imports.readPeople', 'imports.savePeople'];
/**
 * A call carrying a file: the file as base64 plus JSON around it. The margin holds the choices
 * sent with a people import again (about 8 bytes a row, 100,000 rows at most).
 */
export const FILE_CALL_MAX_BYTES = MAX_BASE64 + 1024 * 1024;

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

// People from LinkedIn's Connections.csv (or the ZIP it comes in) and from contacts files (.vcf).

export const PEOPLE_IMPORT_SOURCES = ['linkedin', 'vcard'] as const;
/**
 * `new`: nobody stored matches. `matching`: a stored person matches and the file only repeats or
 * fills in what is stored. `conflicting`: a stored person matches but some value differs (listed
 * in `differences`). `duplicate`: an earlier row of the same file has the same email or LinkedIn
 * profile.
 */
export const PEOPLE_IMPORT_STATUSES = ['new', 'matching', 'conflicting', 'duplicate'] as const;
export const PEOPLE_IMPORT_ACTIONS = ['add', 'merge', 'skip'] as const;
export type PeopleImportAction = (typeof PEOPLE_IMPORT_ACTIONS)[number];
/** `emails`: someone taken for a stored person by name alone, whose addresses are all other ones. */
export const PEOPLE_IMPORT_FIELDS = ['fullName', 'company', 'title', 'phone', 'linkedinUrl', 'notes', 'connectedOn', 'emails'] as const;
/** The most rows one import takes (LinkedIn allows 30,000 connections). */
export const PEOPLE_IMPORT_MAX_ROWS = 100_000;

/** One person as the file has them, already cleaned to what a person can hold (lengths, valid emails). */
export const incomingPersonSchema = z.object({
  fullName: z.string(),
  /** The first or given name from the file, '' when it has none. */
  addressAs: z.string(),
  emails: z.array(z.string()),
  phone: z.string(),
  company: z.string(),
  title: z.string(),
  linkedinUrl: z.string(),
  notes: z.string(),
  connectedOn: z.string().nullable(),
});
export type IncomingPerson = z.infer<typeof incomingPersonSchema>;

export const peopleImportRowSchema = z.object({
  /** The row's place among the people read (0-based): `imports.savePeople` takes one action per index. */
  index: z.number().int(),
  incoming: incomingPersonSchema,
  status: z.enum(PEOPLE_IMPORT_STATUSES),
  /** The stored person this row is taken for: by email first, then LinkedIn profile, then exact name. */
  match: z
    .object({ personId: z.number().int(), fullName: z.string(), by: z.enum(['email', 'linkedin', 'name']), revision: z.number().int() })
    .nullable(),
  /** For a `duplicate`: the index of the earlier row with the same email or profile. */
  duplicateOf: z.number().int().nullable(),
  /** Values the file would change on the matched person (a merge puts the incoming one in; notes are appended). */
  differences: z.array(z.object({ field: z.enum(PEOPLE_IMPORT_FIELDS), current: z.string(), incoming: z.string() })),
  suggested: z.enum(PEOPLE_IMPORT_ACTIONS),
});
export type PeopleImportRow = z.infer<typeof peopleImportRowSchema>;

export const peopleImportPreviewSchema = z.object({
  source: z.enum(PEOPLE_IMPORT_SOURCES),
  /** Rows of the file that could not be read as a person; `skippedRows` says which and why. */
  skipped: z.number().int(),
  skippedRows: z.array(z.object({ row: z.number().int().nullable(), reason: z.string() })),
  rows: z.array(peopleImportRowSchema),
});
export type PeopleImportPreview = z.infer<typeof peopleImportPreviewSchema>;

/**
 * Saves people from the file the preview was read from, sent again: the backend reads and matches
 * it once more (the stored people may have changed meanwhile) and applies one action per row.
 */
export const savePeopleSchema = z
  .object({
    ...importFileSchema.shape,
    actions: z
      .array(z.enum(PEOPLE_IMPORT_ACTIONS, { error: 'Choose add, merge or skip for each person.' }), { error: 'Choose what to do with each person.' })
      .max(PEOPLE_IMPORT_MAX_ROWS, { error: `At most ${PEOPLE_IMPORT_MAX_ROWS.toLocaleString('en')} people can be imported at once.` }),
  })
  .strict();
export type SavePeople = z.input<typeof savePeopleSchema>;

export const savedPeopleSchema = z.object({
  /** The import, to undo it (`imports.undoPeople`). */
  batchId: z.number().int(),
  added: z.number().int(),
  merged: z.number().int(),
  /** Rows that wrote nothing: skipped, or merged with nothing to add. */
  skipped: z.number().int(),
  /** Addresses left off because another person already has them (or the person already had 10). */
  emailsLeftOff: z.number().int(),
});
export type SavedPeople = z.infer<typeof savedPeopleSchema>;

export const undoPeopleSchema = z.object({ batchId: id }).strict();

export const undonePeopleSchema = z.object({
  /** People the import added, deleted again. */
  removed: z.number().int(),
  /** People the import merged into, put back as they were. */
  restored: z.number().int(),
  /** People left as they are: edited since the import, or (added ones) put on an occasion since. */
  kept: z.number().int(),
});
export type UndonePeople = z.infer<typeof undonePeopleSchema>;
