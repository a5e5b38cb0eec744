import type { InterviewFormat, OccasionKind } from '../../../shared';

/** Words in an invite's title that say what kind of occasion it is, most specific first. */
const KINDS: [RegExp, OccasionKind][] = [
  [/\binformational\b|\binfo(?:rmational)?[-\s]?interview\b|\bcoffee\s+chat\b|\bvirtual\s+coffee\b/iu, 'informational-interview'],
  [/\bmentor(?:ing|ship)?\b/iu, 'mentoring'],
  [/\breferral\b|\bintro(?:duction)?\b/iu, 'referral'],
  [/\breference\s+(?:check|call)\b|\brecommendation\b/iu, 'recommendation'],
];

const FORMATS: [RegExp, InterviewFormat][] = [
  [/\bphone[-\s]?screen(?:ing)?\b|\bphone\s+(?:call|interview)\b|\brecruiter\s+(?:screen|call)\b|\bscreening\s+call\b/iu, 'phone-screen'],
  [/\bpanel\b|\bloop\b|\bsuper[-\s]?day\b/iu, 'panel'],
  [/\bon[-\s]?site\b|\bin[-\s]person\b|\bin[-\s]office\b/iu, 'on-site'],
  [/\bvideo\b|\bzoom\b|\bteams\b|\bgoogle\s+meet\b|\bwebex\b|\bvirtual\b/iu, 'video'],
];

/**
 * The kind and format an invite most likely is, from its title: an interview unless the title says
 * otherwise (invites people import are mostly interviews), with the format when a word names it.
 * Only a first guess: the preview lets the user change both before saving.
 */
export function guessOccasion(title: string): { kind: OccasionKind; interviewFormat: InterviewFormat | null } {
  const kind = KINDS.find(([pattern]) => pattern.test(title))?.[1] ?? 'interview';
  if (kind !== 'interview') return { kind, interviewFormat: null };
  return { kind, interviewFormat: FORMATS.find(([pattern]) => pattern.test(title))?.[1] ?? null };
}
