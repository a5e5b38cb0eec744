import './kind-chip.css';
import { INTERVIEW_FORMAT_LABELS, OCCASION_KIND_LABELS, type InterviewFormat, type OccasionKind } from '../../../shared';

const PATHS: Record<OccasionKind, string> = {
  interview: 'M3.5 5h11v7.5H8L4.5 15.5V12.5h-1zM10 15h6.5l3 2.7V15h1V8h-3',
  referral: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  recommendation: 'M12 3.5l2.6 5.3 5.9.9-4.2 4.1 1 5.8L12 16.9l-5.3 2.7 1-5.8-4.2-4.1 5.9-.9z',
  'advocacy-call': 'M5 4h3.5l1.8 4.6-2.2 1.5a10.5 10.5 0 0 0 5.8 5.8l1.5-2.2L20 15.5V19a1 1 0 0 1-1 1A15 15 0 0 1 4 5a1 1 0 0 1 1-1z',
  'informational-interview': 'M5 9h11v5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5zM16 10h1.5a2.5 2.5 0 0 1 0 5H16M8.5 3.5v3M12.5 3.5v3',
  mentoring: 'M9.5 18h5M10.5 21h3M12 3a6 6 0 0 0-3.6 10.8c.7.5 1.1 1.3 1.1 2.1V16h5v-.1c0-.8.4-1.6 1.1-2.1A6 6 0 0 0 12 3z',
  other: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z',
};

/** Short labels for the kind buttons; the full label is in OCCASION_KIND_LABELS. */
export const KIND_SHORT_LABELS: Record<OccasionKind, string> = {
  interview: 'Interview',
  referral: 'Referral',
  // A soft hyphen, so the long word breaks in a narrow button.
  recommendation: 'Recommen\u00addation',
  'advocacy-call': 'Called for you',
  'informational-interview': 'Informa\u00adtional',
  mentoring: 'Mentoring',
  other: 'Other',
};

export function KindIcon({ kind, size = 18 }: { kind: OccasionKind; size?: number }) {
  return (
    <svg
      className={`icon kind-icon kind-${kind}`}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
}

/** "Interview · Panel", "Referral or introduction". */
export function kindLabel(kind: OccasionKind, format: InterviewFormat | null): string {
  return kind === 'interview' && format ? `${OCCASION_KIND_LABELS[kind]} · ${INTERVIEW_FORMAT_LABELS[format]}` : OCCASION_KIND_LABELS[kind];
}

/** A map pin, for where an occasion took place. */
export function PlaceIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11zM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z" />
    </svg>
  );
}
