import { useCallback, useRef, useState } from 'react';
import type { AppError, HandoffMethod } from '../../../shared';
import { useClient } from '../api/client-context';
import { useToast } from '../ui/toast';
import { IS_MAC } from '../lib/platform-keys';
import { callHandoff, type HandoffDraft } from './call-handoff';
import { browserEffects, completeInPage } from './complete-in-page';
import { handoffFeedback, keysFor, placeHandoffError, type HandoffField, type HandoffNotice, type HandoffProblem } from './handoff-feedback';
import type { HandoffAction, HandoffDone } from './handoff-types';
import { pendingQuestion, type HandedOff } from './sent-question';

interface Options {
  id: number;
  /** What the backend recorded (status, the last hand-off not answered yet). */
  recorded: Parameters<typeof pendingQuestion>[0];
  /** The note as the editor shows it; a sent note is handed off as it was sent, without it. */
  currentDraft(): HandoffDraft;
  /** The backend saved the draft on the way (the autosave need not). */
  onDraftSaved(draft: HandoffDraft, at: string, revision: number): void;
  /**
   * The note was saved in another window since the editor's text was written: the editor shows
   * both versions (nothing was handed off). True when it took the error, so no notice repeats it.
   */
  onStaleDraft(error: AppError): boolean;
}

const methodOf = (done: HandoffDone): HandoffMethod => (done.kind === 'copy' ? `copy-${done.format}` : done.kind);

/**
 * Handing the open note to the mail client, and what follows: messages at the input they are
 * about, a notice that stays until dismissed, and the "Did you send it?" question.
 */
export function useHandoff({ id, recorded, currentDraft, onDraftSaved, onStaleDraft }: Options) {
  const client = useClient();
  const toast = useToast();
  const [busy, setBusy] = useState<HandoffAction['kind'] | null>(null);
  // One hand-off at a time, also for a double click within one render.
  const running = useRef(false);
  const [fieldErrors, setFieldErrors] = useState<HandoffProblem['fields']>({});
  const [notice, setNotice] = useState<HandoffNotice | null>(null);
  const [handedOff, setHandedOff] = useState<HandedOff | null>(null);
  // The hand-off answered here ("Not yet", "Sent"), until the backend's record catches up.
  const [answered, setAnswered] = useState<string | null>(null);
  const sent = recorded.status === 'sent';
  // Stable, for the editor's change handlers: a message goes once its input is changed.
  const clearFieldError = useCallback(
    (field: HandoffField) => setFieldErrors((all) => (all[field] === undefined ? all : { ...all, [field]: undefined })),
    [],
  );

  async function run(action: HandoffAction): Promise<void> {
    if (running.current) return;
    running.current = true;
    setBusy(action.kind);
    try {
      await handOff(action);
    } finally {
      running.current = false;
      setBusy(null);
    }
  }

  async function handOff(action: HandoffAction): Promise<void> {
    const draft = sent ? undefined : currentDraft();
    const answer = await callHandoff(client, id, draft, action);
    if (!answer.ok) {
      if (draft && onStaleDraft(answer.error)) return;
      if (draft) await adoptSavedRevision(draft);
      const problem = placeHandoffError(answer.error);
      setFieldErrors(problem.fields);
      setNotice(problem.notice);
      return;
    }
    const done = answer.value;
    if (draft) onDraftSaved(draft, done.result.handedOffAt ?? new Date().toISOString(), done.result.draftRevision);
    const clipboard = await completeInPage(done, browserEffects);
    const feedback = handoffFeedback(done, clipboard, keysFor(IS_MAC));
    setFieldErrors({});
    setNotice(feedback.notice);
    if (feedback.toast) toast({ message: feedback.toast });
    if (feedback.handedOffAt && !sent) setHandedOff({ at: feedback.handedOffAt, method: methodOf(done), onClipboard: clipboard.kind === 'written' });
  }

  /**
   * A refused hand-off may have saved the note before it was refused (a placeholder left, no mail
   * app): when the stored text is the one sent, the editor takes its revision, or its next save
   * would be refused as if another window had written it.
   */
  async function adoptSavedRevision(draft: HandoffDraft): Promise<void> {
    const stored = await client.call('thanks.get', { id });
    if (!stored.ok || stored.value.draftSavedAt === null) return;
    const { subject, body, draftRevision, draftSavedAt } = stored.value;
    if (subject === draft.subject && body === draft.body && draftRevision !== draft.draftRevision) onDraftSaved(draft, draftSavedAt, draftRevision);
  }

  const question = pendingQuestion(recorded, handedOff, answered);

  /** "Sent" or "Not yet": the question and what the hand-off left on screen go. */
  function answer(at: string) {
    setAnswered(at);
    setNotice(null);
  }

  async function notYet(): Promise<void> {
    if (!question) return;
    const result = await client.call('handoff.dismiss', { id });
    if (result.ok) answer(question.at);
    else toast({ message: `It could not be put off: ${result.error.message}`, tone: 'error' });
  }

  return {
    busy,
    run,
    fieldErrors,
    clearFieldError,
    notice,
    dismissNotice: () => setNotice(null),
    question,
    answer,
    notYet,
    /** The browser cannot tell whether a mail app took the link; the desktop app can. */
    inBrowser: client.transport === 'http',
  };
}

export type Handoff = ReturnType<typeof useHandoff>;
