import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { findUnfinished, type AppError, placeSuggestion, pointsFor, reviewNote, type FilledTemplate, type NoteCheck, type NoteReviewInput, type Settings, type Template, type ThankYouDetail, type ThankYouStatus } from '../../../shared';
import { useClient } from '../api/client-context';
import { useQueryValue } from '../api/use-query';
import { HandoffPanel } from '../handoff/HandoffPanel';
import { SendMenu } from '../handoff/SendMenu';
import type { HandoffAction } from '../handoff/handoff-types';
import { useHandoff } from '../handoff/use-handoff';
import { useNow } from '../lib/use-now';
import { useToast } from '../ui/toast';
import { CoachPanel } from './CoachPanel';
import { clipboardTextOf, ConflictNotice } from './ConflictNotice';
import { EditorBackLink } from './EditorBackLink';
import { DuplicateDialog } from './DuplicateDialog';
import { EditorHeader } from './EditorHeader';
import { EditorToolbar } from './EditorToolbar';
import { NextOwed } from './NextOwed';
import { NoteFields } from './NoteFields';
import { LeftoverNotice, RestoredNotice, SentNotice } from './NoteNotices';
import { NotePreview } from './NotePreview';
import { ParticipantNotesPanel } from './ParticipantNotesPanel';
import { NoteStatusBar } from './NoteStatusBar';
import { selectNextPlaceholder } from './placeholders';
import { SHORTCUTS } from './editor-extensions';
import { MarkdownEditor, type MarkdownEditorHandle } from './MarkdownEditor';
import { readCursor, writeCursor, type DraftFields } from './local-copy';
import type { SaveState } from './autosaver';
import { fillFor, templateTextFor, type StartingDraft } from './starting-draft';
import { SendAnywayDialog } from './SendAnywayDialog';
import { sendConcerns } from './send-guard';
import { SidePanel } from './SidePanel';
import { SkipNote } from './SkipNote';
import { storedDraftFrom, storedDraftOf } from './stale-draft';
import { TemplateConfirmDialog } from './TemplateConfirmDialog';
import { useEscapeLeaves } from './use-escape-leaves';
import { useNoteAutosave } from './use-note-autosave';

interface Props {
  /** Kept current by the loader (status, due time, names); the text is read from `start` once. */
  detail: ThankYouDetail;
  start: StartingDraft;
  settings: Settings;
  templates: Template[];
}

