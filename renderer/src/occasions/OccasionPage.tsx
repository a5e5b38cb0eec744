import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  CHANNEL_LABELS,
  DEFAULT_DUE_HOURS,
  isAllowedExternalUrl,
  thankYouDueAt,
  type Channel,
  type OccasionDetail,
  type ThankYouStatus,
  type ThankYouSummary,
} from '../../../shared';
import { useClient } from '../api/client-context';
import { noteLinkLabel, notePath } from '../editor/note-link';
import { useQuery } from '../api/use-query';
import { useNow } from '../lib/use-now';
import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';
import { Icon } from '../ui/Icon';
import { QueryState, screenFrame } from '../ui/QueryState';
import { ThanksProgress } from '../ui/ThanksProgress';
import { useToast } from '../ui/toast';
import { KindIcon, kindLabel, PlaceIcon } from './KindIcon';
import { valuesFromDetail, type OccasionFormValues } from './occasion-form-model';
import { OccasionForm } from './OccasionForm';
import { DueDialog, FollowUpDialog, isolate, MarkSentDialog, ReopenDialog, SkipDialog, SnoozeDialog } from './ThankYouDialogs';
import { absolute, dueRelative, longDate, soon, timeRange } from './time-text';
import { useFetchOnce } from './use-fetch-once';
import './occasions.css';

type Participant = OccasionDetail['participants'][number];

const STATUS_LABELS: Record<ThankYouStatus, string> = {
  pending: 'To do',
  drafted: 'Drafted',
  snoozed: 'Snoozed',
  sent: 'Sent',
  skipped: 'Skipped',
};

// Every thank-you and opportunity change also announces occasions.changed; a renamed person
// only people.changed; new deadlines thanks.changed.
const TOPICS = ['occasions.changed', 'people.changed', 'thanks.changed'] as const;

/** One occasion: what happened, and for each person there whether they were thanked. */
export function OccasionPage() {
  const { occasionId } = useParams();
  const id = Number(occasionId);
  const valid = Number.isInteger(id) && id > 0;
  const { state, reload } = useQuery('occasions.get', { id: valid ? id : 1 }, TOPICS);
  const settings = useFetchOnce('settings.get', {});

  if (!valid) return <OccasionNotFound />;
  return (
    <QueryState state={state} onRetry={reload} look="card" notFound={<OccasionNotFound />} frame={screenFrame('screen', <BackLink />)}>
      {({ data }) => <OccasionView occasion={data} dueHours={settings?.dueHours ?? DEFAULT_DUE_HOURS} defaultChannel={settings?.defaultChannel ?? 'email'} />}
    </QueryState>
  );
}

function OccasionNotFound() {
  return (
    <section className="screen">
      <BackLink />
      <div className="card empty-state">
        <p className="empty-title">This occasion no longer exists</p>
        <p>It may have been deleted.</p>
        <Link className="button" to="/occasions">
          All occasions
        </Link>
      </div>
    </section>
  );
}

function BackLink() {
  return (
    <Link className="back-link" to="/occasions">
      <Icon name="back" />
      Occasions
    </Link>
  );
}

interface ViewProps {
  occasion: OccasionDetail;
  dueHours: typeof DEFAULT_DUE_HOURS;
  defaultChannel: Channel;
}

