import { isAllowedExternalUrl, type OccasionDetail } from '../../../shared';

/** What was discussed, promised and noted; nothing when all are empty. */
export function OccasionNotes({ occasion }: { occasion: OccasionDetail }) {
  if (!(occasion.discussionPoints.length > 0 || occasion.promisedFollowUps.length > 0 || occasion.notes.trim() !== '')) return null;
  return (
    <div className="occasion-notes-grid">
      {occasion.discussionPoints.length > 0 && (
        <section className="card" aria-labelledby="points-title">
          <h2 id="points-title">Discussion points</h2>
          <ul className="plain-bullets">
            {occasion.discussionPoints.map((point, i) => (
              <li key={i}>
                <bdi>{point}</bdi>
              </li>
            ))}
          </ul>
        </section>
      )}
      {occasion.promisedFollowUps.length > 0 && (
        <section className="card" aria-labelledby="promises-title">
          <h2 id="promises-title">Promised follow-ups</h2>
          <ul className="plain-bullets promised-list">
            {occasion.promisedFollowUps.map((f, i) => (
              <li key={i}>
                <PromisedFollowUp followUp={f} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {occasion.notes.trim() !== '' && (
        <section className="card occasion-notes" aria-labelledby="notes-title">
          <h2 id="notes-title">Notes</h2>
          <p className="notes-text" dir="auto">
            {occasion.notes}
          </p>
        </section>
      )}
    </div>
  );
}

/** A promised follow-up: what it is, and its link (opened outside the app when it is https). */
export function PromisedFollowUp({ followUp: f }: { followUp: { text: string; url: string } }) {
  return (
    <>
      {f.text && <bdi>{f.text}</bdi>}
      {f.url &&
        (isAllowedExternalUrl(f.url) ? (
          // Opens in the user's browser; the app window itself never navigates.
          <a className="promised-link" href={f.url} target="_blank" rel="noreferrer">
            {f.url}
          </a>
        ) : (
          <span className="promised-link plain" title="Only https links are opened from Thankful.">
            {f.url}
          </span>
        ))}
    </>
  );
}
