import { z } from 'zod';
import { saveDraftSchema } from './thanks-drafts';
import { id } from './fields';
import type { HandoffMethod } from './thanks';

/** Completes "You … this note": "opened in your mail app", "saved as an email draft"… */
export const HANDOFF_METHOD_LABELS: Record<HandoffMethod, string> = {
  'mail-app': 'opened it in your mail app',
  'email-file': 'saved it as an email draft',
  'copy-rich': 'copied it',
  'copy-plain': 'copied it as plain text',
};

/**
 * The note as the editor shows it. Saved first (same rules as `thanks.saveDraft`), so what is
 * handed off is exactly what is kept; left out for a sent note, which is handed off as it is.
 */
export const handoffDraftSchema = saveDraftSchema.omit({ id: true });

export const handoffInputSchema = z.object({ id, draft: handoffDraftSchema.optional() }).strict();
export const emailFileInputSchema = handoffInputSchema.extend({ openAfterSaving: z.boolean().default(false) }).strict();
export const copyInputSchema = handoffInputSchema.extend({ format: z.enum(['rich', 'plain'], { error: 'Choose rich or plain text.' }) }).strict();

/**
 * Who does the part that touches the operating system: the desktop app itself (main process),
 * or, in browser mode, the page, with what the backend prepared.
 */
const performedBy = z.enum(['app', 'page']);

/** The note's revision once the hand-off saved it: the editor's next save starts from it. */
const draftRevision = z.number().int();

export const mailAppResultSchema = z.object({
  performedBy,
  /** The link that was (app) or is to be (page) opened. */
  url: z.string(),
  /** Too long for one link: it holds the recipients and subject only, and the body goes on the clipboard. */
  bodyOnClipboard: z.boolean(),
  /** The body as plain text: on the clipboard when `bodyOnClipboard`. */
  plainText: z.string(),
  handedOffAt: z.string(),
  draftRevision,
});
export type MailAppResult = z.infer<typeof mailAppResultSchema>;

export const emailFileResultSchema = z.discriminatedUnion('performedBy', [
  z.object({
    performedBy: z.literal('app'),
    /** Where it was saved; null when the user cancelled the save dialog. */
    path: z.string().nullable(),
    opened: z.boolean(),
    /** Saved, but the system could not open it (no program for .eml files). */
    openError: z.string().nullable(),
    handedOffAt: z.string().nullable(),
    draftRevision,
  }),
  z.object({
    performedBy: z.literal('page'),
    fileName: z.string(),
    /** The whole message (RFC 5322, MIME, CRLF line endings). */
    content: z.string(),
    handedOffAt: z.string(),
    draftRevision,
  }),
]);
export type EmailFileResult = z.infer<typeof emailFileResultSchema>;

export const copyResultSchema = z.object({
  performedBy,
  text: z.string(),
  /** The HTML fragment (inline styles) for rich text; null for plain text. */
  html: z.string().nullable(),
  handedOffAt: z.string(),
  draftRevision,
});
export type CopyResult = z.infer<typeof copyResultSchema>;
