const KINDS = [
  ['Interviews', 'phone screens, video calls, on-site visits and panels — each interviewer gets their own note'],
  ['Referrals and introductions', 'the person who connected you to the job'],
  ['Recommendations and references', 'whoever wrote or spoke for you'],
  ['Calls on your behalf', 'someone who picked up the phone for you'],
  ['Informational interviews and mentoring', 'people who gave you their time and advice'],
] as const;

/** The list of occasions; empty until the first one is logged. */
export function OccasionsScreen() {
  return (
    <section className="screen" aria-labelledby="occasions-title">
      <header className="screen-header">
        <div>
          <h1 id="occasions-title">Occasions</h1>
          <p className="subtitle">The moments that call for thanks, and who was there.</p>
        </div>
      </header>
      <div className="card empty-state">
        <p className="empty-title">No occasions recorded</p>
        <p>An occasion is anything someone did that deserves a thank-you:</p>
        <ul className="kind-list">
          {KINDS.map(([kind, who]) => (
            <li key={kind}>
              <strong>{kind}</strong> — {who}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
