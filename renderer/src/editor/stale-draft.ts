import type { AppError, ThankYouDetail } from '../../../shared';
import type { StoredDraft } from './autosaver';

/**
 * The note another window saved, from the CONFLICT a stale save answered (`details`: subject,
 * body, recipient, draftRevision, draftSavedAt). Null for any other conflict (e.g. the note was
 * sent meanwhile), which has no text to choose.
 */
export function storedDraftOf(error: AppError): StoredDraft | null {
  const details = error.code === 'CONFLICT' ? error.details : undefined;
  if (!details) return null;
  const { subject, body, recipient, draftRevision, draftSavedAt } = details;
  if (typeof subject !== 'string' || typeof body !== 'string' || typeof recipient !== 'string') return null;
  if (typeof draftRevision !== 'number' || typeof draftSavedAt !== 'string') return null;
  return { fields: { subject, body, recipient: recipient === '' ? null : recipient }, savedAt: draftSavedAt, revision: draftRevision };
}

/** The note as a fresh read has it: newer than the editor's when another window saved since. */
export function storedDraftFrom(detail: Pick<ThankYouDetail, 'subject' | 'body' | 'recipient' | 'draftSavedAt' | 'draftRevision'>): StoredDraft | null {
  if (detail.draftSavedAt === null) return null;
  return { fields: { subject: detail.subject, body: detail.body, recipient: detail.recipient }, savedAt: detail.draftSavedAt, revision: detail.draftRevision };
}
