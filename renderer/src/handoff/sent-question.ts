import { HANDOFF_METHOD_LABELS, type HandoffMethod, type ThankYouSummary } from '../../../shared';
import { absolute, clock } from '../lib/time-text';

/** A hand-off that "Did you send it?" asks about. */
export interface HandedOff {
  at: string;
  method: HandoffMethod;
  /** The note went on the clipboard with it (a copy, or a mail link too long for the body). */
  onClipboard: boolean;
}

type Recorded = Pick<ThankYouSummary, 'status' | 'handedOffAt' | 'handoffMethod'>;

/**
 * The hand-off still waiting for an answer: the newer of the one made in this editor and the one
 * the backend recorded (also from an earlier session, if the app was closed before answering),
 * unless it has been answered here or the note is sent.
 */
export function pendingQuestion(recorded: Recorded, local: HandedOff | null, answered: string | null): HandedOff | null {
  if (recorded.status === 'sent') return null;
  const stored: HandedOff | null =
    recorded.handedOffAt && recorded.handoffMethod ? { at: recorded.handedOffAt, method: recorded.handoffMethod, onClipboard: recorded.handoffMethod.startsWith('copy') } : null;
  const newest = !local ? stored : !stored || Date.parse(local.at) >= Date.parse(stored.at) ? local : stored;
  if (!newest || newest.at === answered) return null;
  return newest;
}

/** "You opened it in your mail app at 2:05 PM. Did you send it?" (a date when it was not today). */
export function questionText(handedOff: HandedOff, now: Date): string {
  const at = new Date(handedOff.at);
  const when = at.toDateString() === now.toDateString() ? `at ${clock(at)}` : `on ${absolute(at)}`;
  return `You ${HANDOFF_METHOD_LABELS[handedOff.method]} ${when}. Did you send it?`;
}

/** "Copy again" repeats a copy; after a mail link or a file it puts the text on the clipboard for the first time. */
export function copyAgain(handedOff: HandedOff): { label: string; format: 'rich' | 'plain' } {
  return { label: handedOff.onClipboard ? 'Copy again' : 'Copy the text', format: handedOff.method === 'copy-rich' ? 'rich' : 'plain' };
}

/** The channel "Sent" suggests: by email after a mail link or an email draft; else what the settings say. */
export function sentChannelFor(method: HandoffMethod): 'email' | null {
  return method === 'mail-app' || method === 'email-file' ? 'email' : null;
}
