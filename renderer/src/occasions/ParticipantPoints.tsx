import type { OccasionDetail } from '../../../shared';
import { PromisedFollowUp } from './OccasionNotes';

/** Under a participant's name on the occasion page: what they asked or said, and what was promised to them. */
export function ParticipantPoints({ participant: p }: { participant: OccasionDetail['participants'][number] }) {
  if (p.points.length === 0 && p.promisedFollowUps.length === 0) return null;
  return (
    <ul className="plain-bullets participant-points" aria-label={`Points for ${p.fullName}`}>
      {p.points.map((point, i) => (
        <li key={`point-${i}`}>
          <bdi>{point}</bdi>
        </li>
      ))}
      {p.promisedFollowUps.map((f, i) => (
        <li key={`promise-${i}`} className="promised-list">
          <span className="muted">Promised: </span>
          <PromisedFollowUp followUp={f} />
        </li>
      ))}
    </ul>
  );
}
