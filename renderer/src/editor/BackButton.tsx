import { useNavigate } from 'react-router';
import { Icon } from '../ui/Icon';

/**
 * Back to wherever the note was opened from (dashboard, person, occasion); to the dashboard when
 * the note was opened directly (a bookmark, a fresh window).
 */
export function BackButton() {
  const navigate = useNavigate();
  const canGoBack = typeof window.history.state?.idx === 'number' && window.history.state.idx > 0;
  return (
    <button type="button" className="back-link editor-back" onClick={() => (canGoBack ? navigate(-1) : navigate('/dashboard'))}>
      <Icon name="back" />
      {canGoBack ? 'Back' : 'Dashboard'}
    </button>
  );
}
