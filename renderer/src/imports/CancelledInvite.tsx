import { useState } from 'react';
import type { InviteEvent } from '../../../shared';
import { useClient } from '../api/client-context';
import { isolate } from '../lib/isolate';
import { useToast } from '../ui/toast';
import { inviteWhen } from './invite-when';

interface Props {
  event: InviteEvent;
  onBack: (() => void) | null;
  onDone(): void;
}

/**
 * A cancelled event. Imported before, the thank-yous nothing was done with can go (the ones
 * written, sent, snoozed or handed off stay); never imported, there is nothing to do.
 */
export function CancelledInvite({ event, onBack, onDone }: Props) {
  const client = useClient();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const existing = event.existing;

  async function remove() {
    setBusy(true);
    const result = await client.call('imports.cancelInvite', { uid: event.uid });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const { removed, kept } = result.value;
    const what = removed === 0 ? 'No thank-you was removed' : removed === 1 ? 'Removed 1 thank-you' : `Removed ${removed} thank-yous`;
    const rest = kept === 0 ? '.' : `; ${kept === 1 ? 'the one you started stays' : `the ${kept} you started stay`}.`;
    onDone();
    toast({ message: `${what} for the cancelled “${isolate(result.value.occasion.title)}”${rest}` });
  }

  return (
    <div className="cancelled-invite">
      <p>
        <strong>{event.summary === '' ? 'This event' : `“${isolate(event.summary)}”`}</strong> ({inviteWhen(event)}) was cancelled.
      </p>
      {existing ? (
        <>
          <p>
            It was imported as “{isolate(existing.title)}” ({inviteWhen({ allDay: false, startsAt: existing.startsAt, endsAt: existing.endsAt })}).
            Remove its thank-yous that nothing was written or done with? Notes you started, sent, snoozed or handed to your mail app stay, and so does
            the occasion.
          </p>
          {/* A repeating meeting cancels one time with the series' UID: that may not be the time that was imported. */}
          {Date.parse(existing.startsAt) !== Date.parse(event.startsAt) && !event.allDay && (
            <p className="invite-note" role="note">
              The cancelled time is not the one imported. If only one meeting of a series was cancelled, keep them.
            </p>
          )}
        </>
      ) : (
        <p>It was never imported, so there is nothing to remove.</p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {onBack && (
          <button type="button" className="button" onClick={onBack}>
            Choose another event
          </button>
        )}
        <button type="button" className="button" onClick={onDone} data-autofocus>
          {existing ? 'Keep them' : 'Close'}
        </button>
        {existing && (
          <button type="button" className="button danger" onClick={() => void remove()} disabled={busy}>
            {busy ? 'Removing…' : 'Remove thank-yous not started'}
          </button>
        )}
      </div>
    </div>
  );
}
