import { z } from 'zod';
import { emailAddress, id, line, multiline, revision } from './fields';
import { occasionSchema, participantNotesSchema } from './occasions';
import { thankYouSummarySchema } from './thanks';

/** Everything the editor needs for one thank-you: the note so far and what it can draw on. */
export const thankYouDetailSchema = thankYouSummarySchema.extend({
  subject: z.string(),
  body: z.string(),
  /** The address the note goes to: chosen in the editor, else the person's primary one. */
  recipient: z.string().nullable(),
  /** When the subject or body was last saved (null: never). */
  draftSavedAt: z.string().nullable(),
  /** The note's revision: a save names the one it started from (see `saveDraftSchema`). */
  draftRevision: z.number().int(),
  person: z.object({
    id: z.number().int(),
    fullName: z.string(),
    addressAs: z.string(),
    emails: z.array(z.string()),
    company: z.string(),
    title: z.string(),
  }),
  occasion: occasionSchema.pick({
    id: true,
    kind: true,
    interviewFormat: true,
    title: true,
    startsAt: true,
    endsAt: true,
    location: true,
    discussionPoints: true,
    promisedFollowUps: true,
  }),
  opportunity: z.object({ id: z.number().int(), company: z.string(), role: z.string(), link: z.string() }).nullable(),
  /**
   * This person's own notes on the occasion (what they asked or said, what was promised to them),
   * which the template and the coach use before the occasion's. Null when they are no longer
   * listed on the occasion: their notes went with their place on it.
   */
  participantNotes: participantNotesSchema.nullable(),
});
export type ThankYouDetail = z.infer<typeof thankYouDetailSchema>;

/** Large enough for any note (a 2,000-word note is ~12,000 characters), small enough to refuse abuse. */
export const MAX_NOTE_LENGTH = 100_000;

export const saveDraftSchema = z
  .object({
    id,
    subject: line('Subject', 300),
    body: multiline('The note', MAX_NOTE_LENGTH),
    /** One of the person's addresses; null keeps the primary one. */
    recipient: z.union([emailAddress, z.null()]).default(null),
    /**
     * The revision this text was written on (`draftRevision` as read or last saved). When the note
     * was saved since (another window or tab), the save answers CONFLICT with the stored note in
     * `details` (`subject`, `body`, `recipient`, `draftRevision`, `draftSavedAt`) and changes nothing.
     */
    draftRevision: revision,
  })
  .strict();

export const draftSavedSchema = z.object({
  status: thankYouSummarySchema.shape.status,
  draftSavedAt: z.string(),
  draftRevision: z.number().int(),
});

/** Another thank-you a sent note can be copied into ("Duplicate as new draft"). */
export const duplicateTargetSchema = z.object({
  thankYouId: z.number().int(),
  personId: z.number().int(),
  fullName: z.string(),
  occasionId: z.number().int(),
  occasionTitle: z.string(),
  status: z.enum(['pending', 'drafted', 'snoozed']),
  dueAt: z.string(),
  /** It has text already, which the copy would replace. */
  hasDraft: z.boolean(),
  relation: z.enum(['same-occasion', 'same-person', 'other']),
});
export type DuplicateTarget = z.infer<typeof duplicateTargetSchema>;

export const duplicateInputSchema = z
  .object({
    id,
    targetId: id,
    /** Must be true to replace text the target already has; otherwise that is refused. */
    replaceDraft: z.boolean().default(false),
  })
  .strict();

/** Another note of the user's the coach compares a draft with, so a copy is caught ("92% the same as your note to Zoë"). */
export const comparableNoteSchema = z.object({
  thankYouId: z.number().int(),
  personName: z.string(),
  occasionTitle: z.string(),
  status: z.enum(['drafted', 'sent']),
  /** The note as written, in Markdown. */
  markdown: z.string(),
  sameOccasion: z.boolean(),
});
export type ComparableNote = z.infer<typeof comparableNoteSchema>;

/**
 * What the coach compares a note with: the user's other notes with a body (the same occasion's
 * first, then drafted or sent in the last 90 days, newest first; at most 500), and the occasion's
 * other participants, so a note addressed to one of them is caught.
 */
export const comparableNotesSchema = z.object({
  items: z.array(comparableNoteSchema),
  otherParticipants: z.array(z.object({ personId: z.number().int(), name: z.string(), addressAs: z.string() })),
});
export type ComparableNotes = z.infer<typeof comparableNotesSchema>;
