import type { OccasionFormValues } from './occasion-form-model';

/** What the place box suggests for a kind (and interview format). */
export function placePlaceholder(kind: OccasionFormValues['kind'], format: OccasionFormValues['interviewFormat']): string {
  if (kind === 'interview') {
    if (format === 'phone-screen') return 'Phone';
    if (format === 'video') return 'Zoom, Teams, Meet…';
    return 'Office address, floor, room…';
  }
  if (kind === 'referral' || kind === 'recommendation') return 'Email, LinkedIn, in person…';
  if (kind === 'advocacy-call') return 'Phone call to the hiring manager';
  return 'Café, video call, office…';
}
