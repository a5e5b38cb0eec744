import { useEffect, useId, useState } from 'react';
import type { AppError, PersonDetail, ProcedureOutput } from '../../../shared';
import { useClient } from '../api/client-context';
import { Dialog } from '../ui/Dialog';
import { FormError } from '../ui/FormActions';

interface Props {
  open: boolean;
  person: Pick<PersonDetail, 'id' | 'fullName' | 'archivedAt'>;
  onClose(): void;
  onDeleted(): void;
  onArchiveInstead(): void;
}

/** Delete asks first and says what goes with the person; sent notes need their own explicit tick. */
export function DeletePersonDialog({ open, person, onClose, onDeleted, onArchiveInstead }: Props) {
  return (
    <Dialog open={open} title={`Delete ${person.fullName}?`} onClose={onClose}>
      <DeleteBody person={person} onClose={onClose} onDeleted={onDeleted} onArchiveInstead={onArchiveInstead} />
    </Dialog>
  );
}

type Impact = ProcedureOutput<'people.deletionImpact'>;
type ImpactState = { status: 'loading' } | { status: 'loaded'; impact: Impact } | { status: 'failed'; error: AppError };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Mounted only while the dialog is open, so the impact is read fresh each time it opens. */
function DeleteBody({ person, onClose, onDeleted, onArchiveInstead }: Omit<Props, 'open'>) {
  const client = useClient();
  const checkboxId = useId();
  const [state, setState] = useState<ImpactState>({ status: 'loading' });
  const [confirmSent, setConfirmSent] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void client.call('people.deletionImpact', { id: person.id }).then((result) => {
      if (current) setState(result.ok ? { status: 'loaded', impact: result.value } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [client, person.id]);

  async function remove() {
    if (state.status !== 'loaded') return;
    setDeleting(true);
    setError(null);
    const result = await client.call('people.delete', { id: person.id, confirmDeleteSentThanks: confirmSent });
    setDeleting(false);
    if (result.ok) onDeleted();
    else setError(result.error.message);
  }

  const impact = state.status === 'loaded' ? state.impact : null;
  const needsTick = (impact?.sentThanks ?? 0) > 0;
  const canDelete = impact !== null && (!needsTick || confirmSent) && !deleting;

  return (
    <div className="delete-person">
      {state.status === 'loading' && <p aria-busy="true">Checking what goes with them…</p>}
      {state.status === 'failed' && <FormError message={state.error.message} />}
      {impact && (
        <>
          <p>
            Deletes <bdi>{person.fullName}</bdi>
            {impactAfterName(impact)}
          </p>
          {needsTick && (
            <div className="pp-sent-warning" role="note">
              <p>
                You sent <bdi>{person.fullName}</bdi> {plural(impact.sentThanks, 'thank-you', 'thank-yous')}.{' '}
                {impact.sentThanks === 1 ? 'That note and the record that you sent it' : 'Those notes and the record that you sent them'} will be
                deleted too.
              </p>
              <label className="pp-checkbox" htmlFor={checkboxId}>
                <input id={checkboxId} type="checkbox" checked={confirmSent} onChange={(e) => setConfirmSent(e.target.checked)} />
                Also delete the record of {plural(impact.sentThanks, 'sent thank-you', 'sent thank-yous')}
              </label>
            </div>
          )}
          {!person.archivedAt && (
            <p className="muted pp-archive-hint">
              To hide them from your lists but keep their history, archive them instead.
            </p>
          )}
        </>
      )}
      <FormError message={error} />
      <div className="pp-dialog-actions">
        {!person.archivedAt && impact && (
          <button type="button" className="button pp-archive-instead" onClick={onArchiveInstead}>
            Archive instead
          </button>
        )}
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={remove} disabled={!canDelete}>
          {deleting ? 'Deleting…' : 'Delete'}
        </button>
      </div>
    </div>
  );
}

/**
 * What follows "Deletes Ada": ", their 2 thank-yous not yet sent, and removes them from 3
 * occasions." Sent thank-yous are spelled out separately, next to the tick they need.
 */
export function impactAfterName(impact: Impact): string {
  const parts: string[] = [];
  if (impact.unsentThanks > 0) parts.push(`their ${plural(impact.unsentThanks, 'thank-you', 'thank-yous')} not yet sent`);
  if (impact.occasions > 0) parts.push(`removes them from ${plural(impact.occasions, 'occasion', 'occasions')}`);
  if (parts.length === 0) return impact.sentThanks > 0 ? '. This cannot be undone.' : '. Nothing else is recorded about them.';
  const last = parts.pop()!;
  return `${parts.map((part) => `, ${part}`).join('')}${parts.length > 0 ? ',' : ''} and ${last}. This cannot be undone.`;
}
