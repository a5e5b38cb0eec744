import type { OccasionKind } from '../domain/occasion-kinds';

/** How messages name the occasion mid-sentence: "not needed when thanking for a referral". */
export const OCCASION_NOUN: Record<OccasionKind, string> = {
  interview: 'an interview',
  referral: 'a referral',
  recommendation: 'a recommendation',
  'advocacy-call': 'a call made on your behalf',
  'informational-interview': 'an informational interview',
  mentoring: 'a mentoring session',
  other: 'this kind of help',
};

/** Occasions where someone vouched for you: the natural next step is to keep them posted. */
export function vouchedForYou(kind: OccasionKind): boolean {
  return kind === 'referral' || kind === 'recommendation' || kind === 'advocacy-call';
}
