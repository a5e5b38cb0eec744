import { describe, expect, it } from 'vitest';
import { occasionTitle } from './occasion-title';

describe('occasionTitle', () => {
  it.each([
    [['interview', 'panel', ['Priya', 'Tom', 'Ana', 'Ben'], null], 'Panel interview with Priya, Tom and 2 others'],
    [['interview', 'phone-screen', ['Priya'], 'Acme'], 'Phone screen with Priya at Acme'],
    [['interview', null, ['Priya', 'Tom', 'Ana'], null], 'Interview with Priya, Tom and Ana'],
    [['referral', null, ['Ana Lima'], null], 'Referral by Ana Lima'],
    [['advocacy-call', null, ['Dana'], null], 'Call on your behalf from Dana'],
    [['mentoring', null, [], null], 'Mentoring session'],
  ] as const)('%j → %s', ([kind, format, names, company], expected) => {
    expect(occasionTitle(kind, format, [...names], company)).toBe(expected);
  });

  it('shows a stand-in for people not picked yet', () => {
    expect(occasionTitle('recommendation', null, [], null, '…')).toBe('Recommendation by …');
  });
});
