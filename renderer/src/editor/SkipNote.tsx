import { useState } from 'react';
import { SkipDialog } from '../thank-yous/SkipDialog';
import { Icon } from '../ui/Icon';

/**
 * "Skip" for a note still owed: the same dialog (and reason) as on the dashboard. Once skipped,
 * the header offers the next one owed in its place.
 */
export function SkipNote({ id, personName }: { id: number; personName: string }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button skip-note" onClick={() => setAsking(true)}>
        <Icon name="skip" />
        Skip…
      </button>
      {asking && <SkipDialog thankYou={{ id, channel: null }} personName={personName} onClose={() => setAsking(false)} />}
    </>
  );
}
