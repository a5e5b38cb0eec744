import { useState } from 'react';
import { useClient } from '../api/client-context';
import { useQueryValue } from '../api/use-query';
import { soon } from '../lib/time-text';
import { useNow } from '../lib/use-now';
import { useToast } from '../ui/toast';
import { nextMorning } from '../../../shared';

interface Props {
  pausedUntil: number | null;
  enabled: boolean;
  /** When the day starts ("08:00", or the end of quiet hours). */
  morning: string;
}

/** "Paused until …" with Resume, or when the next reminder comes with a way to hold them (the tray's items, for browser mode too). */
export function ReminderPause({ pausedUntil, enabled, morning }: Props) {
  const client = useClient();
  const toast = useToast();
  const now = useNow();
  const status = useQueryValue('reminders.status', {});
  const [busy, setBusy] = useState(false);
  if (!enabled) return null;

  async function pause(until: number | null, message: string) {
    setBusy(true);
    const result = await client.call('settings.update', { reminders: { pausedUntil: until } });
    setBusy(false);
    toast(result.ok ? { message } : { tone: 'error', message: result.error.message });
  }

  const paused = pausedUntil !== null && pausedUntil > now.getTime();
  if (paused) {
    return (
      <p className="reminder-pause" role="status">
        <span>Reminders are paused until {soon(new Date(pausedUntil), now)}.</span>{' '}
        <button type="button" className="button" disabled={busy} onClick={() => void pause(null, 'Reminders are on again.')}>
          Resume now
        </button>
      </p>
    );
  }
  const quiet = status === null ? undefined : status.nextReminderAt;
  return (
    <p className="reminder-pause">
      <span className="muted">{quiet ? `Next reminder: ${soon(new Date(quiet), now)}.` : 'No reminder is planned right now.'}</span>{' '}
      <button type="button" className="button subtle" disabled={busy} onClick={() => void pause(now.getTime() + 3_600_000, 'Reminders paused for an hour.')}>
        Pause for 1 hour
      </button>
      <button type="button" className="button subtle" disabled={busy} onClick={() => void pause(nextMorning(now.getTime(), morning), 'Reminders paused until the morning.')}>
        Pause until the morning
      </button>
    </p>
  );
}
