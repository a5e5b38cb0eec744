import type { Result } from '../../../shared';
import type { Client } from '../api/client';
import type { HandoffAction, HandoffDone } from './handoff-types';

/** The note as the editor shows it, saved by the backend before it is handed off. */
export interface HandoffDraft {
  subject: string;
  body: string;
  recipient: string | null;
  /** The revision the editor's text was written on: text saved meanwhile elsewhere is a CONFLICT. */
  draftRevision: number;
}

/** Asks the backend to hand the note off the chosen way; the answer is tagged with the way. */
export async function callHandoff(client: Client, id: number, draft: HandoffDraft | undefined, action: HandoffAction): Promise<Result<HandoffDone>> {
  const input = draft ? { id, draft } : { id };
  switch (action.kind) {
    case 'mail-app': {
      const answer = await client.call('handoff.openInMailApp', input);
      return answer.ok ? { ok: true, value: { kind: 'mail-app', result: answer.value } } : answer;
    }
    case 'email-file': {
      const answer = await client.call('handoff.saveEmailFile', { ...input, openAfterSaving: action.openAfterSaving });
      return answer.ok ? { ok: true, value: { kind: 'email-file', result: answer.value } } : answer;
    }
    case 'copy': {
      const answer = await client.call('handoff.copy', { ...input, format: action.format });
      return answer.ok ? { ok: true, value: { kind: 'copy', format: action.format, result: answer.value } } : answer;
    }
  }
}
