import type { OpenAction } from './OpenActions';
import type { ProcedureOutput } from '../../../shared';
import { isolate } from '../lib/isolate';

export type BulkResult = ProcedureOutput<'thanks.bulkMarkSent'>;
/** The actions on one open thank-you, applied to a selection. */
export type BulkAction = OpenAction;

/** A bulk change, or the Undo of one. */
type BulkChange = BulkAction | 'undo-skip' | 'undo-snooze';

const DONE: Record<BulkChange, (count: string) => string> = {
  sent: (count) => `Marked ${count} as sent.`,
  snooze: (count) => `Snoozed ${count}.`,
  skip: (count) => `Skipped ${count}.`,
  'undo-skip': (count) => `Skip undone: ${count} back as before.`,
  'undo-snooze': (count) => `Snooze undone: ${count} back as before.`,
};

const thankYous = (n: number) => (n === 1 ? '1 thank-you' : `${n} thank-yous`);


/**
 * The toast after a bulk change: what was done, and for a partial failure which ones were not
 * changed and why (the first few by name; they stay selected for another try).
 */
export function bulkMessage(action: BulkChange, result: BulkResult, nameOf: (id: number) => string | undefined): { message: string; tone: 'info' | 'error' } {
  const { changed, failed } = result;
  if (failed.length === 0) return { message: DONE[action](thankYous(changed.length)), tone: 'info' };
  const shown = failed.slice(0, 3).map((f) => `${isolate(nameOf(f.id) ?? `#${f.id}`)}: ${f.message.replace(/\.$/u, '')}`);
  const more = failed.length > shown.length ? `; and ${failed.length - shown.length} more` : '';
  const done = changed.length === 0 ? 'Nothing was changed.' : DONE[action](`${changed.length} of ${thankYous(changed.length + failed.length)}`);
  return { message: `${done} Not changed — ${shown.join('; ')}${more}.`, tone: 'error' };
}
