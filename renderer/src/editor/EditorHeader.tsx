import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { calendarRefusal, CHANNEL_LABELS, type ThankYouDetail, type ThankYouStatus } from '../../../shared';
import { AddToCalendar } from '../exports/AddToCalendar';
import { KindIcon, kindLabel } from '../ui/KindIcon';
import { absolute, longDate } from '../lib/time-text';
import { Icon } from '../ui/Icon';
import { StatusBadge } from '../thank-yous/StatusBadge';

interface Props {
  detail: ThankYouDetail;
  /** The status after the latest save (the refetch that follows it may still be on its way). */
  status: ThankYouStatus;
  now: Date;
  /** Beside the due time: the ways to send the note. */
  actions?: ReactNode;
  /** Before them: the way on from this note (skip it; once settled, the next one owed). */
  next?: ReactNode;
}

/** Who the note is for, what it thanks them for, and how much time is left. */
export function EditorHeader({ detail, status, now, actions, next }: Props) {
  const { person, occasion } = detail;
  const open = status === 'pending' || status === 'drafted' || status === 'snoozed';
  const role = [person.title, person.company].filter(Boolean).join(' · ');
  return (
    <header className="editor-header">
      <div className="editor-heading">
        <p className="editor-kicker">
          <span className={`kind-chip kind-${occasion.kind}`}>
            <KindIcon kind={occasion.kind} />
            <span className="kind-chip-label">{kindLabel(occasion.kind, occasion.interviewFormat)}</span>
          </span>
          <StatusBadge status={status} />
        </p>
        <h1 id="editor-title">
          Thank-you to{' '}
          <Link to={`/people/${person.id}`} className="editor-person">
            <bdi>{person.fullName}</bdi>
          </Link>
        </h1>
        <p className="editor-meta">
          {role && (
            <>
              <bdi>{role}</bdi>
              <span aria-hidden="true"> · </span>
            </>
          )}
          <Link to={`/occasions/${occasion.id}`}>
            <bdi>{occasion.title}</bdi>
          </Link>
          <span aria-hidden="true"> · </span>
          <time dateTime={occasion.startsAt}>{longDate(occasion.startsAt)}</time>
        </p>
      </div>
      <div className="editor-header-side">
        {open ? (
          <div className="editor-due-group">
            <DueTime dueAt={detail.dueAt} now={now} />
            {calendarRefusal({ ...detail, status }, 'due', now) === null && <AddToCalendar thankYouId={detail.id} what="due" look="link" />}
          </div>
        ) : (
          <Settled detail={detail} status={status} />
        )}
        {next}
        {actions}
      </div>
    </header>
  );
}

/**
 * "Due in 5 h" with the time, amber within the last few hours, red (with an icon) once overdue.
 * The countdown is plain text: a live region would read it out every minute. Only becoming
 * overdue while the note is open is said, once, by a polite region that is there from the start.
 */
function DueTime({ dueAt, now }: { dueAt: string; now: Date }) {
  const left = Date.parse(dueAt) - now.getTime();
  const tone = left < 0 ? 'overdue' : left < 4 * 3_600_000 ? 'soon' : 'later';
  const [openedOverdue] = useState(left < 0);
  const [becameOverdue, setBecameOverdue] = useState(false);
  if (left < 0 && !openedOverdue && !becameOverdue) setBecameOverdue(true);
  return (
    <div className={`editor-due due-${tone}`}>
      <p className="visually-hidden" aria-live="polite" data-testid="due-announcement">
        {becameOverdue ? 'This note is now overdue.' : ''}
      </p>
      <Icon name={left < 0 ? 'alert' : 'clock'} />
      <div>
        <p className="editor-due-relative">{left < 0 ? `Overdue by ${countdown(left)}` : `Due in ${countdown(left)}`}</p>
        <p className="editor-due-absolute">
          {left < 0 ? 'Was due ' : ''}
          <time dateTime={dueAt}>{absolute(dueAt)}</time>
        </p>
      </div>
    </div>
  );
}

/** "25 min", "5 h 34 min", "3 days 4 h": precise enough to count down by, minute by minute. */
export function countdown(ms: number): string {
  const minutes = Math.max(1, Math.floor(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} days` : `${days} days ${hours % 24} h`;
}

function Settled({ detail, status }: { detail: ThankYouDetail; status: ThankYouStatus }) {
  if (status === 'sent') {
    return (
      <div className="editor-due due-done">
        <Icon name="check" />
        <div>
          <p className="editor-due-relative">Sent{detail.channel ? ` · ${CHANNEL_LABELS[detail.channel]}` : ''}</p>
          {detail.sentAt && (
            <p className="editor-due-absolute">
              <time dateTime={detail.sentAt}>{absolute(detail.sentAt)}</time>
            </p>
          )}
        </div>
      </div>
    );
  }
  return (
    <div className="editor-due due-later">
      <Icon name="skip" />
      <div>
        <p className="editor-due-relative">Skipped</p>
        {detail.skipReason && (
          <p className="editor-due-absolute">
            <bdi>{detail.skipReason}</bdi>
          </p>
        )}
      </div>
    </div>
  );
}
