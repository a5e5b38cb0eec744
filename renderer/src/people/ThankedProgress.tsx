/**
 * "thanked 3 of 4" with a small bar. The text carries the meaning; the bar is decoration for a
 * quick scan down the column. Its width is set through the CSSOM (React's `style`), which the
 * strict CSP allows, unlike a `style` attribute in markup.
 */
export function ThankedProgress({ sent, owed }: { sent: number; owed: number }) {
  if (owed === 0) return <span className="pp-thanked none">nobody owed yet</span>;
  const done = sent >= owed;
  const percent = Math.round((Math.min(sent, owed) / owed) * 100);
  return (
    <span className={done ? 'pp-thanked done' : 'pp-thanked'}>
      <span className="pp-thanked-text">
        thanked {sent} of {owed}
      </span>
      <span className="pp-thanked-bar" aria-hidden="true">
        <span className="pp-thanked-fill" style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
