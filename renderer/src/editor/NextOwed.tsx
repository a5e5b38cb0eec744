import { useEffect, useRef, type RefObject } from 'react';
import { Link, useNavigate } from 'react-router';
import './next-owed.css';
import type { NextOwed as NextOwedItem } from '../../../shared';
import { useQuery } from '../api/use-query';
import { soon } from '../lib/time-text';
import { useNow } from '../lib/use-now';
import { Icon } from '../ui/Icon';
import { isOverlayOpen } from '../ui/overlay-open';
import type { EditorCameFrom } from './editor-back';
import { useEditorBack } from './EditorBackLink';
import { isNextOwedKey, NEXT_OWED_SHORTCUT } from './next-owed-shortcut';

/**
 * Once a note is sent or skipped, the way on: "Next: Marcus Chen, due Sat 10:00" (the rest of the
 * panel first, else the most urgent one owed), or "all caught up" with the way to the dashboard.
 * Alt+N (⌥N) follows it from anywhere in the editor.
 */
export function NextOwed({ id }: { id: number }) {
  const { state } = useQuery('thanks.nextOwed', { id });
  const navigate = useNavigate();
  // The next note leads back where this one does.
  const { cameFrom } = useEditorBack();
  const link = useRef<HTMLAnchorElement>(null);
  const next = state.status === 'loaded' ? state.data : undefined;
  // The next note takes this one's place in the history: Back and Escape from it lead to where
  // the run of notes started (the dashboard, the occasion), not through the notes already done.
  const to = next ? `/thanks/${next.id}` : '/dashboard';
  const replace = next !== null;

  useEffect(() => {
    if (next === undefined) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isNextOwedKey(event) || isOverlayOpen()) return;
      event.preventDefault();
      void navigate(to, { replace, state: replace ? cameFrom : undefined });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, next, to, replace, cameFrom]);

  // Arriving here usually follows a dialog ("Sent", "Skip") whose button has gone: focus falls
  // to the page (or the main content, where a closing dialog puts it then), so it goes to the way
  // on. Focus the user put somewhere stays there.
  useEffect(() => {
    const focused = document.activeElement;
    if (next !== undefined && (focused === null || focused === document.body || focused.id === 'main')) link.current?.focus();
  }, [next]);

  // Nothing to offer while asking, or if asking failed: the back link still leads on.
  if (next === undefined) return null;
  return next === null ? <CaughtUp linkRef={link} /> : <NextLink next={next} linkRef={link} cameFrom={cameFrom} />;
}

function NextLink({ next, linkRef, cameFrom }: { next: NonNullable<NextOwedItem>; linkRef: RefObject<HTMLAnchorElement | null>; cameFrom: EditorCameFrom }) {
  const now = useNow(60_000);
  const overdue = Date.parse(next.dueAt) < now.getTime();
  return (
    <div className="next-owed">
      <Link ref={linkRef} to={`/thanks/${next.id}`} replace state={cameFrom} className="button primary next-owed-link" aria-keyshortcuts={NEXT_OWED_SHORTCUT.aria}>
        <span className="next-owed-text">
          Next: <bdi>{next.fullName}</bdi>, {overdue ? 'overdue since' : 'due'} <time dateTime={next.dueAt}>{soon(next.dueAt, now)}</time>
        </span>
        <kbd aria-hidden="true">{NEXT_OWED_SHORTCUT.label}</kbd>
      </Link>
      <p className="next-owed-why">
        {next.sameOccasion ? (
          'The next one from this occasion'
        ) : (
          <>
            Most urgent one owed · <bdi>{next.occasionTitle}</bdi>
          </>
        )}
      </p>
    </div>
  );
}

function CaughtUp({ linkRef }: { linkRef: RefObject<HTMLAnchorElement | null> }) {
  return (
    <div className="next-owed caught-up" role="status">
      <Icon name="check" />
      <p>
        That was the last one owed — all caught up.{' '}
        <Link ref={linkRef} to="/dashboard" className="caught-up-link" aria-keyshortcuts={NEXT_OWED_SHORTCUT.aria}>
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
