import type { CopyResult, EmailFileResult, MailAppResult } from '../../../shared';

/** One way of handing the note to the mail client, as the Send menu offers it. */
export type HandoffAction = { kind: 'mail-app' } | { kind: 'email-file'; openAfterSaving: boolean } | { kind: 'copy'; format: 'rich' | 'plain' };

/** An action with the backend's answer to it. */
export type HandoffDone =
  | { kind: 'mail-app'; result: MailAppResult }
  | { kind: 'email-file'; result: EmailFileResult }
  | { kind: 'copy'; format: 'rich' | 'plain'; result: CopyResult };

/** Whether the note reached the clipboard (the mail link's body, or a copy). */
export type ClipboardOutcome = { kind: 'not-used' } | { kind: 'written' } | { kind: 'failed'; reason: string };
