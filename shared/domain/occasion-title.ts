import { OCCASION_KIND_LABELS, type InterviewFormat, type OccasionKind } from './occasion-kinds';

/**
 * A title for an occasion the user did not name: what happened and with whom, e.g.
 * "Panel interview with Priya, Tom and 2 others" or "Referral by Ana Lima". The backend stores
 * it; the form shows it as the placeholder (`whenNobody` stands in for names not picked yet).
 */
export function occasionTitle(
  kind: OccasionKind,
  format: InterviewFormat | null,
  names: string[],
  company: string | null,
  whenNobody = '',
): string {
  const what = kind === 'interview' && format ? FORMAT_TITLES[format] : SHORT_LABELS[kind];
  const preposition = kind === 'referral' || kind === 'recommendation' ? 'by' : kind === 'advocacy-call' ? 'from' : 'with';
  const who = names.length > 0 ? ` ${preposition} ${listNames(names)}` : whenNobody ? ` ${preposition} ${whenNobody}` : '';
  const where = company ? ` at ${company}` : '';
  return `${what}${who}${where}`.slice(0, 200);
}

const FORMAT_TITLES: Record<InterviewFormat, string> = {
  'phone-screen': 'Phone screen',
  video: 'Video interview',
  'on-site': 'On-site interview',
  panel: 'Panel interview',
};

const SHORT_LABELS: Record<OccasionKind, string> = {
  ...OCCASION_KIND_LABELS,
  referral: 'Referral',
  recommendation: 'Recommendation',
  'advocacy-call': 'Call on your behalf',
  mentoring: 'Mentoring session',
  other: 'Help',
};

function listNames(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  if (names.length === 3) return `${names[0]}, ${names[1]} and ${names[2]}`;
  return `${names[0]}, ${names[1]} and ${names.length - 2} others`;
}
