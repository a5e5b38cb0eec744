import { useRef, useState } from 'react';
import { thankYouDueAt, type DEFAULT_DUE_HOURS, type Channel, type OccasionDetail, type ThankYouSummary } from '../../../shared';
import { useClient } from '../api/client-context';
import { useNow } from '../lib/use-now';
import { Dialog } from '../ui/Dialog';
import { ThanksProgress } from '../ui/ThanksProgress';
import { useToast } from '../ui/toast';
import { BackLink } from '../ui/BackLink';
import { DeleteOccasionDialog } from './DeleteOccasionDialog';
import { valuesFromDetail, type OccasionFormValues } from './occasion-form-model';
import { OccasionForm } from './OccasionForm';
import { OccasionHeader } from './OccasionHeader';
import { OccasionNotes } from './OccasionNotes';
import { ParticipantPoints } from './ParticipantPoints';
import { ThankYouItem } from '../thank-yous/ThankYouItem';

interface ViewProps {
  occasion: OccasionDetail;
  dueHours: typeof DEFAULT_DUE_HOURS;
  defaultChannel: Channel;
}

export function OccasionView({ occasion, dueHours, defaultChannel }: ViewProps) {
  const now = useNow();
  const [editing, setEditing] = useState<OccasionFormValues | null>(null);
  // The revision the form was filled from (not a newer one a refetch brings), so a change made
  // meanwhile in another window is refused (CONFLICT) instead of overwritten unseen.
  const editedRevision = useRef(occasion.revision);
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
      <BackLink to="/occasions" label="Occasions" />
      <OccasionHeader occasion={occasion} onEdit={() => {
          editedRevision.current = occasion.revision;
          setEditing(valuesFromDetail(occasion));
        }} onDelete={() => setDeleting(true)} />

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
              <ThankYouItem
                key={p.personId}
                participant={p}
                now={now}
                ruleDueAt={ruleDueAt}
                defaultChannel={defaultChannel}
                details={<ParticipantPoints participant={p} />}
              />
            ))}
          </ul>
        )}
      </section>

      <OccasionNotes occasion={occasion} />

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
              const result = await client.call('occasions.update', { id: occasion.id, revision: editedRevision.current, occasion: built.draft });
              if (!result.ok) {
                // Changed elsewhere: the dialog keeps what was typed, and saving again overwrites on purpose.
                if (result.error.code === 'CONFLICT' && typeof result.error.details?.revision === 'number') editedRevision.current = result.error.details.revision;
                return result.error;
              }
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
