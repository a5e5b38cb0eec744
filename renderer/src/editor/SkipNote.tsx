import { useState } from 'react';
import { SkipDialog } from '../thank-yous/SkipDialog';
import type { ThankYouRef } from '../thank-yous/thank-you-dialog';
import { Icon } from '../ui/Icon';

/**
 * "Skip" for a note still owed: the same dialog (and reason) as on the dashboard. Once skipped,
 * the header offers the next one owed in its place. Undo puts back its snooze and unanswered hand-off.
 */
export function SkipNote({ thankYou, personName }: { thankYou: ThankYouRef; personName: string }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button skip-note" onClick={() => setAsking(true)}>
        <Icon name="skip" />
        Skip…
      </button>
      {asking && <SkipDialog thankYou={thankYou} personName={personName} onClose={() => setAsking(false)} />}
    </>
  );
}
