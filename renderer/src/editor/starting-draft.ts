import { fillTemplate, mergeContextFor, type FilledTemplate, type Settings, type Template, type ThankYouDetail } from '../../../shared';
import { copyToRestore, type DraftFields, type UnsavedCopy } from './local-copy';

export type DraftSource =
  /** What the server has. */
  | { kind: 'saved' }
  /** A copy of text that was typed but never confirmed by the server (see local-copy.ts). */
  | { kind: 'restored'; writtenAt: number }
  /** A new draft: the kind's template, filled in; not saved until it is edited. */
  | { kind: 'template'; template: Template; filled: FilledTemplate };

export interface StartingDraft {
  fields: DraftFields;
  source: DraftSource;
}

/** The user's time zone and language, for the date a template writes out. */
export function localDateOptions(): { timeZone: string; locale: string } {
  return { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, locale: navigator.language };
}

/** The template a new draft starts from: the kind's built-in one (or the user's edit of it), else the first. */
export function defaultTemplate(templates: readonly Template[], kind: Template['kind']): Template | undefined {
  const ofKind = templates.filter((template) => template.kind === kind);
  return ofKind.find((template) => template.builtIn) ?? ofKind[0];
}

/** A template filled in with what was recorded about this thank-you and with your name and signature. */
export function fillFor(template: Template, detail: ThankYouDetail, settings: Pick<Settings, 'yourName' | 'signature'>): FilledTemplate {
  return fillTemplate(template, mergeContextFor(detail, settings), localDateOptions());
}

/**
 * The template a note presumably started from, filled in as it would have been: the coach does not
 * count its untouched sentences as the writer's own. Null when there is no template for the kind.
 */
export function templateTextFor(detail: ThankYouDetail, settings: Pick<Settings, 'yourName' | 'signature'>, templates: readonly Template[]): string | null {
  const template = defaultTemplate(templates, detail.occasion.kind);
  return template ? fillFor(template, detail, settings).body : null;
}

/**
 * What the editor opens with. A sent note: exactly what was sent. Otherwise text typed but not
 * saved (newer than the server's) wins, then the saved note; an empty note starts from the template.
 */
export function startingDraft(
  detail: ThankYouDetail,
  settings: Pick<Settings, 'yourName' | 'signature'>,
  templates: readonly Template[],
  copy: UnsavedCopy | null,
): StartingDraft {
  const saved: DraftFields = { subject: detail.subject, body: detail.body, recipient: detail.recipient };
  if (detail.status === 'sent') return { fields: saved, source: { kind: 'saved' } };
  const restore = copyToRestore(copy, { ...saved, draftSavedAt: detail.draftSavedAt });
  if (restore) {
    const recipient = restore.recipient !== null && detail.person.emails.includes(restore.recipient) ? restore.recipient : saved.recipient;
    return { fields: { subject: restore.subject, body: restore.body, recipient }, source: { kind: 'restored', writtenAt: restore.writtenAt } };
  }
  if (detail.body.trim() !== '') return { fields: saved, source: { kind: 'saved' } };
  const template = defaultTemplate(templates, detail.occasion.kind);
  if (!template) return { fields: saved, source: { kind: 'saved' } };
  const filled = fillFor(template, detail, settings);
  return {
    fields: { subject: detail.subject.trim() === '' ? filled.subject : detail.subject, body: filled.body, recipient: saved.recipient },
    source: { kind: 'template', template, filled },
  };
}