/** The open note: header, To / Subject / Template, the Markdown editor, the coach and the preview. */
export function NoteEditor({ detail, start, settings, templates }: Props) {
  const id = detail.id;
  const editor = useRef<MarkdownEditorHandle>(null);
  const now = useNow(15_000);
  const readOnly = detail.status === 'sent';

  const [subject, setSubject] = useState(start.fields.subject);
  const [recipient, setRecipient] = useState(start.fields.recipient);
  const [body, setBody] = useState(start.fields.body);
  const fields = useRef<DraftFields>(start.fields);
  const [template, setTemplate] = useState<{ template: Template; filled: FilledTemplate } | null>(
    start.source.kind === 'template' ? { template: start.source.template, filled: start.source.filled } : null,
  );
  const [confirming, setConfirming] = useState<Template | null>(null);
  const [duplicating, setDuplicating] = useState(false);
  const focusText = useRef(false);
  const [showRestored, setShowRestored] = useState(start.source.kind === 'restored');
  // The status a save answered with, until the refetch it causes brings a newer detail.
  const [afterSave, setAfterSave] = useState<{ detail: ThankYouDetail; status: ThankYouStatus } | null>(null);
  const status = afterSave && afterSave.detail === detail ? afterSave.status : detail.status;
  const settled = status === 'sent' || status === 'skipped';

  const autosave = useNoteAutosave({
    id,
    saved: { subject: detail.subject, body: detail.body, recipient: detail.recipient },
    savedAt: detail.draftSavedAt,
    revision: detail.draftRevision,
    enabled: !readOnly,
    onSaved: (saved) => setAfterSave({ detail, status: saved.status }),
  });
  // Saved in another window meanwhile: both versions are shown, and this one stays editable.
  const stale = autosave.state.phase === 'conflict' ? storedDraftOf(autosave.state.error) : null;
  const locked = readOnly || (autosave.state.phase === 'conflict' && stale === null);
  const client = useClient();
  const toast = useToast();
  const handoff = useHandoff({
    id,
    recorded: detail,
    currentDraft: () => ({ ...fields.current, draftRevision: autosave.revision() }),
    onDraftSaved: autosave.savedElsewhere,
    onStaleDraft: (error) => {
      if (storedDraftOf(error) === null) return false;
      autosave.conflictFound(error);
      return true;
    },
  });
  const { clearFieldError } = handoff;
  useEscapeLeaves(autosave.flush);

  // Text brought back from the unsaved copy is saved straight away.
  const restored = start.source.kind === 'restored';
  const { change } = autosave;
  useEffect(() => {
    if (restored) change(fields.current);
  }, [restored, change]);

  const update = useCallback(
    (next: Partial<DraftFields>) => {
      fields.current = { ...fields.current, ...next };
      change(fields.current);
    },
    [change],
  );
  const onBodyChange = useCallback(
    (text: string) => {
      setBody(text);
      update({ body: text });
      clearFieldError('body');
    },
    [update, clearFieldError],
  );
  /** Puts `next` in the fields and the editor; the editor reports the change like any edit. */
  const show = useCallback((next: DraftFields) => {
    const bodyChanges = fields.current.body !== next.body;
    fields.current = next;
    setSubject(next.subject);
    setRecipient(next.recipient);
    if (bodyChanges) editor.current?.replaceAll(next.body);
  }, []);

  function keepTheirs(theirs: NonNullable<typeof stale>) {
    autosave.resolve(theirs, theirs.fields);
    show(theirs.fields);
  }

  // Saved in another window while nothing typed here was waiting: there is nothing to choose, so
  // this window shows that version (and its next save is written on it).
  const { resolve, revision: currentRevision } = autosave;
  const idle = autosave.state.phase === 'untouched' || autosave.state.phase === 'saved';
  useEffect(() => {
    const stored = storedDraftFrom(detail);
    if (readOnly || !idle || stored === null || stored.revision <= currentRevision()) return;
    const differs = stored.fields.body !== fields.current.body || stored.fields.subject !== fields.current.subject || stored.fields.recipient !== fields.current.recipient;
    resolve(stored, stored.fields);
    if (!differs) return;
    show(stored.fields);
    toast({ message: 'This note was changed in another window: it now shows that version.' });
  }, [detail, readOnly, idle, currentRevision, resolve, show, toast]);

  const cursorTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSelectionChange = useCallback(
    (selection: { anchor: number; head: number }) => {
      clearTimeout(cursorTimer.current);
      cursorTimer.current = setTimeout(() => writeCursor(id, selection), 300);
    },
    [id],
  );
  const initialCursor = useMemo(() => readCursor(id), [id]);

  function pickTemplate(next: Template) {
    const untouched = body.trim() === '' || (template !== null && body === template.filled.body);
    if (untouched) applyTemplate(next);
    else setConfirming(next);
  }

  function applyTemplate(next: Template) {
    const filled = fillFor(next, detail, settings);
    // The subject follows the template unless you wrote your own.
    if (subject.trim() === '' || (template !== null && subject === template.filled.subject)) {
      setSubject(filled.subject);
      update({ subject: filled.subject });
    }
    setTemplate({ template: next, filled });
    // One undoable change; the editor reports it like any edit, so it is saved.
    editor.current?.replaceAll(filled.body);
    focusText.current = true;
  }

  // Back to the text once a confirmation (a modal, which makes the page inert) has gone, so
  // typing or Ctrl+Z acts on the note.
  useEffect(() => {
    if (confirming === null && guarded === null && focusText.current) {
      focusText.current = false;
      editor.current?.focus();
    }
  });

  // The coach knows where its sentence belongs (before the sign-off, after the opening thanks…).
  const onSuggestion = useCallback((check: NoteCheck) => {
    const { suggestion } = check;
    if (suggestion) editor.current?.applyEdit((text) => placeSuggestion(text, check.id, suggestion));
  }, []);

  // The preview and the coach work on deferred copies: typing is never held up by them.
  const deferredBody = useDeferredValue(body);
  const deferredSubject = useDeferredValue(subject);
  const { person, occasion } = detail;
  const minute = Math.floor(now.getTime() / 60_000);
  // What the coach compares the note with: your other notes and the rest of the panel.
  const comparable = useQueryValue('thanks.comparableNotes', { id });
  // This person's own points first, then the occasion's, as the template has them.
  const points = useMemo(() => pointsFor({ occasion, participantNotes: detail.participantNotes }), [occasion, detail.participantNotes]);
  const templateText = useMemo(() => template?.filled.body ?? templateTextFor(detail, settings, templates), [template, detail, settings, templates]);
  const coachInput = useMemo<NoteReviewInput>(
    () => ({
      markdown: deferredBody,
      subject: deferredSubject,
      person: { name: person.fullName, addressAs: person.addressAs },
      occasion: {
        kind: occasion.kind,
        discussionPoints: points.discussionPoints,
        promisedFollowUps: points.promisedFollowUps.map((promised) => [promised.text, promised.url].filter(Boolean).join(' ')),
      },
      dueAt: detail.dueAt,
      now: new Date(minute * 60_000),
      otherNotes: comparable?.items,
      otherParticipants: comparable?.otherParticipants,
      templateText,
    }),
    [
      deferredBody,
      deferredSubject,
      person.fullName,
      person.addressAs,
      occasion.kind,
      points,
      detail.dueAt,
      minute,
      comparable,
      templateText,
    ],
  );

  // The hand-off guard. What a template left to fill in is refused by the backend, with the
  // reason at the note; a note the coach finds generic, copied or to someone else asks first.
  const [guarded, setGuarded] = useState<{ action: HandoffAction; concerns: NoteCheck[]; note: string } | null>(null);
  const confirmedNote = useRef<string | null>(null);
  function send(action: HandoffAction) {
    const { subject: currentSubject, body: currentBody } = fields.current;
    const note = `${currentSubject}\n${currentBody}`;
    const unfinished = findUnfinished(currentSubject).length + findUnfinished(currentBody).length > 0;
    if (!readOnly && !unfinished && confirmedNote.current !== note) {
      const concerns = sendConcerns(reviewNote({ ...coachInput, markdown: currentBody, subject: currentSubject, now: new Date() }));
      if (concerns.length > 0) return setGuarded({ action, concerns, note });
    }
    void handoff.run(action);
  }

  const saveError = shownSaveError(autosave.state);
  // A hand-off's message is the newest about its field; the autosave's stays until fixed.
  const savedFieldError = (name: string) => saveError?.fields?.find((f) => f.field === name)?.message;
  const fieldError = (name: 'subject' | 'recipient') => handoff.fieldErrors[name] ?? savedFieldError(name);
  const bodyError = handoff.fieldErrors.body ?? (saveError && !savedFieldError('subject') && !savedFieldError('recipient') ? saveError.message : null);

  return (
    <section className={`screen editor-screen${locked ? ' is-read-only' : ''}`} aria-labelledby="editor-title">
      <EditorBackLink />
      <EditorHeader
        detail={detail}
        status={status}
        now={now}
        next={settled ? <NextOwed id={id} /> : <SkipNote thankYou={detail} personName={person.fullName} />}
        actions={
          <SendMenu
            secondary={settled}
            disabledReason={body.trim() === '' ? 'The note is empty: write it first.' : null}
            busy={handoff.busy}
            desktop={client.transport === 'ipc'}
            noAddress={person.emails.length === 0}
            onAction={send}
          />
        }
      />

      <HandoffPanel handoff={handoff} detail={detail} defaultChannel={settings.defaultChannel} beforeSent={autosave.flush} />
      {stale && (
        <ConflictNotice
          mine={fields.current}
          theirs={stale}
          onKeepMine={() => autosave.resolve(stale, fields.current)}
          onKeepTheirs={() => keepTheirs(stale)}
          onKeepBoth={() =>
            void navigator.clipboard.writeText(clipboardTextOf(fields.current)).then(
              () => {
                keepTheirs(stale);
                toast({ message: 'Your version is on the clipboard; the note now has the other window’s.' });
              },
              () => toast({ message: 'Your version could not be copied, so nothing was changed: copy it by hand, or keep yours.', tone: 'error' }),
            )
          }
        />
      )}
      {readOnly && <SentNotice detail={detail} onDuplicate={() => setDuplicating(true)} />}
      {readOnly && <LeftoverNotice id={id} sentBody={detail.body} />}
      {showRestored && start.source.kind === 'restored' && <RestoredNotice writtenAt={start.source.writtenAt} onDismiss={() => setShowRestored(false)} />}

      <NoteFields
        person={person}
        readOnly={locked}
        subject={subject}
        recipient={recipient}
        subjectError={fieldError('subject')}
        recipientError={fieldError('recipient')}
        templates={templates}
        templateId={template?.template.id ?? null}
        onSubject={(value) => {
          setSubject(value);
          update({ subject: value });
          clearFieldError('subject');
        }}
        onRecipient={(value) => {
          setRecipient(value);
          update({ recipient: value });
          clearFieldError('recipient');
          autosave.flush();
        }}
        onSubjectBlur={autosave.flush}
        onTemplate={pickTemplate}
      />
      <ParticipantNotesPanel detail={detail} />

      <div className={`editor-workspace${locked ? ' single' : ''}`}>
        <div className="compose-pane card">
          <EditorToolbar
            editor={editor}
            readOnly={locked}
            body={deferredBody}
            saveState={autosave.state}
            savedAt={detail.draftSavedAt}
            isNew={start.source.kind === 'template'}
            onRetry={autosave.flush}
          />
          {bodyError && (
            <p className="editor-error" role="alert">
              {bodyError} {(autosave.state.phase === 'invalid' || autosave.state.phase === 'stopped') && 'What you typed is kept on this computer until it can be saved.'}
              {autosave.state.phase === 'retrying' && 'What you typed is kept on this computer, and Thankful tries again by itself.'}
              {handoff.fieldErrors.body && findUnfinished(body).length > 0 && (
                <button type="button" className="link-button inline-action" aria-keyshortcuts={SHORTCUTS.nextPlaceholder} onClick={() => editor.current?.run(selectNextPlaceholder)}>
                  Go to the next one
                </button>
              )}
            </p>
          )}
          <MarkdownEditor
            ref={editor}
            initialText={start.fields.body}
            initialSelection={initialCursor}
            readOnly={readOnly}
            autoFocus={!readOnly}
            label={`Note to ${person.fullName}`}
            onChange={onBodyChange}
            onSelectionChange={onSelectionChange}
            onBlur={autosave.flush}
          />
          <NoteStatusBar body={deferredBody} readOnly={locked} />
        </div>
        <SidePanel
          readOnly={locked}
          coach={<CoachPanel input={coachInput} onSuggestion={onSuggestion} readOnly={locked} />}
          preview={<NotePreview markdown={deferredBody} subject={deferredSubject} />}
        />
      </div>

      {guarded && (
        <SendAnywayDialog
          personName={person.fullName}
          concerns={guarded.concerns}
          onKeepEditing={() => {
            setGuarded(null);
            focusText.current = true;
          }}
          onSendAnyway={() => {
            // Asked once per version of the note: a second hand-off of the same text goes straight through.
            confirmedNote.current = guarded.note;
            setGuarded(null);
            void handoff.run(guarded.action);
          }}
        />
      )}
      {duplicating && <DuplicateDialog source={detail} onClose={() => setDuplicating(false)} />}
      {confirming && (
        <TemplateConfirmDialog
          template={confirming}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            applyTemplate(confirming);
            setConfirming(null);
          }}
        />
      )}
    </section>
  );
}

/**
 * The save problem said above the note. A retry after a dropped connection speaks for itself in
 * the indicator; a full, busy or failing disk needs the person to know what to do.
 */
function shownSaveError(state: SaveState): AppError | null {
  if (state.phase === 'conflict') return storedDraftOf(state.error) ? null : state.error;
  if (state.phase === 'invalid' || state.phase === 'stopped') return state.error;
  if (state.phase === 'retrying' && ['DISK_FULL', 'DATABASE_BUSY', 'STORAGE_FAILED'].includes(state.error.code)) return state.error;
  return null;
}
