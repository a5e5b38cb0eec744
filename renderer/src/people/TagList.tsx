/** Tags as small chips; beyond `max`, the rest are counted ("+2") and named in the tooltip. */
export function TagList({ tags, max }: { tags: string[]; max?: number }) {
  if (tags.length === 0) return <span className="muted">—</span>;
  const shown = max === undefined ? tags : tags.slice(0, max);
  const hidden = tags.slice(shown.length);
  return (
    <ul className="pp-tags" aria-label="Tags">
      {shown.map((tag) => (
        <li key={tag} className="pp-tag">
          <bdi>{tag}</bdi>
        </li>
      ))}
      {hidden.length > 0 && (
        <li className="pp-tag more" title={hidden.join(', ')}>
          +{hidden.length}
          <span className="visually-hidden">: {hidden.join(', ')}</span>
        </li>
      )}
    </ul>
  );
}
