import type { Dispatch } from '../main/backend/dispatcher';
import { realisticNote } from './editor-bench';
import { median, ms, report, timeRuns } from './measure';

const RUNS = 31;

/**
 * Issue 6 sets no budget; these figures show that handing a note off (save the draft, build the
 * plain text and the mailto: link, compose the HTML and the .eml) stays well inside one frame of
 * waiting for the user. Measured through the backend's dispatcher in browser mode (no OS part:
 * the mail app, clipboard and save dialog are the system's time, not ours), on the seeded file.
 */
export async function handoffBench(dispatch: Dispatch): Promise<void> {
  console.log('\nHand-off to the mail client (backend: save draft + build, median of 31):');
  const open = await dispatch('dashboard.outstanding', { limit: 1 });
  if (!open.ok) throw new Error(open.error.message);
  const id = (open.value as { items: { thankYouId: number }[] }).items[0]!.thankYouId;
  const notes: [string, string][] = [
    ['2,000-word note', realisticNote(2_000, 42)],
    ['100,000-character note', realisticNote(15_000, 7).slice(0, 100_000)],
  ];
  for (const [label, body] of notes) {
    const draft = { subject: 'Thank you — our conversation on Tuesday', body, recipient: null };
    for (const [method, input] of [
      ['handoff.openInMailApp', { id, draft }],
      ['handoff.copy', { id, draft, format: 'rich' }],
      ['handoff.saveEmailFile', { id, draft }],
    ] as const) {
      const first = await dispatch(method, input);
      if (!first.ok) throw new Error(`${method}: ${first.error.message}`);
      report(`  ${method}, ${label}`, ms(median(await timeRuns(RUNS, () => dispatch(method, input)))));
    }
  }
  await dispatch('handoff.dismiss', { id });
}
