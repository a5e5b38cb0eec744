import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { AppError, Settings, Template, ThankYouDetail } from '../../../shared';
import { useClient } from '../api/client-context';
import { useQuery } from '../api/use-query';
import { RouteIdPage } from '../app/route-id';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { EditorBackLink, useEditorBack } from './EditorBackLink';
import { QueryState } from '../ui/QueryState';
import { readUnsavedCopy } from './local-copy';
import { startingDraft, type StartingDraft } from './starting-draft';
import './editor.css';

// CodeMirror, marked, DOMPurify and the coach load with the first note opened, not with the app.
const NoteEditor = lazy(() => import('./NoteEditor').then((module) => ({ default: module.NoteEditor })));

/** `#/thanks/:thankYouId`: writing one thank-you note. */
export function EditorScreen() {
  // A new note is a new editor: the old one saves what was waiting as it goes.
  return (
    <RouteIdPage param="thankYouId" notFound={<NoteNotFound />}>
      {(id) => <EditorLoader id={id} />}
    </RouteIdPage>
  );
}

type Prepared = { status: 'loading' } | { status: 'failed'; error: AppError } | { status: 'loaded'; start: StartingDraft; settings: Settings; templates: Template[] };

function EditorLoader({ id }: { id: number }) {
  const client = useClient();
  const { state, reload } = useQuery('thanks.get', { id });
  const [prepared, setPrepared] = useState<Prepared>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const live = state.status === 'loaded' ? state.data : null;

  // What the note opens with is worked out once, from the first answer, the settings (your name
  // and signature) and the templates of its kind; again only if it is sent (or reopened) meanwhile,
  // since a sent note is shown as sent, read-only.
  const [opening, setOpening] = useState<ThankYouDetail | null>(null);
  if (live && (opening === null || (opening.status === 'sent') !== (live.status === 'sent'))) {
    setOpening(live);
    setPrepared({ status: 'loading' });
  }

  useEffect(() => {
    if (!opening) return;
    let current = true;
    void Promise.all([client.call('settings.get', {}), client.call('templates.list', { kind: opening.occasion.kind })]).then(([settings, templates]) => {
      if (!current) return;
      if (!settings.ok) return setPrepared({ status: 'failed', error: settings.error });
      if (!templates.ok) return setPrepared({ status: 'failed', error: templates.error });
      setPrepared({
        status: 'loaded',
        start: startingDraft(opening, settings.value, templates.value.items, readUnsavedCopy(id)),
        settings: settings.value,
        templates: templates.value.items,
      });
    });
    return () => {
      current = false;
    };
  }, [client, id, opening, attempt]);

  if (state.status !== 'loaded') {
    return (
      <QueryState state={state} onRetry={reload} look="card" loadingText="Opening the note…" failedText="This note could not be opened." notFound={<NoteNotFound />} frame={frame}>
        {() => null}
      </QueryState>
    );
  }
  if (prepared.status !== 'loaded') {
    return (
      <QueryState state={prepared} onRetry={() => setAttempt((n) => n + 1)} look="card" loadingText="Opening the note…" failedText="This note could not be opened." frame={frame}>
        {() => null}
      </QueryState>
    );
  }
  return (
    <Suspense fallback={frame(<p className="muted">Opening the note…</p>, true)}>
      <NoteEditor detail={state.data} start={prepared.start} settings={prepared.settings} templates={prepared.templates} />
    </Suspense>
  );
}

function frame(message: ReactNode, busy: boolean) {
  return (
    <section className="screen editor-message" aria-busy={busy || undefined}>
      <EditorBackLink />
      {message}
    </section>
  );
}

function NoteNotFound() {
  const { origin } = useEditorBack();
  return (
    <NotFoundScreen back={{ to: origin.path, label: origin.label }} title="This thank-you no longer exists" action={{ to: '/dashboard', label: 'Dashboard' }}>
      Its occasion or its person may have been deleted.
    </NotFoundScreen>
  );
}
