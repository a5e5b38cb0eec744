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

/**
 * What this note can bring up: the person's own points and promised follow-ups first (so
 * `{{discussionPoint}}` is what they asked or said), then the occasion's, each once.
 */
export function pointsFor(thankYou: Pick<ThankYouDetail, 'occasion' | 'participantNotes'>): Pick<MergeContext['occasion'], 'discussionPoints' | 'promisedFollowUps'> {
  const own = thankYou.participantNotes ?? { points: [], promisedFollowUps: [] };
  const { occasion } = thankYou;
  return {
    discussionPoints: [...new Set([...own.points, ...occasion.discussionPoints])],
    promisedFollowUps: uniqueBy([...own.promisedFollowUps, ...occasion.promisedFollowUps], (f) => `${f.text}\n${f.url}`),
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The context for a thank-you as the editor loads it (`thanks.get`) and your Settings. */
export function mergeContextFor(
  thankYou: Pick<ThankYouDetail, 'person' | 'occasion' | 'opportunity' | 'participantNotes'>,
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
      ...pointsFor(thankYou),
    },
    opportunity: opportunity && { company: opportunity.company, role: opportunity.role },
    me: { name: me.yourName, signature: me.signature },
  };
}
