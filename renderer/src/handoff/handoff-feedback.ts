import { keyLabel } from '../lib/platform-keys';
import type { AppError } from '../../../shared';
import { splitFieldErrors } from '../lib/field-errors';
import type { ClipboardOutcome, HandoffDone } from './handoff-types';

/** A message that stays until it is dismissed or acted on (unlike a toast). */
export type HandoffNotice =
  /** The mail link had no room for the body: it is on the clipboard, to paste into the message. */
  | { kind: 'paste-body'; message: string }
  /** The clipboard refused: the text is shown, to copy by hand. */
  | { kind: 'copy-by-hand'; message: string; text: string }
  /** The system could not do it (no mail app): the other ways are offered. */
  | { kind: 'unavailable'; message: string }
  /** Anything else that belongs to no input. */
  | { kind: 'problem'; message: string };

export interface HandoffFeedback {
  toast: string | null;
  notice: HandoffNotice | null;
  /** When the note was handed off (null: it was not, e.g. the save dialog was cancelled). */
  handedOffAt: string | null;
}

export interface Keys {
  copy: string;
  paste: string;
}

export const keysFor = (mac: boolean): Keys => ({ copy: keyLabel('Mod+C', mac), paste: keyLabel('Mod+V', mac) });

const TOO_LONG = 'The note was too long for a mail link, so only the address and subject went to your mail app';

/** What to tell the user after a hand-off went through, given whether the clipboard took the text. */
export function handoffFeedback(done: HandoffDone, clipboard: ClipboardOutcome, keys: Keys): HandoffFeedback {
  const byHand = (lead: string, text: string): HandoffNotice => ({
    kind: 'copy-by-hand',
    message: `${lead} (${clipboard.kind === 'failed' ? clipboard.reason : 'it refused'}). Copy it from the box below (${keys.copy}) and paste it where you write the message.`,
    text,
  });
  switch (done.kind) {
    case 'mail-app': {
      const { result } = done;
      const feedback = { toast: null, handedOffAt: result.handedOffAt };
      if (!result.bodyOnClipboard) return { ...feedback, notice: null };
      if (clipboard.kind === 'failed') return { ...feedback, notice: byHand(`${TOO_LONG}, and your browser did not let Thankful copy the note`, result.plainText) };
      return { ...feedback, notice: { kind: 'paste-body', message: `${TOO_LONG}: paste the note (${keys.paste}) into the message.` } };
    }
    case 'email-file': {
      const { result } = done;
      if (result.performedBy === 'page') {
        return { toast: `Downloaded “${result.fileName}”: open it to get a draft in your mail app.`, notice: null, handedOffAt: result.handedOffAt };
      }
      if (result.path === null) return { toast: null, notice: null, handedOffAt: null };
      if (result.openError) return { toast: null, notice: { kind: 'problem', message: result.openError }, handedOffAt: result.handedOffAt };
      return { toast: result.opened ? `Saved and opened ${result.path}.` : `Saved to ${result.path}.`, notice: null, handedOffAt: result.handedOffAt };
    }
    case 'copy': {
      const { result } = done;
      if (clipboard.kind === 'failed') {
        const lead = done.format === 'rich' ? 'Your browser did not let Thankful copy the note; here it is as plain text' : 'Your browser did not let Thankful copy the note';
        return { toast: null, notice: byHand(lead, result.text), handedOffAt: result.handedOffAt };
      }
      const toast = done.format === 'rich' ? `Copied as rich text: paste it into your message (${keys.paste}).` : `Copied as plain text (${keys.paste} to paste).`;
      return { toast, notice: null, handedOffAt: result.handedOffAt };
    }
  }
}

export type HandoffField = 'recipient' | 'subject' | 'body';
const FIELDS: readonly string[] = ['recipient', 'subject', 'body'] satisfies HandoffField[];

export interface HandoffProblem {
  /** Messages shown next to To, Subject, or above the note. */
  fields: Partial<Record<HandoffField, string>>;
  notice: HandoffNotice | null;
}

/** Where a refused hand-off is explained: at the input it is about, or as a notice with a way forward. */
export function placeHandoffError(error: AppError): HandoffProblem {
  // The system clipboard failed (desktop): offering "Copy" again would fail the same way.
  if (error.code === 'UNAVAILABLE' && error.details?.failed === 'clipboard') return { fields: {}, notice: { kind: 'problem', message: error.message } };
  if (error.code === 'UNAVAILABLE') return { fields: {}, notice: { kind: 'unavailable', message: error.message } };
  const { fields, general } = splitFieldErrors<HandoffField>(error, (path) => (FIELDS.includes(path) ? (path as HandoffField) : undefined));
  return { fields, notice: general.length > 0 ? { kind: 'problem', message: general.join(' ') } : null };
}
