const MAX_DOTS = 8;

/**
 * "2 of 4 thanked", with one dot per thank-you so a panel's progress reads at a glance. Large
 * groups show the words only (a row of 30 dots says nothing).
 */
export function ThanksProgress({ sent, total }: { sent: number; total: number }) {
  if (total === 0) return <span className="thanks-progress muted">Nobody to thank</span>;
  const done = sent >= total;
  return (
    <span className={done ? 'thanks-progress done' : 'thanks-progress'}>
      {total <= MAX_DOTS && (
        <span className="dots" aria-hidden="true">
          {Array.from({ length: total }, (_, index) => (
            <span key={index} className={index < sent ? 'dot filled' : 'dot'} />
          ))}
        </span>
      )}
      <span>{done ? (total === 1 ? 'Thanked' : `All ${total} thanked`) : `${sent} of ${total} thanked`}</span>
    </span>
  );
}
