import './back-link.css';
import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { Icon } from './Icon';

export interface BackLinkProps {
  /** Where the link goes. */
  to: string;
  /** What it says, e.g. "People". */
  label: string;
  /**
   * Back to wherever the page was opened from (then it says "Back"), when this window has been
   * somewhere before; else to `to`, as for a page opened directly (a bookmark, a fresh window).
   */
  historyBack?: boolean;
}

/** Whether this window has been somewhere before this page (react-router numbers its history entries). */
const hasBeenElsewhere = () => typeof window.history.state?.idx === 'number' && window.history.state.idx > 0;

/** The way back as an action, for a key that leaves the page (the editor's Escape): what the link does. */
export function useGoBack({ to, historyBack = false }: Pick<BackLinkProps, 'to' | 'historyBack'>): () => void {
  const navigate = useNavigate();
  return useCallback(() => void (historyBack && hasBeenElsewhere() ? navigate(-1) : navigate(to)), [navigate, to, historyBack]);
}

/** The way back, at the top of a page about one thing. */
export function BackLink({ to, label, historyBack = false }: BackLinkProps) {
  const navigate = useNavigate();
  const canGoBack = historyBack && hasBeenElsewhere();
  return (
    <Link
      className="back-link"
      to={to}
      onClick={
        canGoBack
          ? (event) => {
              event.preventDefault();
              void navigate(-1);
            }
          : undefined
      }
    >
      <Icon name="back" />
      {canGoBack ? 'Back' : label}
    </Link>
  );
}
