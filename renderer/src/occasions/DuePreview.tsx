import { thankYouDueAt, type DEFAULT_DUE_HOURS, type OccasionKind } from '../../../shared';
import { soon, span } from '../lib/time-text';

/** When the thank-yous will be due, counted from the end, and how far off that is. */
export function DuePreview({
  mode,
  kind,
  end,
  dueHours,
  count,
  now,
}: {
  mode: 'create' | 'edit';
  kind: OccasionKind;
  end: Date | null;
  dueHours: typeof DEFAULT_DUE_HOURS;
  count: number;
  now: Date;
}) {
  const due = end ? thankYouDueAt(kind, end, dueHours) : null;
  if (!due) return <span>Enter when it happened to see when the thank-yous are due.</span>;
  const overdue = due.getTime() < now.getTime();
  const when = (
    <strong>
      <time dateTime={due.toISOString()}>{soon(due, now)}</time>
    </strong>
  );
  const relative = overdue ? `already overdue by ${span(now.getTime() - due.getTime())}` : `in ${span(due.getTime() - now.getTime())}`;
  const subject =
    mode === 'edit'
      ? 'Thank-yous without a custom due time will be due by'
      : count === 0
        ? 'Each person you add gets their own thank-you, due by'
        : count === 1
          ? '1 thank-you will be due by'
          : `${count} thank-yous will be due by`;
  return (
    <span className={overdue ? 'due-preview overdue' : 'due-preview'}>
      {subject} {when} <span className="due-relative">({relative})</span>
    </span>
  );
}
