import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { InviteEvent, OccasionDetail } from '../../../shared';
import { useClient } from '../api/client-context';
import { soon } from '../lib/time-text';
import { loggedMessage } from '../occasions/LogOccasionDialog';
import type { OccasionFormValues } from '../occasions/occasion-form-model';
import { OccasionForm } from '../occasions/OccasionForm';
import { isolate } from '../lib/isolate';
import { useToast } from '../ui/toast';
import { inviteMoves, inviteParticipant, newInviteValues, offeredPeople, updatedInviteValues } from './invite-form';
import { inviteWhen, LOCAL_ZONE } from './invite-when';
import { Icon } from '../ui/Icon';

interface Props {
  event: InviteEvent;
  /** Back to the file's other events, when it has several. */
  onBack: (() => void) | null;
  onDone(): void;
}

/**
 * One event of an invite, as the occasion it becomes: the occasion form filled from the invite,
 * editable before saving. Imported before (same UID), it starts from the saved occasion at the
 * invite's new time, and saving updates it, so due times follow a moved interview.
 */
export function InviteEventForm({ event, onBack, onDone }: Props) {
  const client = useClient();
  const toast = useToast();
  const navigate = useNavigate();
  const [saved, setSaved] = useState<OccasionDetail | null>(null);
  const [values, setValues] = useState<OccasionFormValues | null>(() => (event.existing ? null : newInviteValues(event)));
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    if (!event.existing) return;
    let current = true;
    void client.call('occasions.get', { id: event.existing.occasionId }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setSaved(result.value);
        setValues(updatedInviteValues(result.value, event));
      } else {
        // Deleted since the preview was read: imported again as a new occasion.
        setLoadError(result.error.message);
        setValues(newInviteValues(event));
      }
    });
    return () => {
      current = false;
    };
  }, [client, event]);

  if (!values) return <p className="muted">Loading the occasion it was imported as…</p>;
  const offered = offeredPeople(event, values);
  const moved = saved !== null && inviteMoves(saved, event);

  const notice = (
    <div className="invite-summary">
      <p className="invite-when">
        <strong>{inviteWhen(event)}</strong> <span className="muted">({LOCAL_ZONE})</span>
        {onBack && (
          <button type="button" className="link-button" onClick={onBack}>
            Choose another event
          </button>
        )}
      </p>
      {saved && (
        <p className="invite-note" role="note">
          Imported before as “{isolate(saved.title)}”.{' '}
          {moved ? `It moved from ${soon(saved.startsAt)}: saving moves it and the thank-yous not set by hand.` : 'Saving updates it.'} What you wrote
          there is kept.
        </p>
      )}
      {!saved && loadError && <p className="invite-note">The occasion it was imported as is gone; saving logs it again.</p>}
      {event.allDay && (
        <p className="invite-note">
          {saved ? 'An all-day event: the time you saved is kept.' : 'An all-day event: it starts at 9:00 here. Change the time if you know it.'}
        </p>
      )}
      {event.recurring && (
        <p className="invite-note">
          {saved ? 'A repeating event: the date and time you saved are kept.' : 'A repeating event: this is its first time. Change the date if it was another one.'}
        </p>
      )}
      {offered.length > 0 && (
        <div className="invite-offered">
          <span id="invite-offered-label">Also in the invite:</span>
          <ul aria-labelledby="invite-offered-label">
            {offered.map((person) => (
              <li key={person.email}>
                {/* Its name is what it shows (WCAG 2.5.3): "Add Sam Lee (organizer)", in "Also in the invite". */}
                <button
                  type="button"
                  className="button small"
                  onClick={() => setValues((v) => (v ? { ...v, participants: [...v.participants, inviteParticipant(person, v.kind)] } : v))}
                >
                  <Icon name="plus" />
                  Add <bdi>{person.personName ?? person.name ?? person.email}</bdi>
                  {person.organizer && <span className="muted"> (organizer)</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );

  return (
    <OccasionForm
      mode={saved ? 'edit' : 'create'}
      values={values}
      onChange={(update) => setValues((v) => (v ? update(v) : v))}
      errorPrefix={saved ? 'occasion.' : ''}
      submitLabel={saved ? 'Update occasion' : 'Import occasion'}
      onCancel={onDone}
      notice={notice}
      onSubmit={async (built) => {
        const result = saved
          ? await client.call('occasions.update', { id: saved.id, revision: saved.revision, occasion: built.draft })
          : event.uid === ''
            ? await client.call('occasions.create', built.draft)
            : await client.call('imports.saveInvite', { uid: event.uid, occasion: built.draft }).then((r) => (r.ok ? { ok: true as const, value: r.value.occasion } : r));
        if (!result.ok) return result.error;
        const detail = result.value;
        onDone();
        toast({
          message: saved ? updatedMessage(detail) : loggedMessage(detail),
          action: { label: 'Open', run: () => navigate(`/occasions/${detail.id}`) },
        });
        return null;
      }}
    />
  );
}

/** "Updated “Panel at Northwind” — thank-yous due by Wed 20:30". */
function updatedMessage(detail: OccasionDetail): string {
  const open = detail.participants.flatMap((p) => (p.thankYou && p.thankYou.status !== 'sent' && p.thankYou.status !== 'skipped' ? [p.thankYou] : []));
  if (open.length === 0) return `Updated “${isolate(detail.title)}”.`;
  const latest = open.reduce((a, b) => (Date.parse(b.dueAt) > Date.parse(a.dueAt) ? b : a));
  return `Updated “${isolate(detail.title)}” — ${open.length === 1 ? 'its thank-you is' : 'thank-yous are'} due by ${soon(latest.dueAt)}`;
}
