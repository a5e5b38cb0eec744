import type { ThankYouStatus } from '../../../shared';
import { STATUS_LABELS } from './status-labels';

/** The one badge for a thank-you's status; its style is `.status-badge` in ui/common.css. */
export function StatusBadge({ status }: { status: ThankYouStatus }) {
  return <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
