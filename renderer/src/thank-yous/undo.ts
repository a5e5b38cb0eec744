import type { Client } from '../api/client';
import { isolate } from '../lib/isolate';
import type { ToastOptions } from '../ui/toast';
import type { ThankYouRef } from './thank-you-dialog';

type Toast = (toast: ToastOptions) => void;

/** The snooze that was running before, if it still is one (a past one has ended by itself). */
const runningSnooze = (t: ThankYouRef): string | null => (t.snoozedUntil && Date.parse(t.snoozedUntil) > Date.now() ? t.snoozedUntil : null);

/**
 * Undo a skip: reopened, it is drafted again when it has a body, else to do (thanks.reopen), and
 * a snooze that was running before is put back.
 */
export async function undoSkip(client: Client, toast: Toast, t: ThankYouRef, personName: string): Promise<void> {
  const reopened = await client.call('thanks.reopen', { id: t.id });
  if (!reopened.ok) return toast({ tone: 'error', message: `The skip was not undone: ${reopened.error.message}` });
  const snoozed = runningSnooze(t);
  if (snoozed) {
    const again = await client.call('thanks.snooze', { id: t.id, until: snoozed });
    if (!again.ok) return toast({ tone: 'error', message: `The skip was undone, but the snooze was not put back: ${again.error.message}` });
  }
  toast({ message: `Skip undone: the thank-you to ${isolate(personName)} is back on your list.` });
}

/** Undo a snooze: the one running before is put back, or the snooze ends now (its status, to do or drafted, never changed). */
export async function undoSnooze(client: Client, toast: Toast, t: ThankYouRef, personName: string): Promise<void> {
  const snoozed = runningSnooze(t);
  const result = await client.call('thanks.snooze', { id: t.id, until: snoozed });
  toast(
    result.ok
      ? { message: snoozed ? `Snooze undone: the thank-you to ${isolate(personName)} is snoozed as before.` : `Snooze undone: the thank-you to ${isolate(personName)} is back on your list.` }
      : { tone: 'error', message: `The snooze was not undone: ${result.error.message}` },
  );
}
