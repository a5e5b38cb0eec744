import { z } from 'zod';
import { id } from './fields';

/** The most people one export names by id; everyone is exported by leaving `ids` out. */
export const EXPORT_MAX_IDS = 10_000;

/** People as a vCard file: those named, or everyone not archived. */
export const exportPeopleSchema = z
  .object({ ids: z.array(id).min(1, { error: 'Choose someone to export.' }).max(EXPORT_MAX_IDS, { error: `At most ${EXPORT_MAX_IDS.toLocaleString('en')} people by name; leave the list out for everyone.` }).optional() })
  .strict();

/** A file made for the user to save (the page downloads it; Electron shows its save dialog for the download). */
export const exportedFileSchema = z.object({
  fileName: z.string(),
  /** The MIME type to save it as. */
  type: z.string(),
  content: z.string(),
  /** How many people or events it holds. */
  count: z.number().int(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

/** A thank-you's due time or its follow-up as a calendar event with an alarm. */
export const exportThankYouCalendarSchema = z.object({ id, what: z.enum(['due', 'follow-up']) }).strict();
