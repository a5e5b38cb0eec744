import type { Result, UndoSkipItem } from '../../../shared';
import type { Client } from '../api/client';
import { isolate } from '../lib/isolate';
import type { ToastOptions } from '../ui/toast';
import { bulkMessage, type BulkResult } from './bulk-message';
import type { ThankYouRef } from './thank-you-dialog';

type Toast = (toast: ToastOptions) => void;

/** The snooze that was running before, if it still is one (a past one has ended by itself). */
const runningSnooze = (t: ThankYouRef): string | null => (t.snoozedUntil && Date.parse(t.snoozedUntil) > Date.now() ? t.snoozedUntil : null);

/** What a skip clears, as it was before: the running snooze and a hand-off waiting for "did you send it?". */
export function beforeSkip(t: ThankYouRef): UndoSkipItem {
  return { id: t.id, snoozedUntil: runningSnooze(t), handoff: t.handedOffAt && t.handoffMethod ? { at: t.handedOffAt, method: t.handoffMethod } : null };
}

/** Undo a skip: the thank-you as it was before, drafted or to do, with its snooze and hand-off (thanks.undoSkip). */
export async function undoSkip(client: Client, toast: Toast, t: ThankYouRef, personName: string): Promise<void> {
  const result = await client.call('thanks.undoSkip', { items: [beforeSkip(t)] });
  const failure = result.ok ? result.value.failed[0]?.message : result.error.message;
  if (failure) return toast({ tone: 'error', message: `The skip was not undone: ${failure}` });
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

/** Undo a bulk skip: each one as it was before (see `undoSkip`), in one call. */
export async function undoBulkSkip(client: Client, toast: Toast, before: ThankYouRef[], nameOf: (id: number) => string | undefined): Promise<void> {
  const result = await client.call('thanks.undoSkip', { items: before.map(beforeSkip) });
  toastResult(toast, 'undo-skip', result, nameOf);
}

/** Undo a bulk snooze: each gets back the snooze it had (most had none: theirs ends now), one call per distinct time. */
export async function undoBulkSnooze(client: Client, toast: Toast, before: ThankYouRef[], nameOf: (id: number) => string | undefined): Promise<void> {
  const byUntil = new Map<string | null, number[]>();
  for (const t of before) {
    const until = runningSnooze(t);
    byUntil.set(until, [...(byUntil.get(until) ?? []), t.id]);
  }
  const total: BulkResult = { changed: [], failed: [] };
  for (const [until, ids] of byUntil) {
    const result = await client.call('thanks.bulkSnooze', { ids, until });
    if (!result.ok) return toastResult(toast, 'undo-snooze', result, nameOf);
    total.changed.push(...result.value.changed);
    total.failed.push(...result.value.failed);
  }
  toastResult(toast, 'undo-snooze', { ok: true, value: total }, nameOf);
}

function toastResult(
  toast: Toast,
  action: 'undo-skip' | 'undo-snooze',
  result: Result<BulkResult>,
  nameOf: (id: number) => string | undefined,
): void {
  if (!result.ok) return toast({ tone: 'error', message: `${action === 'undo-skip' ? 'The skip' : 'The snooze'} was not undone: ${result.error.message}` });
  toast(bulkMessage(action, result.value, nameOf));
}
