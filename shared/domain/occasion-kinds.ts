/** The kinds of occasion that call for thanks. The ids are part of the contract and the database. */
export const OCCASION_KINDS = [
  'interview',
  'referral',
  'recommendation',
  'advocacy-call',
  'informational-interview',
  'mentoring',
  'other',
] as const;

export type OccasionKind = (typeof OCCASION_KINDS)[number];

export const INTERVIEW_FORMATS = ['phone-screen', 'video', 'on-site', 'panel'] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

export const OCCASION_KIND_LABELS: Record<OccasionKind, string> = {
  interview: 'Interview',
  referral: 'Referral or introduction',
  recommendation: 'Recommendation or reference',
  'advocacy-call': 'Called on your behalf',
  'informational-interview': 'Informational interview',
  mentoring: 'Mentoring session',
  other: 'Other help',
};

export const INTERVIEW_FORMAT_LABELS: Record<InterviewFormat, string> = {
  'phone-screen': 'Phone screen',
  video: 'Video call',
  'on-site': 'On-site',
  panel: 'Panel',
};

/** The role a participant most likely played, offered as the default when they are added. */
export const DEFAULT_PARTICIPANT_ROLE: Record<OccasionKind, string> = {
  interview: 'interviewer',
  referral: 'referrer',
  recommendation: 'recommender',
  'advocacy-call': 'advocate',
  'informational-interview': 'advisor',
  mentoring: 'mentor',
  other: 'helper',
};

/**
 * How long an occasion usually lasts, used for its end when the user gives only a start.
 * A referral or a recommendation is a moment (the end is the start); a panel runs longer.
 */
export function defaultOccasionDurationMinutes(kind: OccasionKind, format?: InterviewFormat | null): number {
  switch (kind) {
    case 'interview':
      return format === 'panel' || format === 'on-site' ? 180 : format === 'phone-screen' ? 30 : 60;
    case 'informational-interview':
      return 30;
    case 'mentoring':
      return 60;
    case 'advocacy-call':
      return 15;
    case 'referral':
    case 'recommendation':
      return 0;
    case 'other':
      return 30;
  }
}
