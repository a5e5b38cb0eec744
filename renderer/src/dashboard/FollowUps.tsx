import { useState } from 'react';
import { Link } from 'react-router';
import { calendarWindow, CHANNEL_LABELS, type FollowUpItem, type ProcedureOutput } from '../../../shared';
import { useClient } from '../api/client-context';
import { AddToCalendar } from '../exports/AddToCalendar';
import { KindIcon } from '../ui/KindIcon';
import { isolate } from '../thank-yous/ThankYouDialogs';
import { absolute, soon } from '../lib/time-text';
import { Icon } from '../ui/Icon';
import { useToast } from '../ui/toast';

/** Follow-ups (calls to touch base) due now or within the next day, each with "Done". */
export function FollowUps({ items, now }: { items: FollowUpItem[]; now: Date }) {
  if (items.length === 0) return null;
  return (
    <section className="card follow-ups" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">
        Follow-ups due <span className="count-badge">{items.length}</span>
      </h2>
      <ul className="follow-up-list">
        {items.map((item) => (
          <FollowUpRow key={item.thankYouId} item={item} now={now} />
        ))}
      </ul>
    </section>
  );
}

function FollowUpRow({ item, now }: { item: FollowUpItem; now: Date }) {
  const client = useClient();
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const late = Date.parse(item.dueAt) < now.getTime();

  async function complete(done: boolean) {
    setSaving(true);
    const result = await client.call('thanks.completeFollowUp', { id: item.thankYouId, done });
    setSaving(false);
    if (!result.ok) return toast({ message: result.error.message, tone: 'error' });
    if (done) {
      toast({
        message: `Follow-up with ${isolate(item.fullName)} done.`,
        action: { label: 'Undo', run: () => void complete(false) },
      });
    }
  }

  return (
    <li className={late ? 'follow-up-row late' : 'follow-up-row'}>
      <span className="follow-up-icon" aria-hidden="true">
        <Icon name="people" />
      </span>
      <div className="follow-up-text">
        <span>
          <bdi className="follow-up-what">{item.text}</bdi>
          {' · '}
          <Link to={`/people/${item.personId}`}>
            <bdi>{item.fullName}</bdi>
          </Link>
          {item.company && (
            <span className="muted">
              {' '}
              (<bdi>{item.company}</bdi>)
            </span>
          )}
        </span>
        <span className="muted text-small">
          <time dateTime={item.dueAt} title={absolute(item.dueAt)}>
            {late ? 'Due since' : 'Due'} {soon(item.dueAt, now)}
          </time>
          {' · after '}
          <Link to={`/occasions/${item.occasionId}`} className="muted-link">
            <bdi>{item.occasionTitle}</bdi>
          </Link>
        </span>
      </div>
      <span className="follow-up-actions">
        {Date.parse(item.dueAt) >= calendarWindow(now).followUpsFrom && (
          <AddToCalendar thankYouId={item.thankYouId} what="follow-up" look="icon" about={`${item.text} with ${item.fullName}`} />
        )}
        <button type="button" className="button compact" disabled={saving} aria-label={`Done: ${item.text} with ${item.fullName}`} onClick={() => void complete(true)}>
          <Icon name="check" />
          Done
        </button>
      </span>
    </li>
  );
}

type RecentItem = ProcedureOutput<'dashboard.recentlySent'>['items'][number];

/** The last thank-yous sent, folded away by default: a quick "did I already thank her?". */
export function RecentlySent({ items, now }: { items: RecentItem[]; now: Date }) {
  if (items.length === 0) return null;
  return (
    <details className="card recently-sent">
      <summary>
        <span className="summary-title">Recently sent</span>
        <span className="count-badge">{items.length}</span>
      </summary>
      <ul className="recent-list">
        {items.map((item) => {
          const onTime = Date.parse(item.sentAt) <= Date.parse(item.dueAt);
          return (
            <li key={item.thankYouId} className="recent-row">
              <KindIcon kind={item.kind} size={16} />
              <span className="recent-main">
                <Link to={`/people/${item.personId}`}>
                  <bdi>{item.fullName}</bdi>
                </Link>
                <span className="muted">
                  {' · '}
                  <Link to={`/occasions/${item.occasionId}`} className="muted-link">
                    <bdi>{item.occasionTitle}</bdi>
                  </Link>
                </span>
              </span>
              <span className={onTime ? 'timing on-time' : 'timing late'}>{onTime ? 'on time' : 'late'}</span>
              <span className="muted text-small recent-when">
                <time dateTime={item.sentAt} title={absolute(item.sentAt)}>
                  {soon(item.sentAt, now)}
                </time>
                {item.channel && ` · ${CHANNEL_LABELS[item.channel]}`}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
