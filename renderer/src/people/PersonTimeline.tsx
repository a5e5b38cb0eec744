import { Link } from 'react-router';
import { CHANNEL_LABELS, OCCASION_KIND_LABELS, OCCASION_KINDS, type OccasionKind, type PersonDetail, type ThankYouSummary } from '../../../shared';
import { useLogOccasion } from '../app/log-occasion';
import { noteLinkLabel, notePath } from '../thank-yous/note-link';
import { capitalize } from '../lib/text';
import { absolute, dueRelative, shortDate } from '../lib/time-text';
import { Icon, type IconName } from '../ui/Icon';

type TimelineEntry = PersonDetail['timeline'][number];

interface Props {
  person: PersonDetail;
}

/** What this person did for you, newest first, and whether and when you thanked them. */
export function PersonTimeline({ person }: Props) {
  const logOccasion = useLogOccasion();
  const entries = [...person.timeline].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt) || b.occasionId - a.occasionId);
  return (
    <section className="card person-timeline" aria-labelledby="timeline-title">
      <div className="pp-card-header">
        <h2 id="timeline-title">Timeline</h2>
        {entries.length > 0 && (
          <span className="count">{entries.length === 1 ? '1 occasion' : `${entries.length} occasions`}</span>
        )}
      </div>
      {entries.length === 0 ? (
        <div className="empty-state pp-compact">
          <p className="empty-title">Nothing recorded yet</p>
          <p>
            When <bdi>{person.addressAs || person.fullName}</bdi> interviews you, refers you or helps in another way, log it here and the
            thank-you they are owed will show up.
          </p>
          <button type="button" className="button" onClick={() => logOccasion({ personIds: [person.id] })}>
            <Icon name="plus" />
            Log an occasion
          </button>
        </div>
      ) : (
        <ol className="pp-timeline">
          {entries.map((entry) => (
            <TimelineItem key={entry.occasionId} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const kind = (OCCASION_KINDS as readonly string[]).includes(entry.kind) ? OCCASION_KIND_LABELS[entry.kind as OccasionKind] : entry.kind;
  const status = thankYouStatus(entry.thankYou);
  return (
    <li className="pp-timeline-item">
      <span className={`pp-timeline-dot ${status.tone}`} aria-hidden="true">
        <Icon name={status.icon} />
      </span>
      <div className="pp-timeline-body">
        <p className="pp-timeline-meta">
          <span className="pp-kind">{kind}</span>
          <time dateTime={entry.startsAt}>{absolute(entry.startsAt)}</time>
          {entry.role && (
            <span>
              as <bdi>{entry.role}</bdi>
            </span>
          )}
        </p>
        <p className="pp-timeline-title">
          <Link to={`/occasions/${entry.occasionId}`}>
            <bdi>{entry.title || kind}</bdi>
          </Link>
        </p>
        <p className={`pp-thank-status ${status.tone}`}>
          {status.text}
          {entry.thankYou && (
            <>
              {' · '}
              <Link className="note-link" to={notePath(entry.thankYou.id)}>
                {noteLinkLabel(entry.thankYou.status)}
              </Link>
            </>
          )}
        </p>
        {entry.thankYou?.followUp && !entry.thankYou.followUp.doneAt && (
          <p className="pp-follow-up">
            Follow-up: <bdi>{entry.thankYou.followUp.text}</bdi>, {shortDate(entry.thankYou.followUp.dueAt)}
          </p>
        )}
      </div>
    </li>
  );
}

type Tone = 'done' | 'due' | 'overdue' | 'quiet';

/** "Thanked: sent on … via …", "Thank-you due in 5 h", "Overdue by 2 days", "Skipped: …", "Snoozed until …". */
export function thankYouStatus(thankYou: ThankYouSummary | null, now = new Date()): { text: string; tone: Tone; icon: IconName } {
  if (!thankYou) return { text: 'No thank-you for this one', tone: 'quiet', icon: 'skip' };
  switch (thankYou.status) {
    case 'sent': {
      const via = thankYou.channel ? ` via ${CHANNEL_LABELS[thankYou.channel]}` : '';
      return { text: `Thanked: sent on ${thankYou.sentAt ? absolute(thankYou.sentAt) : ''}${via}`, tone: 'done', icon: 'check' };
    }
    case 'skipped':
      return { text: thankYou.skipReason ? `Skipped: ${thankYou.skipReason}` : 'Skipped', tone: 'quiet', icon: 'skip' };
    case 'snoozed':
      return { text: `Snoozed until ${thankYou.snoozedUntil ? absolute(thankYou.snoozedUntil) : ''}`, tone: 'quiet', icon: 'clock' };
    case 'pending':
    case 'drafted': {
      const draft = thankYou.status === 'drafted' ? ' (draft saved)' : '';
      const due = dueRelative(thankYou.dueAt, now);
      if (due.overdue) return { text: `${capitalize(due.text)}${draft}`, tone: 'overdue', icon: 'alert' };
      return { text: `Thank-you ${due.text}${draft}`, tone: 'due', icon: 'clock' };
    }
  }
}
