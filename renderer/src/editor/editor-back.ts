import type { BackLinkProps } from '../ui/BackLink';

/**
 * The editor's way back: to wherever the note was opened from (dashboard, person, occasion); to
 * the dashboard when it was opened directly (a bookmark, a fresh window).
 */
export const EDITOR_BACK: BackLinkProps = { to: '/dashboard', label: 'Dashboard', historyBack: true };