function OccasionView({ occasion, dueHours, defaultChannel }: ViewProps) {
  const now = useNow();
  const [editing, setEditing] = useState<OccasionFormValues | null>(null);
  const [deleting, setDeleting] = useState(false);
  const client = useClient();
  const toast = useToast();

  const thankYous = occasion.participants.map((p) => p.thankYou).filter((t): t is ThankYouSummary => t !== null);
  const counted = thankYous.filter((t) => t.status !== 'skipped');
  const sent = counted.filter((t) => t.status === 'sent').length;
  const open = thankYous.filter((t) => t.status === 'pending' || t.status === 'drafted' || t.status === 'snoozed');
  const overdue = open.filter((t) => Date.parse(t.dueAt) < now.getTime()).length;
  const ruleDueAt = thankYouDueAt(occasion.kind, new Date(occasion.endsAt), dueHours);

  return (
    <section className="screen occasion-page" aria-labelledby="occasion-title">
      <BackLink />
      <header className="occasion-header card">
        <div className="occasion-heading">
          <span className={`kind-chip kind-${occasion.kind}`}>
            <KindIcon kind={occasion.kind} />
            <span className="kind-chip-label">{kindLabel(occasion.kind, occasion.interviewFormat)}</span>
          </span>
          <h1 id="occasion-title">
            <bdi>{occasion.title}</bdi>
          </h1>
          <dl className="occasion-facts">
            <div>
              <dt>
                <Icon name="calendar" />
                <span className="visually-hidden">When</span>
              </dt>
              <dd>
                <time dateTime={occasion.startsAt}>{longDate(occasion.startsAt)}</time>, <span className="occasion-times">{timeRange(occasion.startsAt, occasion.endsAt)}</span>
              </dd>
            </div>
            {occasion.location && (
              <div>
                <dt>
                  <PlaceIcon />
                  <span className="visually-hidden">Where</span>
                </dt>
                <dd>
                  <bdi>{occasion.location}</bdi>
                </dd>
              </div>
            )}
            {occasion.opportunityId !== null && (
              <div>
                <dt>
                  <Icon name="briefcase" />
                  <span className="visually-hidden">Opportunity</span>
                </dt>
                <dd>
                  <Link className="opportunity-link" to={`/opportunities/${occasion.opportunityId}`}>
                    <bdi>{occasion.opportunityLabel ?? 'Opportunity'}</bdi>
                  </Link>
                </dd>
              </div>
            )}
          </dl>
        </div>
        <div className="occasion-header-actions">
          <button type="button" className="button" onClick={() => setEditing(valuesFromDetail(occasion))}>
            <Icon name="edit" />
            Edit
          </button>
          <button type="button" className="button subtle-danger" onClick={() => setDeleting(true)}>
            <Icon name="trash" />
            Delete
          </button>
        </div>
      </header>

      <section className="card" aria-labelledby="thank-yous-title">
        <div className="section-heading">
          <h2 id="thank-yous-title">Thank-yous</h2>
          <div className="section-summary">
            <ThanksProgress variant="bar" sent={sent} total={counted.length} />
            {overdue > 0 && <span className="overdue-count">{overdue} overdue</span>}
          </div>
        </div>
        {occasion.participants.length === 0 ? (
          <p className="muted">Nobody is listed on this occasion.</p>
        ) : (
          <ul className="thank-you-list">
            {occasion.participants.map((p) => (
              <ThankYouItem key={p.personId} participant={p} now={now} ruleDueAt={ruleDueAt} defaultChannel={defaultChannel} />
            ))}
          </ul>
        )}
      </section>

      {(occasion.discussionPoints.length > 0 || occasion.promisedFollowUps.length > 0 || occasion.notes.trim() !== '') && (
        <div className="occasion-notes-grid">
          {occasion.discussionPoints.length > 0 && (
            <section className="card" aria-labelledby="points-title">
              <h2 id="points-title">Discussion points</h2>
              <ul className="plain-bullets">
                {occasion.discussionPoints.map((point, i) => (
                  <li key={i}>
                    <bdi>{point}</bdi>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {occasion.promisedFollowUps.length > 0 && (
            <section className="card" aria-labelledby="promises-title">
              <h2 id="promises-title">Promised follow-ups</h2>
              <ul className="plain-bullets promised-list">
                {occasion.promisedFollowUps.map((f, i) => (
                  <li key={i}>
                    {f.text && <bdi>{f.text}</bdi>}
                    {f.url &&
                      (isAllowedExternalUrl(f.url) ? (
                        // Opens in the user's browser; the app window itself never navigates.
                        <a className="promised-link" href={f.url} target="_blank" rel="noreferrer">
                          {f.url}
                        </a>
                      ) : (
                        <span className="promised-link plain" title="Only https links are opened from Thankful.">
                          {f.url}
                        </span>
                      ))}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {occasion.notes.trim() !== '' && (
            <section className="card occasion-notes" aria-labelledby="notes-title">
              <h2 id="notes-title">Notes</h2>
              <p className="notes-text" dir="auto">
                {occasion.notes}
              </p>
            </section>
          )}
        </div>
      )}

      {occasion.formerParticipants.length > 0 && (
        <section className="card former" aria-labelledby="former-title">
          <h2 id="former-title">Former participants</h2>
          <p className="muted text-small">No longer listed on this occasion. Their thank-you is kept because it was drafted, sent or skipped.</p>
          <ul className="thank-you-list">
            {occasion.formerParticipants.map((p) => (
              <ThankYouItem key={p.personId} participant={p} now={now} ruleDueAt={ruleDueAt} defaultChannel={defaultChannel} former />
            ))}
          </ul>
        </section>
      )}

      <Dialog open={editing !== null} title="Edit occasion" size="large" onClose={() => setEditing(null)}>
        {editing && (
          <OccasionForm
            mode="edit"
            values={editing}
            onChange={(update) => setEditing((v) => (v ? update(v) : v))}
            errorPrefix="occasion."
            submitLabel="Save changes"
            onCancel={() => setEditing(null)}
            onSubmit={async (built) => {
              const result = await client.call('occasions.update', { id: occasion.id, occasion: built.draft });
              if (!result.ok) return result.error;
              setEditing(null);
              toast({ message: 'Occasion saved.' });
              return null;
            }}
          />
        )}
      </Dialog>
      {deleting && <DeleteOccasionDialog occasion={occasion} onClose={() => setDeleting(false)} />}
    </section>
  );
}

type ActionDialog = 'sent' | 'skip' | 'snooze' | 'due' | 'follow-up' | 'reopen';

function ThankYouItem({
  participant,
  now,
  ruleDueAt,
  defaultChannel,
  former = false,
}: {
  participant: Participant;
  now: Date;
  ruleDueAt: Date;
  defaultChannel: Channel;
  former?: boolean;
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
        </div>
      </div>

      <div className="ty-state">
        {t ? (
          <>
            <span className={`status-badge status-${t.status}`}>{STATUS_LABELS[t.status]}</span>
            <ThankYouFacts t={t} now={now} isOpen={isOpen} onChangeDue={former ? undefined : () => setDialog('due')} />
            {t.followUp && (
              <label className={t.followUp.doneAt ? 'follow-up done' : 'follow-up'}>
                <input type="checkbox" checked={t.followUp.doneAt !== null} onChange={(e) => void toggleFollowUp(e.target.checked)} />
                <span>
                  Follow-up: <bdi>{t.followUp.text}</bdi> · <time dateTime={t.followUp.dueAt}>{soon(t.followUp.dueAt, now)}</time>
                  {t.followUp.doneAt ? ' — done' : Date.parse(t.followUp.dueAt) < now.getTime() ? ' — due now' : ''}
                </span>
              </label>
            )}
          </>
        ) : (
          <span className="muted">No thank-you recorded.</span>
        )}
      </div>

      {t && (
        <div className="ty-actions">
          <Link className="button compact" to={notePath(t.id)} aria-label={`${noteLinkLabel(t.status)} to ${name}`}>
            <Icon name={t.status === 'sent' ? 'mail' : 'edit'} />
            {noteLinkLabel(t.status)}
          </Link>
          {isOpen && (
            <>
              <button type="button" className="button primary compact" onClick={() => setDialog('sent')}>
                <Icon name="check" />
                Mark sent
              </button>
              <button type="button" className="button compact" onClick={() => setDialog('snooze')}>
                <Icon name="clock" />
                Snooze
              </button>
              <button type="button" className="button compact" onClick={() => setDialog('skip')}>
                <Icon name="skip" />
                Skip
              </button>
            </>
          )}
          {t.status === 'sent' && (
            <button type="button" className="button compact" onClick={() => setDialog('follow-up')}>
              {t.followUp ? 'Edit follow-up' : 'Add follow-up'}
            </button>
          )}
          {t.status === 'skipped' && (
            <button type="button" className="button compact" onClick={() => setDialog('sent')}>
              Mark sent
            </button>
          )}
          {(t.status === 'sent' || t.status === 'skipped') && (
            <button type="button" className="button compact" onClick={() => setDialog('reopen')}>
              Reopen
            </button>
          )}
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

function ThankYouFacts({ t, now, isOpen, onChangeDue }: { t: ThankYouSummary; now: Date; isOpen: boolean; onChangeDue: (() => void) | undefined }) {
  const relative = dueRelative(t.dueAt, now);
  return (
    <div className="ty-facts">
      {isOpen && (
        <p className="ty-due">
          <span className="ty-due-label">Due</span> <time className="due-time" dateTime={t.dueAt}>{absolute(t.dueAt)}</time>
          {t.dueOverridden && <span className="custom-tag"> (custom)</span>}
          <span className={relative.overdue ? 'due-relative overdue' : 'due-relative'}> · {relative.text}</span>
          {onChangeDue && (
            <button type="button" className="link-button inline-action" onClick={onChangeDue} aria-label="Change due time">
              Change
            </button>
          )}
        </p>
      )}
      {t.status === 'snoozed' && t.snoozedUntil && (
        <p className="muted text-small">
          Snoozed until <time dateTime={t.snoozedUntil}>{soon(t.snoozedUntil, now)}</time>
        </p>
      )}
      {t.status === 'sent' && (
        <p className="text-small">
          Sent{t.sentAt && (
            <>
              {' '}
              <time dateTime={t.sentAt}>{absolute(t.sentAt)}</time>
            </>
          )}
          {t.channel && <> · {CHANNEL_LABELS[t.channel]}</>}
          {t.sentAt && Date.parse(t.sentAt) > Date.parse(t.dueAt) && <span className="muted"> · after the due time</span>}
        </p>
      )}
      {t.status === 'skipped' && (
        <p className="text-small">
          Skipped{t.skipReason ? ': ' : ''}
          {t.skipReason && <bdi className="muted">{t.skipReason}</bdi>}
        </p>
      )}
      {!isOpen && (
        <p className="muted text-small">
          Was due <time className="due-time" dateTime={t.dueAt}>{absolute(t.dueAt)}</time>
          {t.dueOverridden && <span className="custom-tag"> (custom)</span>}
        </p>
      )}
    </div>
  );
}

function DeleteOccasionDialog({ occasion, onClose }: { occasion: OccasionDetail; onClose(): void }) {
  const client = useClient();
  const toast = useToast();
  const navigate = useNavigate();
  const everyone = [...occasion.participants, ...occasion.formerParticipants];
  const total = everyone.filter((p) => p.thankYou).length;
  const [sentCount, setSentCount] = useState(everyone.filter((p) => p.thankYou?.status === 'sent').length);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    const result = await client.call('occasions.delete', { id: occasion.id, confirmDeleteSentThanks: confirmed });
    setBusy(false);
    if (result.ok) {
      onClose();
      navigate('/occasions');
      toast({ message: `Deleted “${isolate(occasion.title)}”.` });
      return;
    }
    if (result.error.code === 'CONFLICT' && typeof result.error.details?.sentThanks === 'number') {
      setSentCount(result.error.details.sentThanks);
      setConfirmed(false);
    }
    setError(result.error.message);
  }

  return (
    <Dialog open title="Delete this occasion?" onClose={onClose}>
      <p>
        <strong>
          <bdi>{occasion.title}</bdi>
        </strong>{' '}
        and {total === 1 ? 'its thank-you' : `its ${total} thank-yous`} will be deleted. The people stay in your list.
      </p>
      {sentCount > 0 && (
        <label className="confirm-check">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          <span>
            Also delete the record of {sentCount === 1 ? 'the thank-you that was sent' : `the ${sentCount} thank-yous that were sent`}
          </span>
        </label>
      )}
      <FormActions error={error} className="dialog-actions" onCancel={onClose}>
        <button type="button" className="button danger" disabled={busy || (sentCount > 0 && !confirmed)} onClick={() => void remove()}>
          Delete occasion
        </button>
      </FormActions>
    </Dialog>
  );
}
