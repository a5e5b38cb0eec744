import type { ThankYouDetail } from '../contract/thanks-drafts';
import type { OccasionKind } from '../domain/occasion-kinds';
import type { PromisedFollowUp } from './markdown-link';

/** What a template is filled from: what was recorded about the person, the occasion, the job and you. */
export interface MergeContext {
  person: { fullName: string; addressAs: string; company: string; title: string };
  occasion: {
    kind: OccasionKind;
    title: string;
    /** ISO-8601 instant. */
    startsAt: string;
    place: string;
    discussionPoints: string[];
    promisedFollowUps: PromisedFollowUp[];
  };
  opportunity: { company: string; role: string } | null;
  me: { name: string; signature: string };
}

/** The context for a thank-you as the editor loads it (`thanks.get`) and your Settings. */
export function mergeContextFor(
  thankYou: Pick<ThankYouDetail, 'person' | 'occasion' | 'opportunity'>,
  me: { yourName: string; signature: string },
): MergeContext {
  const { person, occasion, opportunity } = thankYou;
  return {
    person: { fullName: person.fullName, addressAs: person.addressAs, company: person.company, title: person.title },
    occasion: {
      kind: occasion.kind,
      title: occasion.title,
      startsAt: occasion.startsAt,
      place: occasion.location,
      discussionPoints: occasion.discussionPoints,
      promisedFollowUps: occasion.promisedFollowUps,
    },
    opportunity: opportunity && { company: opportunity.company, role: opportunity.role },
    me: { name: me.yourName, signature: me.signature },
  };
}
