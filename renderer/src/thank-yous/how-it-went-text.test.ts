import { describe, expect, it } from 'vitest';
import { outcomeText, suggestedFollowUpText, vouchedText } from './how-it-went-text';

const item = { fullName: 'Sam Lee', opportunityLabel: 'Engineer at Acme', stage: 'offer' as const };

describe('telling someone how it went', () => {
  it('names the outcome for each closing stage', () => {
    expect(outcomeText(item)).toBe('Offer for Engineer at Acme');
    expect(outcomeText({ ...item, stage: 'rejected' })).toBe('No offer for Engineer at Acme');
    expect(outcomeText({ ...item, stage: 'withdrawn' })).toBe('Withdrew from Engineer at Acme');
  });

  it('suggests a follow-up that says whom to tell and what', () => {
    expect(suggestedFollowUpText(item)).toBe('Tell Sam Lee how it went: offer for Engineer at Acme');
    expect(suggestedFollowUpText({ ...item, fullName: 'Zoë Ångström', stage: 'rejected', opportunityLabel: 'Globex' })).toBe(
      'Tell Zoë Ångström how it went: no offer for Globex',
    );
  });

  it('says how the person vouched', () => {
    expect(vouchedText('referral')).toBe('Referred you');
    expect(vouchedText('recommendation')).toBe('Recommended you');
    expect(vouchedText('advocacy-call')).toBe('Called on your behalf');
  });
});
