import './thanks-progress.css';

const MAX_DOTS = 8;

interface Props {
  sent: number;
  /** The thank-yous owed, sent or not (skipped ones are not counted). */
  total: number;
  /**
   * `bar`: "2 of 4 thanked" above a thin bar (the occasions table, an occasion's page).
   * `dots`: one dot per thank-you before the words, so a panel reads at a glance (occasion rows);
   * large groups show the words only, as a row of 30 dots says nothing.
   * `owed`: "thanked 2 of 4" above a bar that turns green once everyone is thanked (the People table).
   */
  variant: 'bar' | 'dots' | 'owed';
}

/**
 * How far the thanks got. The text carries the meaning; the bar or dots are decoration for a quick
 * scan. The bar's width is set through the CSSOM (React's `style`), which the strict CSP allows,
 * unlike a `style` attribute in markup.
 */
export function ThanksProgress({ sent, total, variant }: Props) {
  const done = sent >= total;
  const percent = total === 0 ? 0 : Math.round((Math.min(sent, total) / total) * 100);
  const text = done ? (total === 1 ? 'Thanked' : `All ${total} thanked`) : `${sent} of ${total} thanked`;

  if (variant === 'dots') {
    if (total === 0) return <span className="thanks-progress muted">Nobody to thank</span>;
    return (
      <span className={done ? 'thanks-progress done' : 'thanks-progress'}>
        {total <= MAX_DOTS && (
          <span className="dots" aria-hidden="true">
            {Array.from({ length: total }, (_, index) => (
              <span key={index} className={index < sent ? 'dot filled' : 'dot'} />
            ))}
          </span>
        )}
        <span>{text}</span>
      </span>
    );
  }

  // The two bars differ in their words and colours (the People table's is amber until done).
  const owed = variant === 'owed';
  const look = owed ? 'pp-thanked' : 'progress';
  if (total === 0) return owed ? <span className="pp-thanked none">nobody owed yet</span> : <span className="muted">—</span>;
  return (
    <span className={done ? `${look} done` : look}>
      <span className={`${look}-text`}>{owed ? `thanked ${sent} of ${total}` : text}</span>
      <span className={`${look}-bar`} aria-hidden="true">
        <span className={`${look}-fill`} style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
