import type { HowItWentItem } from '../../../shared';

/** The outcome as the middle of a sentence: "offer for Engineer at Acme". */
const OUTCOME_PHRASES: Record<HowItWentItem['stage'], string> = {
  offer: 'offer for',
  rejected: 'no offer for',
  withdrawn: 'withdrew from',
};

const VOUCHED: Record<HowItWentItem['kind'], string> = {
  referral: 'Referred you',
  recommendation: 'Recommended you',
  'advocacy-call': 'Called on your behalf',
};

type Outcome = Pick<HowItWentItem, 'stage' | 'opportunityLabel'>;

function outcomePhrase(item: Outcome): string {
  return `${OUTCOME_PHRASES[item.stage]} ${item.opportunityLabel}`;
}

/** "Offer for Engineer at Acme", "No offer for Engineer at Acme", "Withdrew from Engineer at Acme". */
export function outcomeText(item: Outcome): string {
  const phrase = outcomePhrase(item);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** What the follow-up says unless the user writes something else. */
export function suggestedFollowUpText(item: Pick<HowItWentItem, 'fullName'> & Outcome): string {
  return `Tell ${item.fullName} how it went: ${outcomePhrase(item)}`;
}

/** "Referred you" / "Recommended you" / "Called on your behalf": why this person is owed the news. */
export const vouchedText = (kind: HowItWentItem['kind']): string => VOUCHED[kind];
