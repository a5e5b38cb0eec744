import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { BackLink, type BackLinkProps } from './BackLink';

interface Props {
  back: BackLinkProps;
  /** The page's heading, e.g. "This occasion no longer exists". */
  title: string;
  /** Why, in a sentence. */
  children: ReactNode;
  /** Where to go instead. */
  action: { to: string; label: string };
}

/** What a page about one thing shows when the address names nothing (deleted, or not an id). */
export function NotFoundScreen({ back, title, children, action }: Props) {
  const titleId = useId();
  return (
    <section className="screen" aria-labelledby={titleId}>
      <BackLink {...back} />
      <div className="card empty-state">
        <h1 id={titleId} className="empty-title">
          {title}
        </h1>
        <p>{children}</p>
        <Link className="button" to={action.to}>
          {action.label}
        </Link>
      </div>
    </section>
  );
}
