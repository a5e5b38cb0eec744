import type { ReactNode } from 'react';
import type { AppError } from '../../../shared';

/** What `useQuery` and `usePagedList` report while reading. */
type LoadState = { status: 'loading' } | { status: 'failed'; error: AppError } | { status: 'loaded' };

/** Wraps the loading and error messages; `busy` while loading, for the wrapper's `aria-busy`. */
type Frame = (message: ReactNode, busy: boolean) => ReactNode;

interface Props<S extends LoadState> {
  state: S;
  /** Runs the query again ("Try again"). */
  onRetry(): void;
  /** What to show once loaded. */
  children(loaded: Extract<S, { status: 'loaded' }>): ReactNode;
  /** `list`: a message row inside a list card. `card`: on a screen of its own, the error in a card. */
  look?: 'list' | 'card';
  loadingText?: string;
  /** Said before the backend's message when loading failed, e.g. "Your settings could not be loaded." */
  failedText?: string;
  /** Shown instead of the error when what was asked for does not exist (NOT_FOUND). */
  notFound?: ReactNode;
  /** Puts the messages in the screen's own frame (see `screenFrame`), which then carries `aria-busy`. */
  frame?: Frame;
}

/**
 * The loading, failed (with "Try again") and not-found states of a read, and the content once it
 * has loaded.
 */
export function QueryState<S extends LoadState>({ state, onRetry, children, look = 'list', loadingText = 'Loading…', failedText, notFound, frame }: Props<S>) {
  const current: LoadState = state;
  if (current.status === 'loaded') return children(state as Extract<S, { status: 'loaded' }>);
  if (current.status === 'failed' && current.error.code === 'NOT_FOUND' && notFound !== undefined) return notFound;
  const framed = frame ?? ((message: ReactNode) => message);
  // Without a frame around it, the message itself says that something is on its way.
  const busy = frame ? undefined : true;
  if (current.status === 'loading') {
    return framed(
      <p className={look === 'list' ? 'list-message' : 'muted'} aria-busy={busy}>
        {loadingText}
      </p>,
      true,
    );
  }
  return framed(
    <div className={look === 'list' ? 'list-message error' : 'card list-message error'} role="alert">
      <p>
        {failedText && `${failedText} `}
        {current.error.message}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>,
    false,
  );
}

/** A frame for a page about one thing: its screen section, with the way back above the message. */
export function screenFrame(className: string, back: ReactNode): Frame {
  return (message, busy) => (
    <section className={className} aria-busy={busy || undefined}>
      {back}
      {message}
    </section>
  );
}
