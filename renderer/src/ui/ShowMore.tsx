import './show-more.css';

interface Props {
  shown: number;
  total: number;
  onMore(): void;
  /** While the next page is on its way. */
  loading?: boolean;
}

/** Below a list that has more than it shows: how many are shown, and a button for the next page. */
export function ShowMore({ shown, total, onMore, loading = false }: Props) {
  return (
    <div className="list-more">
      <span className="muted">
        Showing {shown} of {total}
      </span>
      <button type="button" className="button" onClick={onMore} disabled={loading}>
        {loading ? 'Loading…' : 'Show more'}
      </button>
    </div>
  );
}
