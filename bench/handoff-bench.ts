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
  const stored = await dispatch('thanks.get', { id });
  if (!stored.ok) throw new Error(stored.error.message);
  // Each hand-off saves the note on the revision the editor read; the same text again is no new revision.
  let draftRevision = (stored.value as { draftRevision: number }).draftRevision;
  for (const [label, body] of notes) {
    for (const method of ['handoff.openInMailApp', 'handoff.copy', 'handoff.saveEmailFile'] as const) {
      const input = () => {
        const draft = { subject: 'Thank you — our conversation on Tuesday', body, recipient: null, draftRevision };
        return method === 'handoff.copy' ? { id, draft, format: 'rich' as const } : { id, draft };
      };
      const handOff = async () => {
        const result = await dispatch(method, input());
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        draftRevision = (result.value as { draftRevision: number }).draftRevision;
      };
      await handOff();
      report(`  ${method}, ${label}`, ms(median(await timeRuns(RUNS, handOff))));
    }
  }
  await dispatch('handoff.dismiss', { id });
}
