import './thank-yous.css';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { calendarRefusal, type Channel, type OccasionDetail, type ThankYouSummary } from '../../../shared';
import { useClient } from '../api/client-context';
import { AddToCalendar } from '../exports/AddToCalendar';
import { noteLinkLabel, notePath } from './note-link';
import { Icon } from '../ui/Icon';
import { useToast } from '../ui/toast';
import { MoreActionsMenu, type MoreAction } from '../ui/MoreActionsMenu';
import { StatusBadge } from './StatusBadge';
import { ThankYouFacts } from './ThankYouFacts';
import { DueDialog, FollowUpDialog, MarkSentDialog, ReopenDialog, SkipDialog, SnoozeDialog } from './ThankYouDialogs';
import { dueRelative, soon } from '../lib/time-text';

type Participant = OccasionDetail['participants'][number];

type ActionDialog = 'sent' | 'skip' | 'snooze' | 'due' | 'follow-up' | 'reopen';

/**
 * The rarer things to do with a thank-you, in its row's "More actions" menu (writing the note is
 * the row's one button): for one still owed, mark it sent, snooze, skip or change when it is due;
 * for a sent one, its follow-up and reopening; for a skipped one, mark it sent after all or reopen.
 */
function moreActions(t: ThankYouSummary, isOpen: boolean, former: boolean, show: (dialog: ActionDialog) => void): MoreAction[] {
  if (isOpen) {
    const open: MoreAction[] = [
      { label: 'Mark sent…', icon: 'check', run: () => show('sent') },
      { label: 'Snooze…', icon: 'clock', run: () => show('snooze') },
      { label: 'Skip…', icon: 'skip', run: () => show('skip') },
    ];
    return former ? open : [...open, { label: 'Change due time…', icon: 'calendar', run: () => show('due') }];
  }
  if (t.status === 'sent') {
    return [
      { label: t.followUp ? 'Edit follow-up…' : 'Add follow-up…', icon: 'calendar', run: () => show('follow-up') },
      { label: 'Reopen…', icon: 'back', run: () => show('reopen') },
    ];
  }
  return [
    { label: 'Mark sent…', icon: 'check', run: () => show('sent') },
    { label: 'Reopen…', icon: 'back', run: () => show('reopen') },
  ];
}

export function ThankYouItem({
  participant,
  now,
  ruleDueAt,
  defaultChannel,
  former = false,
  details,
}: {
  participant: Participant;
  now: Date;
  ruleDueAt: Date;
  defaultChannel: Channel;
  former?: boolean;
  /** Shown under the person's name, e.g. what they asked or said. */
  details?: ReactNode;
}) {
  const client = useClient();
  const toast = useToast();
  const [dialog, setDialog] = useState<ActionDialog | null>(null);
  const t = participant.thankYou;
  const name = participant.fullName;
  const isOpen = t !== null && (t.status === 'pending' || t.status === 'drafted' || t.status === 'snoozed');
  const relative = t ? dueRelative(t.dueAt, now) : null;

  async function toggleFollowUp(done: boolean) {
    if (!t) return;
    const result = await client.call('thanks.completeFollowUp', { id: t.id, done });
    if (!result.ok) toast({ message: result.error.message, tone: 'error' });
  }

  return (
    <li className={`thank-you-item status-${t?.status ?? 'none'}${isOpen && relative?.overdue ? ' is-overdue' : ''}`} aria-label={name}>
      <div className="ty-person">
        <span className="chip-avatar large" aria-hidden="true">
          {Array.from(name.trim())[0]?.toLocaleUpperCase()}
        </span>
        <div className="ty-person-text">
          <Link to={`/people/${participant.personId}`} className="ty-name">
            <bdi>{name}</bdi>
          </Link>
          <span className="muted text-small">
            {[participant.role, participant.company].filter(Boolean).join(' · ') || ' '}
            {participant.archived && <span className="archived-tag">archived</span>}
          </span>
          {details}
        </div>
      </div>

      <div className="ty-state">
        {t ? (
          <>
            <StatusBadge status={t.status} />
            <ThankYouFacts
              t={t}
              now={now}
              isOpen={isOpen}
              dueAction={!former && calendarRefusal(t, 'due', now) === null && <AddToCalendar thankYouId={t.id} what="due" look="link" about={`thank-you to ${name}`} />}
            />
            {t.followUp && (
              <div className="ty-follow-up">
                <label className={t.followUp.doneAt ? 'follow-up done' : 'follow-up'}>
                  <input type="checkbox" checked={t.followUp.doneAt !== null} onChange={(e) => void toggleFollowUp(e.target.checked)} />
                  <span>
                    Follow-up: <bdi>{t.followUp.text}</bdi> · <time dateTime={t.followUp.dueAt}>{soon(t.followUp.dueAt, now)}</time>
                    {t.followUp.doneAt ? ' — done' : Date.parse(t.followUp.dueAt) < now.getTime() ? ' — due now' : ''}
                  </span>
                </label>
                {calendarRefusal(t, 'follow-up', now) === null && <AddToCalendar thankYouId={t.id} what="follow-up" look="link" about={`follow-up with ${name}`} />}
              </div>
            )}
          </>
        ) : (
          <span className="muted">No thank-you recorded.</span>
        )}
      </div>

      {t && (
        <div className="ty-actions">
          <Link className="button" to={notePath(t.id)} aria-label={`${noteLinkLabel(t.status)} to ${name}`}>
            <Icon name={t.status === 'sent' ? 'mail' : 'edit'} />
            {noteLinkLabel(t.status)}
          </Link>
          <MoreActionsMenu label={`More actions for ${name}`} items={moreActions(t, isOpen, former, setDialog)} />
        </div>
      )}

      {t && dialog === 'sent' && <MarkSentDialog thankYou={t} personName={name} defaultChannel={defaultChannel} onClose={() => setDialog(null)} />}
      {t && dialog === 'skip' && <SkipDialog thankYou={t} personName={name} onClose={() => setDialog(null)} />}
      {t && dialog === 'snooze' && <SnoozeDialog thankYou={t} personName={name} onClose={() => setDialog(null)} />}
      {t && dialog === 'due' && <DueDialog thankYou={t} personName={name} ruleDueAt={ruleDueAt} onClose={() => setDialog(null)} />}
      {t && dialog === 'follow-up' && <FollowUpDialog thankYou={t} personName={name} onClose={() => setDialog(null)} />}
      {t && dialog === 'reopen' && <ReopenDialog thankYou={t} personName={name} onClose={() => setDialog(null)} />}
    </li>
  );
}
