import type { InterviewFormat, OccasionDetail, OccasionKind, OccasionSummary, ParticipantNotes } from '../../../shared';
import type { ThankYouRow } from '../thanks/thank-you-row';
import { toIso } from '../time';

// Occasions as SQL reads them and how a row becomes a contract value.
/** The opportunity an occasion belongs to, as a label ("Staff Engineer at Acme"), for `o`. */
export const OPPORTUNITY_LABEL = `(SELECT CASE WHEN op.role <> '' THEN op.role || ' at ' || op.company ELSE op.company END FROM opportunities op WHERE op.id = o.opportunity_id)`;

export interface OccasionRow {
  id: number;
  kind: OccasionKind;
  interview_format: InterviewFormat | null;
  title: string;
  starts_at: number;
  ends_at: number;
  location: string;
  opportunity_id: number | null;
  opportunity_label: string | null;
  discussion_points: string;
  promised_follow_ups: string;
  notes: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface ParticipantRow extends ThankYouRow {
  person_id: number;
  full_name: string;
  company: string;
  email: string | null;
  role: string | null;
  /** Null, like `role`, for someone who only has a kept thank-you. */
  points: string | null;
  promised_follow_ups: string | null;
  archived_at: string | null;
}

export interface SummaryRow extends Pick<OccasionRow, 'id' | 'kind' | 'interview_format' | 'title' | 'starts_at' | 'ends_at' | 'opportunity_label'> {
  people: string;
  thanks_sent: number;
  thanks_total: number;
}

/** What a summary and a detail both say about an occasion. */
function toOccasionHead(row: SummaryRow | OccasionRow) {
  return {
    id: row.id,
    kind: row.kind,
    interviewFormat: row.interview_format,
    title: row.title,
    startsAt: toIso(row.starts_at),
    endsAt: toIso(row.ends_at),
    opportunityLabel: row.opportunity_label,
  };
}

export function toSummary(row: SummaryRow): OccasionSummary {
  return {
    ...toOccasionHead(row),
    people: JSON.parse(row.people) as string[],
    thanksSent: row.thanks_sent,
    thanksTotal: row.thanks_total,
  };
}

export function toOccasion(row: OccasionRow): Omit<OccasionDetail, 'participants' | 'formerParticipants'> {
  return {
    ...toOccasionHead(row),
    location: row.location,
    opportunityId: row.opportunity_id,
    discussionPoints: JSON.parse(row.discussion_points) as string[],
    promisedFollowUps: JSON.parse(row.promised_follow_ups) as { text: string; url: string }[],
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

/** A participant's notes from their row's JSON lists; none for someone no longer listed. */
export function toParticipantNotes(points: string | null, promisedFollowUps: string | null): ParticipantNotes {
  return {
    points: points === null ? [] : (JSON.parse(points) as string[]),
    promisedFollowUps: promisedFollowUps === null ? [] : (JSON.parse(promisedFollowUps) as ParticipantNotes['promisedFollowUps']),
  };
}
